// The JUMLAH row repeats the program row (=G4) and the program row adds its kegiatan: references that point up and
// down the table without ever coming back.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS);
}
