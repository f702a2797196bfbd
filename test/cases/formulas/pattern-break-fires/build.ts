// Capaian of sub kegiatan is =E/D in every row; F8 divides the other way round (value wrong today: error), F13
// takes Realisasi over Realisasi, which equals the right value only because target and realisation are both 1
// (latent: warning).
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("F8", { formula: "D8/E8", result: 4 / 3 });
    c.set("F13", { formula: "E13/E13", result: 1 });
  });
}
