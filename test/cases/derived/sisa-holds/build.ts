// Golden case: see test/cases/_rules/builders.ts (sisa, "holds").
import type * as ExcelJSNs from "exceljs";
import { sisa } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return sisa(ExcelJS, "holds");
}
