// The second kegiatan's pagu sums its own cell (=SUM(G10:G14)), and the program's realisasi adds the JUMLAH row,
// which is the program row itself (a loop of two cells).
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("G10", { formula: "SUM(G10:G14)", result: num(c, "G10") });
    c.set("H4", { formula: "H5+H10+H15+H18", result: num(c, "H4") });
  });
}
