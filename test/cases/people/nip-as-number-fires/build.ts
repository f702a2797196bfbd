// Golden case: see test/cases/_seed-tables/builders.ts (nipNumber, "fires").
import type * as ExcelJSNs from "exceljs";
import { nipNumber } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipNumber(ExcelJS, "fires");
}
