// SAKIP-CONFLICT-002 holds without any PK header: the year most TARGET headers name (2022) is the one compared;
// a 2026 target column (Renstra) is not another "target" of the same indicator. No finding.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const line = ["1.", "Meningkatnya kinerja dan disiplin pegawai", "Persentase ASN yang prestasi kerjanya baik"];
  rows(wb.addWorksheet("Pengukuran"), 1, [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET TAHUN 2022"], [...line, { v: 0.95, fmt: "0%" }]]);
  rows(wb.addWorksheet("IKU"), 1, [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET 2022"], [...line, { v: 0.95, fmt: "0%" }]]);
  rows(wb.addWorksheet("Renstra"), 1, [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET TAHUN 2026"], [...line, { v: 0.98, fmt: "0%" }]]);
  return wb;
}
