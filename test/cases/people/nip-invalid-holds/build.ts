// Golden case: see test/cases/_rules/builders.ts (nipInvalid, "holds").
import type * as ExcelJSNs from "exceljs";
import { nipInvalid } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipInvalid(ExcelJS, "holds");
}
