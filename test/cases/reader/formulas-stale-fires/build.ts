// A JUMLAH formula whose cached result is stale (saved with manual calculation, or an item typed over afterwards):
// the reader gives the engine what Excel shows, the cached 5.292.694.789, and the wrong total is found.
import type * as ExcelJSNs from "exceljs";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet("PK Kasubag Keuangan");
  pk.addRow(["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  pk.addRow(["1.", "Penyediaan Gaji dan Tunjangan ASN", 5367060000, "P-APBD"]);
  pk.addRow(["2.", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 10000000, "P-APBD"]);
  pk.addRow(["3.", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan / Triwulanan / Semesteran SKPD", 15000000, "P-APBD"]);
  pk.addRow(["", "JUMLAH", { formula: "SUM(C2:C4)", result: 5292694789 }, ""]);
  for (let r = 2; r <= 5; r++) pk.getCell(`C${r}`).numFmt = "#,##0";
  return wb;
}
