// A small PK budget table whose JUMLAH holds: the engine must stay silent.
import type * as ExcelJSNs from "exceljs";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK Kasubag Perencanaan");
  ws.addRow(["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"]);
  ws.addRow(["1.", "Tersusunnya Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan Perangkat Daerah yang tersusun tepat waktu", "3 dokumen"]);
  ws.addRow(["2.", "Terlaksananya Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen evaluasi kinerja Perangkat Daerah yang tersusun tepat waktu", "8 dokumen"]);
  ws.addRow([]);
  ws.addRow(["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  ws.addRow(["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"]);
  ws.addRow(["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"]);
  ws.addRow(["", "JUMLAH", 25000000, ""]);
  for (const r of [6, 7, 8]) ws.getCell(`C${r}`).numFmt = "#,##0";
  return wb;
}
