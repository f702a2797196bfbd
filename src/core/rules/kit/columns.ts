// Finding a table's columns by what they mean (their role), and the rows that carry figures.
import type { ColumnRole, RecognizedTable, TableRow } from "../../tables/table";
import { declaredOperands } from "../../tables/declared";

/** Columns whose cells are amounts of money. */
export const MONEY_ROLES: ColumnRole[] = ["anggaran", "pagu", "realisasi_anggaran", "sisa"];

/** Columns whose cells are numbers of any kind (the label, code, unit and text columns are not). */
export const NUMERIC_ROLES: ColumnRole[] = [
  ...MONEY_ROLES, "target", "realisasi", "capaian", "capaian_anggaran", "serapan", "efisiensi", "capaian_kinerja", "share",
  "jumlah_nilai", "responden", "nrr", "nrr_tertimbang", "ikm", "bobot", "skor", "nilai", "nilai_maks",
];

/** Column indices with one of the roles, left to right. */
export function colsWith(t: RecognizedTable, ...roles: ColumnRole[]): number[] {
  return t.columns.filter((c) => roles.includes(c.role)).map((c) => c.col).sort((a, b) => a - b);
}

export function roleAt(t: RecognizedTable, col: number): ColumnRole | undefined {
  return t.columns.find((c) => c.col === col)?.role;
}

/** The nearest column left of `col` (and right of `after`) with one of the roles. */
export function nearestLeft(t: RecognizedTable, col: number, after: number, ...roles: ColumnRole[]): number | undefined {
  const cs = colsWith(t, ...roles).filter((c) => c < col && c > after);
  return cs.length ? cs[cs.length - 1] : undefined;
}

/** Rows that carry figures (items, groups, subtotals; totals only when asked). */
export function dataRows(t: RecognizedTable, withTotals = false): TableRow[] {
  return t.rows.filter((r) => withTotals || r.kind !== "total");
}

/** Human name of a column for messages: its header, else its role. */
export function columnName(header: string, role: string): string {
  const h = header.replace(/\s+/g, " ").trim();
  return h || role.toUpperCase();
}

/** The form's column-number row computes `col` from columns other than `operands` ("11=(10/4)"): the column is the
 *  form's own relation, which SAKIP-RELASI-001 checks, not the pairing a rule would infer from its neighbours. */
export function declaredFromOthers(t: RecognizedTable, col: number, ...operands: number[]): boolean {
  const declared = declaredOperands(t, col);
  return !!declared && !operands.every((c) => declared.includes(c));
}
