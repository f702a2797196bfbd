// Golden case: see test/cases/_seed-tables/builders.ts (sisa, "holds").
import type * as ExcelJSNs from "exceljs";
import { sisa } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return sisa(ExcelJS, "holds");
}
