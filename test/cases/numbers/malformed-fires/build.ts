// Golden case: see test/cases/_rules/builders.ts (malformed, "fires").
import type * as ExcelJSNs from "exceljs";
import { malformed } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return malformed(ExcelJS, "fires");
}
