// SAKIP-CONFLICT-001 holds: the same items with the same amounts on three sheets (text and number cells, spelling
// variants), and an official's original PK superseded by a later PK PERUBAHAN whose amounts changed on purpose.
import type * as ExcelJSNs from "exceljs";
import { rows, pkSheet, KEPALA, IND_HEADER, BUDGET_HEADER, type Party } from "../../_pk-sheets/pk";

const BUPATI: Party = { nama: "Dr. YUHRONUR EFENDI, MBA.", jabatan: "Bupati Lamongan" };

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  pkSheet(wb, "PK Kepala (awal)", KEPALA, BUPATI, [
    [IND_HEADER, ["1.", "Meningkatnya kualitas manajemen ASN", "Indeks Sistem Merit", 260]],
    [BUDGET_HEADER("PROGRAM"), ["1", "Program Kepegawaian Daerah", 1425000000, "APBD"], ["2", "Program Pengembangan Sumber Daya Manusia", 1883687200, "APBD"],
      ["JUMLAH", null, 3308687200]],
  ], "Lamongan, 17 Mei 2022");
  pkSheet(wb, "PK Kepala (perubahan)", KEPALA, BUPATI, [
    [IND_HEADER, ["1.", "Meningkatnya kualitas manajemen ASN", "Indeks Sistem Merit", 260]],
    [BUDGET_HEADER("PROGRAM"), ["1", "Program Kepegawaian Daerah", 1672255000, "APBD"], ["2", "Program Pengembangan Sumber Daya Manusia", 3178587200, "APBD"],
      ["JUMLAH", null, 4850842200]],
  ], "Lamongan, 31 Oktober 2022");
  const r = wb.addWorksheet("Realisasi");
  rows(r, 1, [
    ["No", "Uraian", "Plafon Anggaran (Rp)", "Realisasi (Rp)"],
    ["1", "Program Kepegawaian Daerah", 1672255000, 1155135117],
    ["2", "program pengembangan sumber daya  manusia", 3178587200, 3169799200],
  ]);
  // Other years: a table per year column, and a table of 2021 amounts, are not compared with the 2022 PKs.
  rows(wb.addWorksheet("Renstra"), 1, [
    ["NO", "PROGRAM", "PAGU 2021 (Rp)", "PAGU 2022 (Rp)"],
    ["1", "Program Kepegawaian Daerah", 1300000000, 1672255000],
  ]);
  rows(wb.addWorksheet("LKjIP 2021"), 1, [
    ["NO", "PROGRAM", "ANGGARAN TAHUN 2021 (Rp)", "KET"],
    ["1", "Program Kepegawaian Daerah", 1300000000, "APBD"],
  ]);
  return wb;
}
