// Where NIPs are in a workbook: staff-table NIP columns, PK headers (signature blocks, "NIP :" lines), and any cell
// written "NIP. 19661019 198703 1 008" or labelled "NIP" with the number to its right. Each cell once.
import { perWorkbook } from "../kit/memo";
import type { RuleContext } from "../rule";
import type { Cell } from "../../workbook/snapshot";
import { gridOf, sheetByName, cellText, a1 } from "../../tables/cells";
import { colsWith } from "../kit/columns";

export interface NipAt {
  sheet: string;
  row: number;
  col: number;
  /** As written (one line of the cell). */
  text: string;
  /** Digits only; for a number cell, the digits Excel kept. */
  digits: string;
  /** Stored as a number (digits past the 15th are lost). */
  numeric: boolean;
  /** The person's name where known (staff table, PK header). */
  name?: string;
}

const NIP_LINE = /^\s*(?:NIP|NI\s*PPPK|NIPPPK)\b\.?\s*[:.]?\s*(\d[\d\s.\-]*\d)\s*$/i;
const NIP_LABEL = /^\s*(?:NIP|NI\s*PPPK|NIPPPK)\s*[.:]?\s*:?\s*$/i;

function digitsOfNumber(v: number): string {
  // 1.96610191987031E+17 -> "196610191987031000": the 15 significant digits Excel keeps.
  const [mant, exp] = Math.abs(v).toExponential(14).split("e");
  const digits = mant.replace(".", "");
  const len = Number(exp) + 1;
  return len >= digits.length ? digits.padEnd(len, "0") : String(Math.round(v));
}

function fromCell(c: Cell): { text: string; digits: string; numeric: boolean } | null {
  if (c.type === "number" && typeof c.value === "number") {
    if (!Number.isFinite(c.value) || c.value < 1e9) return null;
    return { text: cellText(c), digits: digitsOfNumber(c.value), numeric: true };
  }
  if (typeof c.value !== "string") return null;
  const t = c.value.trim();
  if (!/^\d[\d\s.\-]*\d$/.test(t)) return null;
  return { text: t, digits: t.replace(/\D/g, ""), numeric: false };
}

/** Every NIP the workbook shows, read once per run for the NIP rules (they only read the list). */
export function collectNips(ctx: RuleContext): readonly NipAt[] {
  return perWorkbook(ctx, findNips);
}

function findNips(ctx: RuleContext): NipAt[] {
  const out = new Map<string, NipAt>();
  const put = (n: NipAt) => {
    const k = `${n.sheet}\u0000${n.row}\u0000${n.col}`;
    const old = out.get(k);
    if (!old) out.set(k, n);
    else if (!old.name && n.name) old.name = n.name;
  };
  // Staff tables: NAMA + NIP columns.
  for (const t of ctx.recognized.tables) {
    const nc = colsWith(t, "nip")[0];
    if (nc === undefined) continue;
    const s = sheetByName(ctx.workbook, t.sheet);
    if (!s) continue;
    const g = gridOf(s);
    const namec = colsWith(t, "nama")[0];
    for (const r of t.rows) {
      const c = g.get(r.row, nc);
      let v = c && fromCell(c);
      // DJASN lists: "NAMA / NIP" in one cell, the name on one line and the NIP on the next.
      let lineName = "";
      if (!v && c && typeof c.value === "string" && /\n/.test(c.value)) {
        const lines = c.value.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
        const at = lines.findIndex((l) => /^(?:NIP\.?\s*:?\s*)?\d[\d\s.\-]*\d$/i.test(l));
        if (at >= 0) {
          v = fromCell({ ...c, value: lines[at].replace(/^NIP\.?\s*:?\s*/i, "") });
          lineName = lines.filter((_, i) => i !== at).join(" ");
        }
      }
      if (!v || v.digits.length < 10) continue;
      const name = namec !== undefined ? cellText(g.getMerged(r.row, namec)) : lineName;
      put({ sheet: t.sheet, row: r.row, col: nc, ...v, name: name || undefined });
    }
  }
  // Free cells: "NIP. 1966..." lines, and "NIP" labels with the number to the right.
  for (const s of ctx.workbook.sheets) {
    const g = gridOf(s);
    for (const c of s.cells) {
      if (typeof c.value !== "string" || !/NIP|NI\s*PPPK/i.test(c.value)) continue;
      for (const line of c.value.split(/\r?\n/)) {
        const m = NIP_LINE.exec(line);
        if (m) put({ sheet: s.name, row: c.row, col: c.col, text: m[1].trim(), digits: m[1].replace(/\D/g, ""), numeric: false });
      }
      if (NIP_LABEL.test(c.value)) {
        for (const o of g.row(c.row)) {
          if (o.col <= c.col || o.col > c.col + 3) continue;
          if (typeof o.value === "string" && /^\s*:?\s*$/.test(o.value)) continue;
          const v = fromCell(o.type === "string" && typeof o.value === "string" ? { ...o, value: o.value.replace(/^\s*:\s*/, "") } : o);
          if (v && v.digits.length >= 10) put({ sheet: s.name, row: o.row, col: o.col, ...v });
          break;
        }
      }
    }
  }
  // PK headers give the names.
  for (const h of ctx.recognized.pkHeaders) {
    for (const p of [h.pihakPertama, h.pihakKedua]) {
      if (!p.nip || !p.nipCell || !p.nama) continue;
      const k = `${h.sheet}\u0000${p.nipCell.row}\u0000${p.nipCell.col}`;
      const n = out.get(k);
      if (n) { if (!n.name) n.name = p.nama; continue; }
      const s = sheetByName(ctx.workbook, h.sheet);
      const c = s ? gridOf(s).get(p.nipCell.row, p.nipCell.col) : undefined;
      const digits = p.nip.replace(/\D/g, "");
      if (digits.length >= 10) put({ sheet: h.sheet, row: p.nipCell.row, col: p.nipCell.col, text: p.nip, digits, numeric: c?.type === "number", name: p.nama });
    }
  }
  return [...out.values()].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row || a.col - b.col : 0));
}

export const addr = (n: NipAt) => a1(n.row, n.col);

/** "196610191987031008" -> "19661019 198703 1 008". */
export function formatNip(d: string): string {
  return d.length === 18 ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : d;
}
