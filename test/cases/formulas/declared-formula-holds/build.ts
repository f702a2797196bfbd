// The column-number row declares capaian (6) = (5)/(4): the formulas compute it, one of them in percent points
// (=E7/D7*100 is the same relation) and one guarded with IFERROR.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = renjaCase(ExcelJS, (c) => {
    c.set("F8", { formula: "IFERROR(E8/D8,0)", result: num(c, "E8") / num(c, "D8") });
  });
  wb.getWorksheet("Evaluasi Renja")!.getCell("F3").value = "(6) = (5)/(4)";
  return wb;
}
