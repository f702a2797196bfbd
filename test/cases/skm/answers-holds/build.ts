// Golden case: see test/cases/_rules/builders.ts (skmAnswers, "holds").
import type * as ExcelJSNs from "exceljs";
import { skmAnswers } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmAnswers(ExcelJS, "holds");
}
