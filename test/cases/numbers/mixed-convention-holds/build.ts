// Golden case: see test/cases/_seed-tables/builders.ts (mixed, "holds").
import type * as ExcelJSNs from "exceljs";
import { mixed } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return mixed(ExcelJS, "holds");
}
