// Golden case: see test/cases/_rules/builders.ts (nipNames, "holds").
import type * as ExcelJSNs from "exceljs";
import { nipNames } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipNames(ExcelJS, "holds");
}
