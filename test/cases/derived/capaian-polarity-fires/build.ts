// Golden case: see test/cases/_seed-tables/builders.ts (polarity, "fires").
import type * as ExcelJSNs from "exceljs";
import { polarity } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return polarity(ExcelJS, "fires");
}
