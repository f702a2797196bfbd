// The floor for the engine benchmark: what any .xlsx validator must at least do —
// open the file with exceljs and touch every cell (value, number format).
// `linearMerges` skips exceljs' quadratic per-merge overlap scan, as src/xlsx/read.ts does while loading: the true
// floor for sheets with thousands of merged cells, and what a reader can reach.
import ExcelJS from "exceljs";
import { withLinearMerges } from "../../src/xlsx/read";
const { touchWorkbook } = require("./touch") as { touchWorkbook: (wb: ExcelJS.Workbook) => { cells: number; checksum: number } };

export async function floorReadAndTouch(path: string, opts: { linearMerges?: boolean } = {}): Promise<{ cells: number; checksum: number }> {
  const wb = new ExcelJS.Workbook();
  if (opts.linearMerges) await withLinearMerges(ExcelJS.Workbook, () => wb.xlsx.readFile(path));
  else await wb.xlsx.readFile(path);
  return touchWorkbook(wb);
}
