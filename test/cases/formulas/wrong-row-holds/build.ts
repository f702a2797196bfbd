// Rows that take another row on purpose: each sub kegiatan's share of the program's pagu divides by the program
// row, anchored ($G$4) in some rows and relative-but-fixed in none; the JUMLAH repeats the program row.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("J2", "Keterangan");
    c.set("J3", "(10)");
    for (const r of [6, 7, 8, 9, 11, 12, 13, 14, 16, 17]) c.set(`J${r}`, { formula: `G${r}/$G$4`, result: num(c, `G${r}`) / num(c, "G4") });
  });
}
