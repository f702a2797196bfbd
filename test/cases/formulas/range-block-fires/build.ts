// Three ranges off their block: the second kegiatan's pagu stops at row 13 while its sub kegiatan run to row 14
// (skips an item), the first kegiatan's realisasi runs into the next kegiatan's row 10, and the JUMLAH of realisasi
// sums the program, kegiatan and sub kegiatan rows all together (counts them twice or thrice).
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("G10", { formula: "SUM(G11:G13)", result: num(c, "G11") + num(c, "G12") + num(c, "G13") });
    c.set("H5", { formula: "SUM(H6:H10)", result: [6, 7, 8, 9, 10].reduce((a, r) => a + num(c, `H${r}`), 0) });
    c.set("H18", { formula: "SUM(H4:H17)", result: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].reduce((a, r) => a + num(c, `H${r}`), 0) });
  });
}
