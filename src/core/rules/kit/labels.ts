// How a finding names what it is about: a row's label, a table's anchor for fingerprints, short quotes.
import type { RecognizedTable, TableRow } from "../../tables/table";
import { cellText, type SheetGrid } from "../../tables/cells";
import { colsWith } from "./columns";

/** Label of a row for messages: the row's label, else the first text cell of the row. */
export function rowLabel(grid: SheetGrid, t: RecognizedTable, row: TableRow): string {
  if (row.label) return row.label;
  const ind = colsWith(t, "indikator", "uraian", "subkegiatan", "kegiatan", "program", "unsur", "aspek", "nama", "sasaran");
  for (const c of ind) {
    const tx = cellText(grid.getMerged(row.row, c));
    if (tx) return tx;
  }
  return `baris ${row.row + 1}`;
}

/** Content that tells tables of one sheet apart without addresses (for fingerprints): the first row's label. */
export function tableAnchor(grid: SheetGrid, t: RecognizedTable): string {
  const first = t.rows[0];
  return first ? rowLabel(grid, t, first).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().slice(0, 60) : "";
}

/** Short label for keys and messages (first 80 characters). */
export function short(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
