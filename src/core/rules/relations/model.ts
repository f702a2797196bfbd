// What the relation rules read of a recognised table beyond its roles: each column's context from a multi-row
// header (K / Rp / %, year, quarter, scale, Jumlah / Akhir periode, its column number) and the relations the
// column-number row declares. Recognition fills these optional fields; tables without them draw nothing here.
import type { RecognizedTable, TableColumn, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellText, a1, gridOf, sheetByName } from "../../tables/cells";
import { colsWith } from "../kit/columns";
import { cellValue } from "../../numbers/cell";
import { normName } from "../../tables/normalize";
import { NEGATIVE_WORDS, polarityOfText, polarityOfTrend, type Polarity } from "../../polarity";
import type { RuleContext } from "../rule";

export type { ColumnExpr, DeclaredRelation } from "../../tables/declared";

/** Recognition's column and table, with their header context (measure, year, quarter, scale, aggregate, number). */
export type ContextColumn = TableColumn;
export type ContextTable = RecognizedTable;

export const withContext = (t: RecognizedTable): ContextTable => t;

/**
 * Rates and levels are never added up over quarters or years: an indicator is one when its unit (Satuan column,
 * the header's unit, a unit after the target figure) or the first word of its name says so: %, persen, indeks,
 * nilai, rasio, tingkat, rata-rata, predikat, skor, level, opini, peringkat, kategori, angka (Angka Kematian Ibu).
 */
const RATE_UNIT = /%|\bpersen|\bprosen|\bindeks|\bindex|\bnilai|\brasio|\bratio|\btingkat|\bpredikat|\bskor|\blevel|\bopini|\bperingkat|\bkategori|\bpoin|\bpoint|\bskala/i;
const RATE_NAME = /^\s*(?:\d+[.)]\s*)?(?:persentase|prosentase|presentase|indeks|index|nilai|rasio|tingkat|rata-rata|rata rata|predikat|skor|level|opini|peringkat|kategori|angka|proporsi|cakupan|laju|derajat|kualitas)\b/i;

export function isRate(name: string, unit: string): boolean {
  return RATE_UNIT.test(unit) || RATE_NAME.test(name);
}

/** The indicator (or item) name and unit of a row, as the rules decide rate-ness from them. */
export function rowNameAndUnit(grid: SheetGrid, t: RecognizedTable, r: TableRow): { name: string; unit: string } {
  let name = "";
  for (const c of colsWith(t, "indikator", "uraian", "subkegiatan", "kegiatan", "program")) {
    const tx = cellText(grid.getMerged(r.row, c)).trim();
    if (tx) { name = tx; break; }
  }
  const units = colsWith(t, "satuan").map((c) => cellText(grid.getMerged(r.row, c))).join(" ");
  return { name: name || r.label || "", unit: units.trim() };
}

/** A sheet grid column letter-free label for messages: the column's header, its number when it has one. */
export function columnName(c: ContextColumn): string {
  const h = c.header.length > 60 ? c.header.slice(0, 59) + "…" : c.header;
  return c.number !== undefined ? `(${c.number}) ${h}` : h;
}

export { NEGATIVE_WORDS } from "../../polarity";

/** Where a sheet says an indicator's polarity, found once per workbook: by the normalised indicator name. */
export interface PolarityIndex {
  byKey: Map<string, Array<{ sheet: string; table: number; polarity: Polarity; from: "column" | "trend"; where: string }>>;
}

/** Target columns of a table by year (a Renstra's "Target Kinerja" over 2025 ... 2029), in year order. */
function yearTargets(t: RecognizedTable): ContextColumn[] {
  const cols = t.columns.filter((c) => c.year !== undefined && c.role === "target" && c.measure !== "Rp" && !c.aggregate);
  const years = cols.map((c) => c.year!);
  return new Set(years).size === years.length ? [...cols].sort((a, b) => a.year! - b.year!) : [];
}

function trendOf(grid: SheetGrid, t: RecognizedTable, r: TableRow): { polarity: Polarity; where: string } | undefined {
  const cols = yearTargets(t);
  if (cols.length < 3) return undefined;
  const values: number[] = [];
  for (const c of cols) {
    const v = cellValue(grid.get(r.row, c.col));
    if (!v || v.value === null) return undefined;
    values.push(v.value);
  }
  const polarity = polarityOfTrend(values);
  return polarity ? { polarity, where: `${a1(r.row, cols[0].col)}:${a1(r.row, cols[cols.length - 1].col)}` } : undefined;
}

export function polarityIndex(ctx: RuleContext): PolarityIndex {
  const byKey: PolarityIndex["byKey"] = new Map();
  ctx.recognized.tables.forEach((t, ti) => {
    const ind = colsWith(t, "indikator")[0];
    if (ind === undefined) return;
    const pol = colsWith(t, "polaritas")[0];
    if (pol === undefined && yearTargets(t).length < 3) return;
    const sheet = sheetByName(ctx.workbook, t.sheet);
    if (!sheet) return;
    const grid = gridOf(sheet);
    for (const r of t.rows) {
      if (r.kind !== "item") continue;
      const key = normName(cellText(grid.getMerged(r.row, ind)));
      if (key.split(" ").length < 3) continue;
      const stated = pol !== undefined ? polarityOfText(cellText(grid.getMerged(r.row, pol))) : undefined;
      const trend = stated ? undefined : trendOf(grid, t, r);
      const hit = stated ? { polarity: stated.polarity, from: "column" as const, where: a1(r.row, pol!) } : trend ? { ...trend, from: "trend" as const } : undefined;
      if (!hit) continue;
      const list = byKey.get(key) ?? [];
      list.push({ sheet: t.sheet, table: ti, ...hit });
      byKey.set(key, list);
    }
  });
  return { byKey };
}

/**
 * Where the sheet says the row's indicator is negative, in order of trust: the row's POLARITAS cell (a positive one
 * ends the search), the indicator's or the Keterangan's words, the row's own targets falling year on year, then
 * another table for the same indicator (its POLARITAS column, then its targets over the years). Null when none says so.
 */
export function negative(grid: SheetGrid, t: RecognizedTable, r: TableRow, name: string, index?: PolarityIndex, tableIndex?: number): { id: string; en: string } | null {
  for (const c of colsWith(t, "polaritas")) {
    const tx = cellText(grid.getMerged(r.row, c));
    const p = polarityOfText(tx);
    if (p?.polarity === "positif") return null;
    if (p) return { id: `"${p.words}" di kolom POLARITAS (${a1(r.row, c)})`, en: `"${p.words}" in the POLARITAS column (${a1(r.row, c)})` };
  }
  const words = NEGATIVE_WORDS.exec(name) ?? colsWith(t, "indikator").map((c) => NEGATIVE_WORDS.exec(cellText(grid.getMerged(r.row, c)))).find((m) => m);
  if (words) return { id: `kata "${words[0]}" pada nama indikator`, en: `the words "${words[0]}" in the indicator's name` };
  for (const c of colsWith(t, "ket")) {
    const m = NEGATIVE_WORDS.exec(cellText(grid.getMerged(r.row, c)));
    if (m) return { id: `"${m[0]}" di sel ${a1(r.row, c)}`, en: `"${m[0]}" in cell ${a1(r.row, c)}` };
  }
  const own = trendOf(grid, t, r);
  if (own?.polarity === "positif") return null;
  if (own) return { id: `target tahunan yang terus menurun (${own.where})`, en: `yearly targets that keep falling (${own.where})` };
  // The indicator's own name (a form's row also names its Program / Kegiatan) finds it on other sheets.
  const ind = colsWith(t, "indikator").map((c) => cellText(grid.getMerged(r.row, c)).trim()).find((x) => x) ?? name;
  const others = (index?.byKey.get(normName(ind)) ?? []).filter((x) => x.table !== tableIndex);
  for (const from of ["column", "trend"] as const) {
    const hit = others.find((x) => x.from === from);
    if (!hit) continue;
    if (hit.polarity === "positif") return null;
    return from === "column"
      ? { id: `kolom POLARITAS lembar "${hit.sheet}" (${hit.where})`, en: `the POLARITAS column of sheet "${hit.sheet}" (${hit.where})` }
      : { id: `target tahunan yang terus menurun di lembar "${hit.sheet}" (${hit.where})`, en: `yearly targets that keep falling on sheet "${hit.sheet}" (${hit.where})` };
  }
  return null;
}
