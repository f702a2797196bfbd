// Golden case: see test/cases/_rules/builders.ts (measurement, "holds").
import type * as ExcelJSNs from "exceljs";
import { measurement } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return measurement(ExcelJS, "holds");
}
