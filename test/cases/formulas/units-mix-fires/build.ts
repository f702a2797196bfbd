// The program row's serapan cell adds the capaian percentage to the realisasi in rupiah (=F4+H4): a sum of a
// percent and an amount, meaningless whatever the figures.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("I4", { formula: "F4+H4", result: num(c, "F4") + num(c, "H4") });
  });
}
