// The floor for the engine benchmark: what any .xlsx validator must at least do —
// open the file with exceljs and touch every cell (value, number format).
// `linearMerges` skips exceljs' quadratic per-merge overlap scan, as src/xlsx/read.ts does while loading: the true
// floor for sheets with thousands of merged cells, and what a reader can reach.
import ExcelJS from "exceljs";
import { withLinearMerges } from "../../src/xlsx/read";

export async function floorReadAndTouch(path: string, opts: { linearMerges?: boolean } = {}): Promise<{ cells: number; checksum: number }> {
  const wb = new ExcelJS.Workbook();
  if (opts.linearMerges) await withLinearMerges(ExcelJS.Workbook, () => wb.xlsx.readFile(path));
  else await wb.xlsx.readFile(path);
  let cells = 0;
  let checksum = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        cells++;
        // Touch the value and its format so nothing is optimised away.
        if (typeof v === "number") checksum += v % 7;
        else if (typeof v === "string") checksum += v.length;
        if (cell.numFmt) checksum += 1;
      });
    });
  });
  return { cells, checksum };
}
