// A workbook as Excel saves it: JUMLAH, capaian and serapan are formulas with their cached results, amounts are
// numbers formatted "#,##0", percents "0.00%". The reader hands the engine the cached values: everything holds.
import type * as ExcelJSNs from "exceljs";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet("PK Kasubag Keuangan");
  pk.addRow(["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  pk.addRow(["1.", "Penyediaan Gaji dan Tunjangan ASN", 5367060000, "P-APBD"]);
  pk.addRow(["2.", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 10000000, "P-APBD"]);
  pk.addRow(["3.", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan / Triwulanan / Semesteran SKPD", 15000000, "P-APBD"]);
  pk.addRow(["", "JUMLAH", { formula: "SUM(C2:C4)", result: 5392060000 }, ""]);
  for (let r = 2; r <= 5; r++) pk.getCell(`C${r}`).numFmt = "#,##0";

  const m = wb.addWorksheet("Pengukuran");
  m.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Pagu", "Realisasi", "Capaian"]);
  m.addRow(["1.", "Tersusunnya Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan Perangkat Daerah yang tersusun tepat waktu", 3, 3,
    { formula: "E2/D2", result: 1 }, 10000000, 9962900, { formula: "H2/G2", result: 0.99629 }]);
  m.addRow(["2.", "Terlaksananya Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen evaluasi kinerja Perangkat Daerah yang tersusun tepat waktu", 8, 8,
    { formula: "E3/D3", result: 1 }, 15000000, 14970550, { formula: "H3/G3", result: 0.9980366666666667 }]);
  for (const r of [2, 3]) {
    m.getCell(`F${r}`).numFmt = "0.00%";
    m.getCell(`I${r}`).numFmt = "0.00%";
    m.getCell(`G${r}`).numFmt = "#,##0";
    m.getCell(`H${r}`).numFmt = "#,##0";
  }
  return wb;
}
