// Golden case: see test/cases/_rules/builders.ts (textAmount, "holds").
import type * as ExcelJSNs from "exceljs";
import { textAmount } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return textAmount(ExcelJS, "holds");
}
