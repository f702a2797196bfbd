// Parents and children inside one recognised table, read from its rows: codes (1.02.01.2.01 over
// 1.02.01.2.01.0001), the layout of levelled rows (Program over Kegiatan over Sub Kegiatan), and the officials a
// measurement table lists one under another (a Kepala Bidang over its Sub Koordinator). Every money column of the
// table is compared, not only the one amount the budget items carry.
import type { RecognizedTable, TableColumn, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellAmount, unreadableAmount } from "../../numbers/cell";
import { MONEY_ROLES } from "../kit/columns";

const LEVELS = ["program", "kegiatan", "subkegiatan"] as const;

/** Columns of rupiah amounts: ANGGARAN / PAGU / REALISASI (Rp) / SISA, and the Rp half of K / Rp pairs.
 *  Rates (capaian, serapan, the K of an indicator) are never summed. */
export function moneyColumns(t: RecognizedTable): TableColumn[] {
  return t.columns.filter((c) => c.measure !== "%" && c.measure !== "K" && (MONEY_ROLES.includes(c.role) || c.measure === "Rp"))
    .sort((a, b) => a.col - b.col);
}

export interface RowLink {
  parent: TableRow;
  children: TableRow[];
  via: "code" | "layout" | "jabatan";
  /** Rows whose figures belong to the parent (an official's block spans several rows). */
  parentRows: number[];
  childRows: number[][];
  /** The level (or jabatan) of the parent, for messages. */
  level: string;
  /** True when the levels come from codes or "Program / Kegiatan ..." labels. */
  sure: boolean;
}

function parentCode(code: string): string | undefined {
  const seg = code.split(".");
  if (seg.length === 6) return seg.slice(0, 5).join(".");
  if (seg.length === 5) return seg.slice(0, 3).join(".");
  // Program 1.02.01 under bidang urusan 1.02, under urusan 1.
  if (seg.length === 3 || seg.length === 2) return seg.slice(0, seg.length - 1).join(".");
  return undefined;
}

/** Code and layout links between the item / group rows of a table. */
export function rowLinks(t: RecognizedTable): RowLink[] {
  const rows = t.rows.filter((r) => (r.kind === "item" || r.kind === "group") && !r.continued);
  const out: RowLink[] = [];
  const byCode = new Map<string, TableRow>();
  for (const r of rows) if (r.code && !byCode.has(r.code)) byCode.set(r.code, r);
  const kidsByCode = new Map<TableRow, TableRow[]>();
  const linked = new Set<TableRow>();
  for (const r of rows) {
    const pc = r.code ? parentCode(r.code) : undefined;
    const p = pc ? byCode.get(pc) : undefined;
    if (!p) continue;
    const k = kidsByCode.get(p) ?? [];
    k.push(r);
    kidsByCode.set(p, k);
    linked.add(r);
  }
  // A row's figures include the rows continuing it (a merged name over several rows).
  const span = new Map<TableRow, number[]>();
  let last: TableRow | undefined;
  for (const r of t.rows) {
    if (r.continued && last) span.get(last)!.push(r.row);
    else if (r.kind === "item" || r.kind === "group") { span.set(r, [r.row]); last = r; }
    else last = undefined;
  }
  const link = (p: TableRow, kids: TableRow[], via: RowLink["via"], sure: boolean): RowLink =>
    ({ parent: p, children: kids, via, parentRows: span.get(p) ?? [p.row], childRows: kids.map((k) => span.get(k) ?? [k.row]), level: p.level ?? "", sure });
  for (const [p, k] of kidsByCode) out.push(link(p, k, "code", true));
  // An "Unsur ..." / "Urusan ..." heading over the Programs listed under it (its Programs only: the Kegiatan are
  // counted in their Programs, never twice).
  for (let i = 0; i < rows.length; i++) {
    const u = rows[i];
    if (u.level || kidsByCode.has(u) || !/^\s*(?:[a-z0-9]{1,3}[.)]\s*)?(?:unsur|urusan|bidang urusan)\b/i.test(u.label ?? "")) continue;
    const kids: TableRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const q = rows[j];
      if (!q.level && /^\s*(?:[a-z0-9]{1,3}[.)]\s*)?(?:unsur|urusan|bidang urusan)\b/i.test(q.label ?? "")) break;
      if (q.level === "program") kids.push(q);
    }
    const end = t.rows.find((r) => r.row > u.row && r.kind === "total");
    const inside = kids.filter((k) => !end || k.row < end.row);
    if (inside.length && inside.every((k) => !linked.has(k))) out.push(link(u, inside, "layout", t.hierarchySource === "code" || t.hierarchySource === "label"));
  }
  const leveled = rows.filter((r) => r.level);
  if (new Set(leveled.map((r) => r.level)).size < 2) return out;
  const sure = t.hierarchySource === "code" || t.hierarchySource === "label";
  for (let i = 0; i < leveled.length; i++) {
    const p = leveled[i];
    if (kidsByCode.has(p)) continue;
    const pl = LEVELS.indexOf(p.level!);
    const kids: TableRow[] = [];
    let childLevel: number | undefined;
    for (let j = i + 1; j < leveled.length; j++) {
      const ql = LEVELS.indexOf(leveled[j].level!);
      if (ql <= pl) break;
      childLevel ??= ql;
      if (ql === childLevel) kids.push(leveled[j]);
    }
    if (kids.length && kids.every((k) => !linked.has(k))) out.push(link(p, kids, "layout", sure));
  }
  return out;
}

/** Rank of an official by the jabatan text: 1 the head, 2 Sekretaris / Kepala Bidang / Kepala Bagian,
 *  3 Kepala Sub Bagian / Sub Koordinator / Kepala Seksi; undefined when the text names none of them. */
export function jabatanRank(text: string): 1 | 2 | 3 | undefined {
  const j = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (!j) return undefined;
  if (/\b(?:sub ?koordinator|subkor|kasubb?ag|kasubbid|kasi|kepala sub ?(?:bagian|bidang)|kepala seksi)\b/.test(j)) return 3;
  if (/\b(?:sekretaris|kepala bidang|kabid|kepala bagian|kabag)\b/.test(j)) return 2;
  if (/^kepala\b/.test(j)) return 1;
  return undefined;
}

/** A measurement table listing officials (JABATAN column): each official's block of rows, and each
 *  official over the officials of the next rank listed under it, up to the next official of its rank or above. */
export function officialLinks(t: RecognizedTable, g: SheetGrid): RowLink[] {
  const jab = t.columns.find((c) => c.role === "jabatan");
  // The officials head the rows only when their column comes before what they answer for (a PENANGGUNG JAWAB
  // column right of the Kegiatan names who runs each row, not a listing of officials).
  if (!jab || t.columns.some((c) => c.col < jab.col && ["sasaran", "indikator", "program", "kegiatan", "subkegiatan", "uraian"].includes(c.role))) return [];
  const blocks: Array<{ row: TableRow; rank: 1 | 2 | 3 | undefined; rows: number[]; name: string }> = [];
  for (const r of t.rows) {
    if (r.kind === "total" || r.kind === "subtotal") { blocks.push({ row: r, rank: undefined, rows: [], name: "" }); continue; }
    const name = g.isMergedContinuation(r.row, jab.col) ? "" : g.text(r.row, jab.col);
    if (name) blocks.push({ row: r, rank: jabatanRank(name), rows: [r.row], name });
    else if (blocks.length) blocks[blocks.length - 1].rows.push(r.row);
  }
  // Each official is listed once; a name repeated is a column of who answers for what.
  const names = blocks.filter((b) => b.name).map((b) => b.name.toLowerCase().replace(/\s+/g, " "));
  if (new Set(names).size !== names.length) return [];
  const out: RowLink[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    if (!p.rank) continue;
    const kids: typeof blocks = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const q = blocks[j];
      // An official the words do not place ends the chain: who answers to whom is then a guess.
      if (!q.rank) { kids.length = 0; break; }
      if (q.rank <= p.rank) break;
      if (q.rank === p.rank + 1) kids.push(q);
    }
    if (!kids.length || (p.rank === 1 && kids.length < 2)) continue;
    out.push({ parent: p.row, children: kids.map((k) => k.row), via: "jabatan", parentRows: p.rows, childRows: kids.map((k) => k.rows), level: p.name, sure: false });
  }
  return out;
}

export interface BlockAmount {
  /** Sen. */
  sen: number;
  cells: number[];
  likely: boolean;
}

/** The sum (in sen) of a column over rows, times the column's scale; null when a cell is unreadable,
 *  undefined when no row holds an amount. */
export function blockAmount(g: SheetGrid, rows: number[], col: number, scale = 1): BlockAmount | null | undefined {
  let sen = 0;
  const cells: number[] = [];
  let likely = false;
  for (const r of rows) {
    const cell = g.get(r, col);
    const a = cellAmount(cell, { allowLikely: true });
    if (!a) {
      if (unreadableAmount(cell)) return null;
      continue;
    }
    if (a.likely) likely = true;
    sen += Math.round(a.value * scale * 100);
    cells.push(r);
  }
  return cells.length ? { sen, cells, likely } : undefined;
}
