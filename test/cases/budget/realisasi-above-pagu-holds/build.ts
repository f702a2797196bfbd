// SAKIP-BUDGET-001 holds: realisasi at or under pagu (exactly equal included), rupiah with sen; no finding at all.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi Anggaran");
  rows(ws, 1, [
    ["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"],
    ["1", "Penyediaan Jasa Surat Menyurat", 1500000, 1500000],
    ["2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 13500000, 5860496],
    ["3", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", { v: 6241465000, fmt: "#,##0.00" }, { v: 6086801563.36, fmt: "#,##0.00" }],
  ]);
  return wb;
}
