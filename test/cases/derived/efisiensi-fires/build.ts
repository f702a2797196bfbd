// Golden case: see test/cases/_rules/builders.ts (efficiency, "fires").
import type * as ExcelJSNs from "exceljs";
import { efficiency } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return efficiency(ExcelJS, "fires");
}
