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
  /** The subordinates' names, when they come from elsewhere than a JABATAN column (the titles of their tables). */
  names?: string[];
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
    const kids = subordinates(blocks, i);
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

/**
 * A sheet stacking one table per official, each titled with its jabatan ("CAPAIAN KINERJA ESELON III / KEPALA BIDANG
 * ..."): each official's table over the tables of the next rank that follow it. A table with no title of its own
 * continues the one before (a page break). Only tables laid out alike (the same money columns) are linked.
 */
export function officialTableLinks(tables: RecognizedTable[], g: SheetGrid): Array<{ link: RowLink; cols: TableColumn[] }> {
  const sorted = [...tables].filter((t) => !t.columns.some((c) => c.role === "jabatan") && moneyColumns(t).length).sort((a, b) => a.top - b.top);
  const blocks: Array<{ rank: 1 | 2 | 3 | undefined; name: string; rows: number[]; first: TableRow; cols: string; split?: boolean }> = [];
  let prevBottom = -1;
  for (const t of sorted) {
    const title: string[] = [];
    for (let r = Math.max(prevBottom + 1, t.top - 4); r < t.headerTop; r++) {
      const tx = g.row(r).map((c) => g.text(r, c.col)).filter((x) => x).join(" ");
      if (tx) title.push(tx);
    }
    prevBottom = t.bottom;
    const rows = t.rows.filter((r) => (r.kind === "item" || r.kind === "group") && r.row > t.headerBottom);
    if (!rows.length) continue;
    const cols = moneyColumns(t).map((c) => `${c.col}:${c.role}:${c.scale ?? 1}`).join(",");
    // The header printed again inside the table: a page break, where a row may have been lost.
    const head = g.text(t.headerTop, t.left);
    let split = false;
    for (let r = t.headerBottom + 1; r <= t.bottom && head && !split; r++) if (g.text(r, t.left) === head) split = true;
    // Numbering that skips a number (10., 12.): a row was lost, the official's figures are incomplete.
    const no = t.columns.find((c) => c.role === "no")?.col;
    if (no !== undefined) {
      const nums = rows.map((r) => /^\s*(\d+)[.)]?\s*$/.exec(g.text(r.row, no))?.[1]).filter((x): x is string => !!x).map(Number);
      if (nums.some((n, i) => i > 0 && n !== nums[i - 1] + 1)) split = true;
    }
    const text = title.join(" ").replace(/\s+/g, " ").trim();
    if (!text && blocks.length && blocks[blocks.length - 1].cols === cols) { blocks[blocks.length - 1].rows.push(...rows.map((r) => r.row)); blocks[blocks.length - 1].split = true; continue; }
    // The official's name: the title line that names a jabatan, without "CAPAIAN KINERJA ESELON III" and the agency.
    const strip = (x: string) => x.replace(/^.*?\bcapaian kinerja\s*(?:eselon\s+[iv]+\s*)?/i, "").trim();
    const at = title.findIndex((x) => jabatanRank(strip(x)));
    // Each line without the agency ("BKPSDM KABUPATEN LAMONGAN TAHUN 2022"); a line left with one word was the agency.
    const cut = (x: string) => x.replace(/(?:^|\s+)\S+\s+(?:KABUPATEN|KOTA|PROVINSI)\b.*$|(?:^|\s+)TAHUN\s+\d{4}.*$/i, "").trim();
    const kept = at < 0 ? [] : [strip(title[at]), ...title.slice(at + 1)].map(cut).filter((x, i) => i === 0 ? x : x.split(/\s+/).length > 1);
    const named = kept.join(" ").replace(/\s+/g, " ").trim();
    blocks.push({ split, rank: text ? jabatanRank(text.replace(/^.*?\bcapaian kinerja\s*(?:eselon\s+[iv]+\s*)?/i, "")) : undefined, name: named || text, rows: rows.map((r) => r.row), first: rows[0], cols });
  }
  const names = blocks.map((b) => b.name.toLowerCase());
  if (new Set(names).size !== names.length) return [];
  const out: Array<{ link: RowLink; cols: TableColumn[] }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    if (!p.rank || p.rank === 1) continue;
    const kids = subordinates(blocks, i);
    // A table split by a page break, or numbered with a gap, may have lost a row: its official is not compared.
    if (!kids.length || kids.some((k) => k.cols !== p.cols) || p.split || kids.some((k) => k.split)) continue;
    const t = sorted.find((x) => x.rows.includes(p.first))!;
    out.push({
      link: { parent: p.first, children: kids.map((k) => k.first), via: "jabatan", parentRows: p.rows, childRows: kids.map((k) => k.rows), level: p.name, sure: false, names: kids.map((k) => k.name) },
      cols: moneyColumns(t),
    });
  }
  return out;
}

/** The officials one rank below blocks[i], up to the next official of its rank or above. An official whose rank the
 *  words do not give ends the chain with none: who answers to whom is then a guess. */
function subordinates<B extends { rank?: number }>(blocks: B[], i: number): B[] {
  const rank = blocks[i].rank!;
  const kids: B[] = [];
  for (let j = i + 1; j < blocks.length; j++) {
    const q = blocks[j];
    if (!q.rank) return [];
    if (q.rank <= rank) break;
    if (q.rank === rank + 1) kids.push(q);
  }
  return kids;
}
