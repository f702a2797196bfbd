// PK header: who signs (PIHAK PERTAMA = the official, PIHAK KEDUA = the superior), from the opening
// "Nama : ... / Jabatan : ... / selanjutnya disebut PIHAK PERTAMA" lines and/or the signature blocks
// ("PIHAK KEDUA / KEPALA BADAN ... / Drs. SHODIKIN, M.Pd / Pembina Utama Muda / NIP. 19661019 198703 1 008").
import type { Cell, SheetSnapshot } from "../workbook/snapshot";
import type { PkHeader, PkParty } from "./table";
import { gridOf } from "./cells";

const MONTHS = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember";
const DATE_RE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\s+((?:19|20)\\d\\d)\\b`, "i");
const PANGKAT_RE = /^(?:pembina|penata|pengatur|juru|pembina utama|pengatur muda)\b|^(?:iv|iii|ii|i)\s*\/\s*[a-e]\b|\btingkat i\b|\butama muda\b|\butama madya\b/i;
const NIP_RE = /^\s*NIP\.?\s*:?\s*([\d\s]*)$/i;

function raw(c: Cell | undefined): string {
  if (!c || c.value == null) return "";
  return (typeof c.value === "string" ? c.value : c.text ?? String(c.value)).replace(/[\u00a0\u202f]/g, " ");
}
const clean = (s: string) => s.replace(/\*\*/g, "").replace(/\s+/g, " ").trim();

interface Field { row: number; col: number; field: "nama" | "jabatan" | "nip" | "pangkat"; value: string; valueCell: { row: number; col: number } }

const PIHAK_RE = /pihak/i;
const WORTH_RE = /pihak|^\s*(?:nama|jabatan|nip|pangkat)\b/i;

export function recognizePkHeader(sheet: SheetSnapshot): PkHeader | null {
  // Most sheets are not PKs: one cheap pass decides before any text work.
  let any = false;
  for (const c of sheet.cells) if (typeof c.value === "string" && PIHAK_RE.test(c.value)) { any = true; break; }
  if (!any) return null;
  const g = gridOf(sheet);
  const pertamaRows: number[] = [];
  const kedua: number[] = [];
  const sigs: Array<{ row: number; col: number; who: "pertama" | "kedua" }> = [];
  const fields: Field[] = [];
  let year: number | undefined;
  let date: string | undefined;

  for (const c of sheet.cells) {
    if (typeof c.value !== "string") continue;
    // Only party lines, "PIHAK ..." and (until the year is known) short texts that may be the date line matter.
    if (!WORTH_RE.test(c.value) && (year !== undefined || c.value.length >= 80)) continue;
    const t = clean(raw(c));
    if (!t) continue;
    const up = t.toUpperCase();
    if (up.includes("PIHAK")) {
      const first = up.split(/\n/)[0];
      const lines = raw(c).split(/\r?\n/).map(clean).filter(Boolean);
      const head = (lines[0] ?? "").toUpperCase().replace(/[.,:]/g, "").trim();
      if (head === "PIHAK PERTAMA") sigs.push({ row: c.row, col: c.col, who: "pertama" });
      else if (head === "PIHAK KEDUA") sigs.push({ row: c.row, col: c.col, who: "kedua" });
      else if (/disebut\s+PIHAK\s+PERTAMA/i.test(t) || /sebagai\s+PIHAK\s+PERTAMA/i.test(t)) pertamaRows.push(c.row);
      else if (/disebut\s+PIHAK\s+KEDUA/i.test(t) || /sebagai\s+PIHAK\s+KEDUA/i.test(t)) kedua.push(c.row);
      void first;
      continue;
    }
    // "Nama : X" lines, one per cell or several in one multi-line cell.
    const lines = raw(c).includes("\n") ? raw(c).split(/\r?\n/).map(clean).filter(Boolean) : [t];
    for (const line of lines) {
    const m = /^(nama|jabatan|nip|pangkat(?:\s*\/\s*gol(?:ongan)?)?)\s*(?::\s*(.*))?$/i.exec(line);
    if (m) {
      const field = m[1].toLowerCase().startsWith("pangkat") ? "pangkat" : (m[1].toLowerCase() as Field["field"]);
      let value = clean(m[2] ?? "");
      let valueCell = { row: c.row, col: c.col };
      if (!value) {
        // Value in a cell to the right, possibly after a ":" cell.
        for (const o of g.row(c.row)) {
          if (o.col <= c.col) continue;
          const v = clean(raw(o)).replace(/^:\s*/, "");
          if (!v) continue;
          value = v;
          valueCell = { row: o.row, col: o.col };
          break;
        }
      }
      if (value) fields.push({ row: c.row, col: c.col, field, value, valueCell });
    }
    }
    if (!year) {
      const d = DATE_RE.exec(t);
      if (d && t.length < 80) { year = parseInt(d[1], 10); date = t; }
    }
  }
  if (!pertamaRows.length && !kedua.length && !sigs.length) return null;
  if (!year) {
    for (const c of sheet.cells.slice(0, 200)) {
      const y = typeof c.value === "string" ? /TAHUN\s+((?:19|20)\d\d)/i.exec(c.value) : null;
      if (y) { year = parseInt(y[1], 10); break; }
    }
  }

  const pertama: PkParty = {};
  const keduaP: PkParty = {};
  // Opening lines: fields before "disebut PIHAK PERTAMA" belong to the official, those after it to the superior.
  // Loops, not Math.min(...rows): a spread of 120.000 rows overflows the call stack.
  let p1: number | undefined;
  for (const r of pertamaRows) if (p1 === undefined || r < p1) p1 = r;
  let p2: number | undefined = kedua.length ? Infinity : undefined;
  for (const r of kedua) if ((p1 === undefined || r > p1) && r < p2!) p2 = r;
  if (p1 !== undefined) {
    for (const f of fields) {
      const target = f.row < p1 ? pertama : p2 !== undefined && f.row < p2 ? keduaP : undefined;
      if (!target) continue;
      assign(target, f);
    }
  }
  // "PIHAK PERTAMA" heading with labelled lines under it (Nama / Jabatan / NIP): those lines are that party's.
  const labelled = new Set<(typeof sigs)[number]>();
  // Headings by column, in row order: each line looks up the nearest heading above it in its column and the two
  // beside it (a binary search), not every heading of the sheet.
  const sigsByCol = new Map<number, Array<(typeof sigs)[number]>>();
  for (const sg of sigs) {
    const list = sigsByCol.get(sg.col);
    if (list) list.push(sg);
    else sigsByCol.set(sg.col, [sg]);
  }
  for (const list of sigsByCol.values()) list.sort((x, y) => x.row - y.row);
  const nearestAbove = (col: number, row: number): (typeof sigs)[number] | undefined => {
    const list = sigsByCol.get(col);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: (typeof sigs)[number] | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].row < row) { found = list[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return found && row - found.row <= 6 ? found : undefined;
  };
  for (const f of fields) {
    let best: (typeof sigs)[number] | undefined;
    for (let col = f.col - 1; col <= f.col + 1; col++) {
      const s = nearestAbove(col, f.row);
      if (s && (!best || s.row > best.row)) best = s;
    }
    if (!best) continue;
    labelled.add(best);
    const party = best.who === "pertama" ? pertama : keduaP;
    if (f.field === "nip") { if (!party.nip) { party.nip = f.value; party.nipCell = f.valueCell; } }
    else assign(party, f);
  }
  // Signature blocks fill what the opening lines did not say (and give the NIP).
  for (const s of sigs) {
    if (labelled.has(s)) continue;
    const party = s.who === "pertama" ? pertama : keduaP;
    const block = readSignature(sheet, s.row, s.col);
    if (block.jabatan && !party.jabatan) party.jabatan = block.jabatan;
    if (block.nama && !party.nama) party.nama = block.nama;
    if (block.nip && !party.nip) { party.nip = block.nip; party.nipCell = block.nipCell; }
  }
  // "NIP :" lines in the opening.
  if (p1 !== undefined) {
    for (const f of fields) {
      if (f.field !== "nip") continue;
      const target = f.row < p1 ? pertama : p2 !== undefined && f.row < p2 ? keduaP : undefined;
      if (target && !target.nip) { target.nip = f.value; target.nipCell = f.valueCell; }
    }
  }
  if (!pertama.nama && !pertama.jabatan && !keduaP.nama && !keduaP.jabatan) return null;
  return { sheet: sheet.name, pihakPertama: pertama, pihakKedua: keduaP, year, date };
}

function assign(p: PkParty, f: Field): void {
  if (f.field === "nama" && !p.nama) p.nama = f.value;
  else if (f.field === "jabatan" && !p.jabatan) p.jabatan = f.value;
}

/** Lines under a "PIHAK ..." signature cell, in the same column (or inside the same multi-line cell). */
function readSignature(sheet: SheetSnapshot, row: number, col: number): { jabatan?: string; nama?: string; nip?: string; nipCell?: { row: number; col: number } } {
  const g = gridOf(sheet);
  const lines: Array<{ text: string; row: number; col: number; numeric: boolean }> = [];
  const own = raw(g.get(row, col)).split(/\r?\n/).map(clean).filter(Boolean).slice(1);
  for (const t of own) lines.push({ text: t, row, col, numeric: false });
  let gap = 0;
  for (let r = row + 1; r <= row + 14; r++) {
    const c = g.get(r, col);
    const t = clean(raw(c));
    if (!t) { if (++gap > 5) break; continue; }
    gap = 0;
    if (/^PIHAK\s+(PERTAMA|KEDUA)/i.test(t)) break;
    for (const part of raw(c).split(/\r?\n/).map(clean).filter(Boolean))
      lines.push({ text: part, row: r, col, numeric: c?.type === "number" });
    if (/^NIP\b/i.test(t) || c?.type === "number") break;
  }
  const out: { jabatan?: string; nama?: string; nip?: string; nipCell?: { row: number; col: number } } = {};
  let nipIdx = lines.findIndex((l) => NIP_RE.test(l.text) || /^NIP\b/i.test(l.text));
  if (nipIdx >= 0) {
    const l = lines[nipIdx];
    const m = /NIP\.?\s*:?\s*(.*)$/i.exec(l.text);
    let v = clean(m?.[1] ?? "");
    let cellAt = { row: l.row, col: l.col };
    if (!v) {
      // "NIP." in one cell, the number in the next cell to the right.
      const right = gridOf(sheet).row(l.row).find((x) => x.col > l.col && clean(raw(x)));
      if (right) { v = right.type === "number" ? String(right.value) : clean(raw(right)); cellAt = { row: right.row, col: right.col }; }
    }
    if (v) { out.nip = v; out.nipCell = cellAt; }
  } else {
    const n = lines.findIndex((l) => l.numeric || /^\d{8}\s?\d{6}\s?\d\s?\d{3}$/.test(l.text));
    if (n >= 0) { out.nip = lines[n].text; out.nipCell = { row: lines[n].row, col: lines[n].col }; nipIdx = n; }
  }
  const before = (nipIdx >= 0 ? lines.slice(0, nipIdx) : lines).filter((l) => !DATE_RE.test(l.text));
  let nameIdx = before.length - 1;
  while (nameIdx >= 0 && PANGKAT_RE.test(before[nameIdx].text)) nameIdx--;
  if (nameIdx >= 0) {
    out.nama = before[nameIdx].text;
    const jab = before.slice(0, nameIdx).map((l) => l.text).join(" ");
    if (jab) out.jabatan = jab;
  }
  return out;
}
