// Constants that belong: the program row's capaian typed by the planner (a header row of the block), and a
// column of typed targets beside the formulas.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("F4", 0.95);
  });
}
