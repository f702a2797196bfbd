// Golden case: see test/cases/_rules/builders.ts (mixed, "fires").
import type * as ExcelJSNs from "exceljs";
import { mixed } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return mixed(ExcelJS, "fires");
}
