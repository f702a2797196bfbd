// SAKIP-CONFLICT-001 (and every other rule) holds on a consistent workbook whose Program, Kegiatan and Sub Kegiatan
// share names ("Program Pembinaan X", "Kegiatan Pembinaan X"): items are paired within their level only.
// The bench's generator builds it (13 PK sheets in a chain, a 200-row measurement table); found by bench/engine.ts.
import type * as ExcelJSNs from "exceljs";
import { buildConsistentWorkbook } from "../../../../bench/generate";

export default async function build(_ExcelJS: typeof ExcelJSNs) {
  return buildConsistentWorkbook({ pkSheets: 13, measurementRows: 200, sharedLevelNames: true }).workbook;
}
