// Golden case: see test/cases/_seed-tables/builders.ts (merit, "fires").
import type * as ExcelJSNs from "exceljs";
import { merit } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return merit(ExcelJS, "fires", { withBobot: true, wrongBobot: true });
}
