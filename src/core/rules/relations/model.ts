// What the relation rules read of a recognised table beyond its roles: each column's context from a multi-row
// header (K / Rp / %, year, quarter, scale, Jumlah / Akhir periode, its column number) and the relations the
// column-number row declares. Recognition fills these optional fields; tables without them draw nothing here.
import type { RecognizedTable, TableColumn, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellText } from "../../tables/cells";
import { colsWith } from "../kit/columns";

export type ColumnExpr =
  | { kind: "col"; n: number }
  | { kind: "num"; value: number; percent?: boolean }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: ColumnExpr; right: ColumnExpr };

export interface DeclaredRelation {
  col: number;
  n: number;
  expr: ColumnExpr;
  text: string;
}

export interface ContextColumn extends TableColumn {
  group?: string;
  measure?: "K" | "Rp" | "%";
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  scale?: number;
  unit?: string;
  aggregate?: "jumlah" | "akhir";
  number?: number;
}

export interface ContextTable extends RecognizedTable {
  columns: ContextColumn[];
  columnNumbers?: Record<number, number>;
  declared?: DeclaredRelation[];
  footer?: { top: number; bottom: number };
}

export const withContext = (t: RecognizedTable) => t as ContextTable;

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

/** Words with which a sheet says an indicator is better when lower. */
export const NEGATIVE_WORDS = /semakin\s+(?:kecil|rendah|sedikit)\s+semakin\s+baik|\(\s*menurun\s*\)|indikator\s+negatif|\bnegatif\b|\bminimi[sz]e\b|lower\s+is\s+better/i;

/** The row says its indicator is negative: a POLARITAS / Keterangan cell, or the words in the indicator's name. */
export function negative(grid: SheetGrid, t: RecognizedTable, r: TableRow, name: string): boolean {
  if (NEGATIVE_WORDS.test(name)) return true;
  for (const c of colsWith(t, "polaritas", "ket")) if (NEGATIVE_WORDS.test(cellText(grid.getMerged(r.row, c)))) return true;
  return false;
}
