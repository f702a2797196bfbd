// Golden case: see test/cases/_seed-tables/builders.ts (nipNumber, "holds").
import type * as ExcelJSNs from "exceljs";
import { nipNumber } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipNumber(ExcelJS, "holds");
}
