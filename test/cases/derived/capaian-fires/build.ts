// Golden case: see test/cases/_seed-tables/builders.ts (measurement, "fires").
import type * as ExcelJSNs from "exceljs";
import { measurement } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return measurement(ExcelJS, "fires");
}
