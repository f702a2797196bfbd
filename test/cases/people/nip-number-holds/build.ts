// Golden case: see test/cases/_rules/builders.ts (nipNumber, "holds").
import type * as ExcelJSNs from "exceljs";
import { nipNumber } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipNumber(ExcelJS, "holds");
}
