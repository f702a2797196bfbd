// The program's capaian as the list of its kegiatan rows (the form the typo breaks), and ordinary two-part ranges.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS);
}
