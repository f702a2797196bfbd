// Which table columns hold numbers, for the number-format rules.
import type { ColumnRole } from "../../tables/table";

/** Columns whose cells are amounts of money. */
export const MONEY_ROLES: ColumnRole[] = ["anggaran", "pagu", "realisasi_anggaran", "sisa"];

/** Columns whose cells are numbers of any kind (the label, code, unit and text columns are not). */
export const NUMERIC_ROLES: ColumnRole[] = [
  ...MONEY_ROLES, "target", "realisasi", "capaian", "capaian_anggaran", "serapan", "efisiensi", "capaian_kinerja", "share",
  "jumlah_nilai", "responden", "nrr", "nrr_tertimbang", "ikm", "bobot", "skor", "nilai", "nilai_maks",
];

/** Human name of a column for messages: its header, else its role. */
export function columnName(header: string, role: string): string {
  const h = header.replace(/\s+/g, " ").trim();
  return h || role.toUpperCase();
}
