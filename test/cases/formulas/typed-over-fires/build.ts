// Two numbers typed over the formulas of their column: capaian 0,75 in row 8 (the same as =E8/D8 today: latent,
// warning) and serapan 100% in row 13, where =H13/G13 gives 99,63% (error).
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("F8", 0.75);
    c.set("I13", 1);
  });
}
