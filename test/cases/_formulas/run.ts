// Runs a golden case of the formula family through the real writer, reader and engine (for the rules' unit tests).
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../../src/xlsx/read";
import { validateWorkbook } from "../../../src/core/validate";
import type { Finding } from "../../../src/core/findings/finding";

export async function caseFindings(name: string, rule: string): Promise<Finding[]> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const build = require(`../formulas/${name}/build.ts`).default;
  const wb: ExcelJS.Workbook = await build(ExcelJS);
  const snap = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return validateWorkbook(snap).findings.filter((f) => f.rule === rule);
}
