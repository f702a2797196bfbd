// Golden case: see test/cases/_rules/builders.ts (share, "fires").
import type * as ExcelJSNs from "exceljs";
import { share } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return share(ExcelJS, "fires");
}
