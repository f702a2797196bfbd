// Helpers for the engine's golden cases: a PK sheet laid out as planners do (party blocks, indicator table,
// budget table closed by JUMLAH), written with exceljs.
import type * as ExcelJSNs from "exceljs";

export interface Party { nama: string; jabatan: string; nip?: string }
export type Row = Array<string | number | null | { formula: string; result: number } | { v: number; fmt: string }>;

export function put(ws: ExcelJSNs.Worksheet, r: number, values: Row): void {
  values.forEach((v, i) => {
    if (v === null || v === undefined || v === "") return;
    const cell = ws.getCell(r, i + 1);
    if (typeof v === "object" && "formula" in v) { cell.value = { formula: v.formula, result: v.result }; cell.numFmt = "#,##0"; }
    else if (typeof v === "object" && "fmt" in v) { cell.value = v.v; cell.numFmt = v.fmt; }
    else { cell.value = v; if (typeof v === "number" && Math.abs(v) >= 1000) cell.numFmt = "#,##0"; }
  });
}

/** Writes rows from row `r` (1-based); returns the next free row. */
export function rows(ws: ExcelJSNs.Worksheet, r: number, data: Row[]): number {
  data.forEach((d, i) => put(ws, r + i, d));
  return r + data.length;
}

/** A PK sheet: title, PIHAK PERTAMA / PIHAK KEDUA blocks, then the tables given (each followed by a blank row). */
export function pkSheet(wb: ExcelJSNs.Workbook, name: string, pertama: Party, kedua: Party, tables: Row[][], date = "Lamongan, 31 Oktober 2022"): ExcelJSNs.Worksheet {
  const ws = wb.addWorksheet(name);
  let r = rows(ws, 1, [["PERJANJIAN KINERJA TAHUN 2022"], []]);
  for (const [label, p] of [["PIHAK PERTAMA", pertama], ["PIHAK KEDUA", kedua]] as const) {
    r = rows(ws, r, [[null, label], [null, "Nama", p.nama], [null, "Jabatan", p.jabatan]]);
    if (p.nip) { ws.getCell(r, 2).value = "NIP"; ws.getCell(r, 3).value = p.nip; ws.getCell(r, 3).numFmt = "@"; r++; }
    r++;
  }
  r = rows(ws, r, [[null, date], []]);
  for (const t of tables) r = rows(ws, r, [...t, []]);
  return ws;
}

export const KEPALA: Party = { nama: "Drs. SHODIKIN, M.Pd", jabatan: "Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia", nip: "19661019 198703 1 008" };
export const SEKRETARIS: Party = { nama: "HARIYANTO, S.Pd., M.IP.", jabatan: "Sekretaris Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia", nip: "19730721 199901 1 001" };
export const KASUBAG_KEU: Party = { nama: "AGUS SUPRAPTO, S.Sos., M.M.", jabatan: "Kepala Sub Bagian Keuangan", nip: "19740404 199503 1 004" };
export const KASUBAG_PE: Party = { nama: "SUTIANA, S.Kom., M.M.", jabatan: "Kepala Sub Bagian Perencanaan dan Evaluasi", nip: "19770614 200212 2 005" };
export const KABID: Party = { nama: "IKE HARUM DIANTI, S.Kom, M.T.", jabatan: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", nip: "19780715 200312 2 007" };
export const SUBKOR_A: Party = { nama: "KUSNAINI, SE., M.M.", jabatan: "Sub Koordinator Penilaian Kinerja ASN", nip: "19741229 201001 1 003" };
export const SUBKOR_B: Party = { nama: "AWANG SARI SP, S.E., M.Si.", jabatan: "Sub Koordinator Pembinaan Disiplin Dan Penghargaan ASN", nip: "19800601 200604 2 043" };

export const IND_HEADER: Row = ["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"];
export const BUDGET_HEADER = (level: "PROGRAM" | "KEGIATAN" | "SUB KEGIATAN"): Row => ["NO.", level, "ANGGARAN (Rp.)", "KET."];
