// Golden case: see test/cases/_seed-tables/builders.ts (efficiency, "fires").
import type * as ExcelJSNs from "exceljs";
import { efficiency } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return efficiency(ExcelJS, "fires");
}
