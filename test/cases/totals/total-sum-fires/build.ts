// SAKIP-TOTAL-001 fires: a JUMLAH that misses Rp 5.000.000 (number cells), a JUMLAH typed as malformed text
// (the seed's "Rp 750.000,00,00"), and a SUB TOTAL inside a Renja-like table. One finding per wrong total.
import type * as ExcelJSNs from "exceljs";
import { rows, pkSheet, SEKRETARIS, KASUBAG_PE, IND_HEADER, BUDGET_HEADER } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  pkSheet(wb, "PK Kasubag PE", KASUBAG_PE, SEKRETARIS, [
    [IND_HEADER, ["1.", "Tersusunnya Dokumen Perencanaan", "Jumlah dokumen perencanaan yang tersusun", "3 dokumen"]],
    [BUDGET_HEADER("SUB KEGIATAN"),
      ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
      ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
      ["JUMLAH", null, 20000000]], // row 21: C21 should be 25.000.000
  ]);
  const ws = wb.addWorksheet("Pengadaan");
  rows(ws, 1, [
    ["NO", "KEGIATAN", "ANGGARAN (Rp.)", "KET"],
    ["1.", "Penyusunan Rencana Kebutuhan", 26000000, "P-APBD"],
    ["2.", "Koordinasi dan fasilitasi Pengadaan PNS dan PPPK", 674000000, "P-APBD"],
    ["3.", "Koordinasi Pelaksanaan Administrasi Pemberhentian", 50000000, "P-APBD"],
    ["JUMLAH", null, "Rp 750.000,00,00"], // C5: malformed text, items add up to Rp 750.000.000
  ]);
  const r = wb.addWorksheet("Renja");
  rows(r, 1, [
    ["NO", "URAIAN", "PAGU ANGGARAN (Rp)"],
    ["1", "Penyusunan Dokumen Perencanaan", 10000000],
    ["2", "Evaluasi Kinerja", 15000000],
    ["", "SUB TOTAL", 25000000],
    ["3", "Penyediaan Gaji dan Tunjangan ASN", 5367060000],
    ["4", "Koordinasi Laporan Keuangan", 25000000],
    ["", "SUB TOTAL", 5390000000], // C7 should be 5.392.060.000
    ["", "TOTAL", 5417060000], // C8: sum of the subtotals as written is 5.415.000.000
  ]);
  // A malformed item read through its likely reading: the JUMLAH is still Rp 45.000.000 short (seed Tabel 2.21 appendix).
  rows(wb.addWorksheet("Umum"), 1, [
    ["NO.", "SUB KEGIATAN", "ANGGARAN (Rp)", "KET."],
    ["1.", "Penyediaan Peralatan dan Perlengkapan Kantor", "Rp 10,000,000.00", "P-APBD"],
    ["2.", "Pengadaan Peralatan dan Mesin Lainnya", "Rp 90.953.750.00", "P-APBD"],
    ["JUMLAH", null, "Rp 55.953.750,00"], // C4: 10.000.000 + 90.953.750 = 100.953.750
  ]);
  return wb;
}
