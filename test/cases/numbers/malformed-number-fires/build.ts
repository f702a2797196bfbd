// Golden case: see test/cases/_seed-tables/builders.ts (malformed, "fires").
import type * as ExcelJSNs from "exceljs";
import { malformed } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return malformed(ExcelJS, "fires");
}
