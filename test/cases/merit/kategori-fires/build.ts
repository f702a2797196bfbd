// Golden case: see test/cases/_rules/builders.ts (merit, "fires").
import type * as ExcelJSNs from "exceljs";
import { merit } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return merit(ExcelJS, "fires", { wrongKategori: true });
}
