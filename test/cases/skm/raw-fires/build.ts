// Golden case: see test/cases/_rules/builders.ts (skmRaw, "fires").
import type * as ExcelJSNs from "exceljs";
import { skmRaw } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmRaw(ExcelJS, "fires");
}
