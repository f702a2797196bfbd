// Serapan of row 12 divides the next row's realisasi by the next row's pagu (=H13/G13): every other sub kegiatan
// row takes its own row.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("I12", { formula: "H13/G13", result: num(c, "H13") / num(c, "G13") });
  });
}
