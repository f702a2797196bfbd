// Workbook builders for SAKIP-HIER-001 inside one table: every rupiah column (pagu and realisasi, amounts "dalam juta
// rupiah"), and the officials a measurement table lists. Figures as agencies fill the forms; names are invented.
import type * as ExcelJSNs from "exceljs";

type X = typeof ExcelJSNs;
export type Mode = "fires" | "holds";
type Cells = Array<string | number | null | { v: number; fmt: string }>;

function put(ws: ExcelJSNs.Worksheet, data: Cells[]) {
  for (const d of data) {
    const r = ws.addRow(d.map((v) => (v && typeof v === "object" ? v.v : v)));
    d.forEach((v, i) => {
      if (v && typeof v === "object") r.getCell(i + 1).numFmt = v.fmt;
      else if (typeof v === "number" && Math.abs(v) >= 1000) r.getCell(i + 1).numFmt = "#,##0";
    });
  }
}
const pct = (v: number) => ({ v, fmt: "0.00%" });

/** Tabel 3.18 style: a Kepala Bidang over its Sub Koordinator. "fires": the Kabid's second realisasi row is Rp 200
 *  off its two Sub Koordinator (2.478.024.000 against 514.517.000 + 1.963.507.200). Percent columns (K) are never summed. */
export function officials(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian Pejabat");
  put(ws, [
    ["Jabatan", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Program/ Kegiatan", "Anggaran", "Realisasi", "% Capaian"],
    ["Kepala Bidang Pengembangan SDM", "Meningkatnya kompetensi teknis ASN", "Persentase ASN lulus diklat teknis", pct(0.75), pct(0.9388), pct(1.2517), null, 695105000, 691775000, pct(0.9952)],
    [null, "Meningkatnya kompetensi dasar ASN", "Jumlah ASN yang mendapatkan sertifikasi kompetensi", "2170 ASN", 2214, pct(1.0203), null, 2483482200, mode === "fires" ? 2478024000 : 2478024200, pct(0.9978)],
    ["Sub Koordinator Pengembangan Kompetensi Teknis", "Terselenggaranya diklat teknis", "Jumlah peserta diklat teknis dan fungsional", "233 ASN", 228, pct(0.9785), null, 695105000, 691775000, pct(0.9952)],
    ["Sub Koordinator Kompetensi Dasar dan Manajerial", "Terselenggaranya diklat dasar", "Jumlah peserta diklat prajabatan (latsar)", "348 ASN", 348, pct(1), null, 1964107200, 1963507200, pct(0.9997)],
    ["Sub Koordinator Evaluasi Pengembangan Kompetensi", "Tersusunnya evaluasi pengembangan kompetensi", "Jumlah dokumen evaluasi pengembangan kompetensi", "2 dokumen", 2, pct(1), null, 519375000, 514517000, pct(0.9906)],
  ]);
  return wb;
}

/** A Renja table by code with pagu and realisasi "(dalam juta rupiah)". "fires": a Kegiatan's realisasi is not the sum
 *  of its Sub Kegiatan (pagu holds); the message prints rupiah. */
export function columns(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2025");
  put(ws, [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU (dalam juta rupiah)", "REALISASI (dalam juta rupiah)", "SERAPAN (%)"],
    ["5.04.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 250, 240.5, pct(0.962)],
    ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 250, mode === "fires" ? 245.5 : 240.5, pct(0.962)],
    ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100, 98.25, pct(0.9825)],
    ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150, 142.25, pct(0.9483)],
  ]);
  return wb;
}
