// The column-number row declares capaian (6) = (5)/(4), realisasi over target; the sheet's capaian formulas divide
// target by realisasi instead. Rows where target and realisasi are equal give 1 both ways; the first row that
// shows the inversion is reported, the others of the column as related cells.
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

const SUB_ROWS = [6, 7, 8, 9, 11, 12, 13, 14, 16, 17];

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = renjaCase(ExcelJS, (c) => {
    for (const r of SUB_ROWS) c.set(`F${r}`, { formula: `D${r}/E${r}`, result: num(c, `D${r}`) / num(c, `E${r}`) });
  });
  wb.getWorksheet("Evaluasi Renja")!.getCell("F3").value = "(6) = (5)/(4)";
  return wb;
}
