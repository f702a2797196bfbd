// SAKIP-TOTAL-001 holds: totals that add up exactly (numbers, a =SUM formula with its cached result, rupiah with
// sen that would drift as floats, a merged JUMLAH label, a blank separator row inside the table). No finding at all.
import type * as ExcelJSNs from "exceljs";
import { rows, pkSheet, SEKRETARIS, KASUBAG_PE, IND_HEADER, BUDGET_HEADER } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  pkSheet(wb, "PK Kasubag PE", KASUBAG_PE, SEKRETARIS, [
    [IND_HEADER, ["(1)", "(2)", "(3)", "(4)"], ["1.", "Tersusunnya Dokumen Perencanaan", "Jumlah dokumen perencanaan yang tersusun", "3 dokumen"]],
    [BUDGET_HEADER("SUB KEGIATAN"),
      ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
      [],
      ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
      ["JUMLAH", null, { formula: "SUM(C20:C22)", result: 25000000 }]],
  ]);
  const ws = wb.addWorksheet("Realisasi");
  rows(ws, 1, [
    ["No", "Uraian", "Plafon Anggaran (Rp)", "Realisasi (Rp)"],
    ["1", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", { v: 6241465000, fmt: "#,##0.00" }, { v: 6086801563.36, fmt: "#,##0.00" }],
    ["2.", "Program Kepegawaian Daerah", { v: 1672255000, fmt: "#,##0.00" }, { v: 1155135117.1, fmt: "#,##0.00" }],
    ["3.", "Program Pengembangan Sumber Daya Manusia", { v: 3178587200, fmt: "#,##0.00" }, { v: 3169799200.2, fmt: "#,##0.00" }],
    ["JUMLAH", null, { v: 11092307200, fmt: "#,##0.00" }, { v: 10411735880.66, fmt: "#,##0.00" }],
  ]);
  ws.mergeCells("A5:B5");
  // Headings with their own amounts, sub-rows without a number: the JUMLAH is the sum of the numbered rows.
  rows(wb.addWorksheet("Rincian"), 1, [
    ["NO", "URAIAN", "ANGGARAN (Rp)"],
    ["1", "Mutasi dan Promosi ASN", 577255000],
    ["", "- Pengelolaan Kenaikan Pangkat ASN", 35000000],
    ["", "- Pengelolaan Mutasi ASN", 50000000],
    ["", "- Pengelolaan Promosi ASN", 492255000],
    ["2", "Penilaian dan Evaluasi Kinerja Aparatur", 200000000],
    ["JUMLAH", null, 777255000],
  ]);
  return wb;
}
