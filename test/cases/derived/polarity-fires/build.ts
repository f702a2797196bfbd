// Golden case: see test/cases/_rules/builders.ts (polarity, "fires").
import type * as ExcelJSNs from "exceljs";
import { polarity } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return polarity(ExcelJS, "fires");
}
