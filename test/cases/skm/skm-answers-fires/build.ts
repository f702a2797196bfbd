// Golden case: see test/cases/_seed-tables/builders.ts (skmAnswers, "fires").
import type * as ExcelJSNs from "exceljs";
import { skmAnswers } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmAnswers(ExcelJS, "fires");
}
