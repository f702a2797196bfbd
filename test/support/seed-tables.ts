// The seed LKjIP's merit and SKM tables as the rules' unit tests use them: rows, column roles and a rule context.
import type { RuleContext } from "../../src/core/rules/rule";
import type { ColumnRole, TableRow } from "../../src/core/tables/table";
import { sheetOf, tableOf, ctxOf, type Spec } from "./rulekit";

/** The 8 Sistem Merit aspects with the seed's weighted values (they add up to 278). */
export const meritSeedAspects: Spec[][] = [
  [1, "Perencanaan Kebutuhan", 40],
  [2, "Pengadaan", 36],
  [3, "Pengembangan Karir", "57,5"],
  [4, "Promosi dan Mutasi", 20],
  [5, "Manajemen Kinerja", "62,5"],
  [6, "Penggajian, Penghargaan dan Disiplin", 35],
  [7, "Perlindungan dan Pelayanan", 10],
  [8, "Sistem Informasi", 17],
];
export const MERIT_HEADER = ["No", "Aspek", "Nilai"];
export const MERIT_ROLES: Array<ColumnRole | null> = ["no", "aspek", "nilai"];
/** The seed's merit table: the aspects, then Nilai Total 278, Kategori III (Baik), Indeks 0,68. */
export const meritSeedTable: Spec[][] = [...meritSeedAspects, [null, "Nilai Total", 278], [null, "Kategori", "III (Baik)"], [null, "Indeks", "0,68"]];

export function meritCtx(rows: Spec[][], kinds: Record<number, TableRow["kind"]> = {}, settings = {}, h: Spec[] = MERIT_HEADER, r: Array<ColumnRole | null> = MERIT_ROLES): RuleContext {
  return ctxOf([sheetOf("Merit", [h, ...rows])], [tableOf("Merit", "merit", 0, r, rows.length, kinds)], settings);
}

export const SKM_HEADER = ["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM"];
export const SKM_ROLES: Array<ColumnRole | null> = ["no", "unsur", "jumlah_nilai", "nrr"];
/** The seed's SKM totals (365 respondents), with the last unsur's value and NRR given. */
export const skmSeed = (last: number, lastNrr: string): Spec[][] => [
  [1, "Persyaratan", 1219, "3,34"],
  [2, "Sistem, Mekanisme dan Prosedur", 1215, "3,33"],
  [3, "Waktu Penyelesaian", 1133, "3,10"],
  [4, "Biaya/ Tarif", 1292, "3,54"],
  [5, "Produk Spesifikasi Jenis Pelayanan", 1159, "3,18"],
  [6, "Kompetensi Pelaksana", 1172, "3,21"],
  [7, "Perilaku Pelaksana", 1177, "3,22"],
  [8, "Penanganan Pengaduan, Saran dan Masukan", 1161, "3,18"],
  [9, "Sarana dan Prasarana.", last, lastNrr],
];

export function skmCtx(rows: Spec[][], kinds: Record<number, TableRow["kind"]> = {}, r: Array<ColumnRole | null> = SKM_ROLES, head: Spec[] = SKM_HEADER): RuleContext {
  return ctxOf([sheetOf("SKM", [head, ...rows])], [tableOf("SKM", "skm", 0, r, rows.length, kinds)]);
}

/** Four respondents' raw answers with JUMLAH / NRR / NRR tertimbang / IKM / mutu rows under them: every row
 *  recomputes ("good"), or a jumlah, an NRR, a tertimbang, the IKM and the mutu are wrong ("bad"). */
export function rawAnswers(mode: "good" | "bad"): RuleContext {
  const h = ["No", "Nama", "U1", "U2", "U3", "U4"];
  const r: Array<ColumnRole | null> = ["no", "nama", "jawaban", "jawaban", "jawaban", "jawaban"];
  const answers = [[4, 3, 3, 4], [3, 3, 3, 4], [3, 4, 2, 4], [4, 3, 3, 3]];
  const good = mode === "good";
  const rows: Spec[][] = answers.map((a, i) => [i + 1, `R${i + 1}`, ...a]);
  rows.push(
    [null, "Jumlah Nilai", ...(good ? [14, 13, 11, 15] : [14, 13, 12, 15])],
    [null, "NRR", ...(good ? ["3,50", "3,25", "2,75", "3,75"] : ["3,50", "3,35", "2,75", "3,75"])],
    [null, "NRR Tertimbang", ...(good ? ["0,875", "0,8125", "0,6875", "0,9375"] : ["0,875", "0,8125", "0,6875", "0,95"])],
    [null, "IKM", good ? "82,81" : "85,13"],
    [null, "Mutu Pelayanan", good ? "B" : "A"],
  );
  return ctxOf([sheetOf("Olah", [h, ...rows])], [tableOf("Olah", "skm", 0, r, rows.length)]);
}
