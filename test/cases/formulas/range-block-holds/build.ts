// Ranges that match their blocks, written in several ways agencies use: absolute ranges, the JUMLAH as a list of
// the kegiatan rows, a kegiatan whose capaian averages its sub kegiatan.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("G5", { formula: "SUM($G$6:$G$9)", result: num(c, "G5") });
    c.set("G18", { formula: "SUM(G5,G10,G15)", result: num(c, "G18") });
    c.set("H18", { formula: "SUM(H6:H9,H11:H14,H16:H17)", result: num(c, "H18") });
  });
}
