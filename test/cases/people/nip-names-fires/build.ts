// Golden case: see test/cases/_seed-tables/builders.ts (nipNames, "fires").
import type * as ExcelJSNs from "exceljs";
import { nipNames } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipNames(ExcelJS, "fires");
}
