// SAKIP-BUDGET-001 fires: the seed's Tabel 3.18 rows where realisasi exceeds pagu (Rp 1.992.096.000 spent of a
// Rp 20.000.000 pagu: a typo for 19.920.960; and 1.963.507.200 of 1.946.107.200), in a two-row header table.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian");
  rows(ws, 1, [
    ["NO", "SASARAN", "INDIKATOR KINERJA", "KINERJA", null, null, "ANGGARAN", null, null],
    [null, null, null, "Target", "Realisasi", "% Capaian", "Pagu", "Realisasi", "% Capaian"],
    ["1.", "Terlaksananya Pemberian Penghargaan bagi ASN", "Jumlah ASN berprestasi yang mendapatkan penghargaan", 65, 65, { v: 1, fmt: "0.00%" }, 20000000, 1992096000, { v: 99.6048, fmt: "0.00%" }],
    ["2.", "Terselenggaranya Pengembangan Kompetensi", "Jumlah peserta diklat prajabatan (latsar)", 348, 348, { v: 1, fmt: "0.00%" }, 1946107200, 1963507200, { v: 1.00894, fmt: "0.00%" }],
    ["3.", "Terlaksananya pembinaan jabatan fungsional ASN", "Jumlah laporan hasil pembinaan jabatan fungsional ASN", 2, 2, { v: 1, fmt: "0.00%" }, 20000000, 19900750, { v: 0.995, fmt: "0.00%" }],
  ]);
  for (const m of ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]) ws.mergeCells(m);
  return wb;
}
