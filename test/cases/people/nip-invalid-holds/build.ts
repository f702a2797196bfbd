// Golden case: see test/cases/_seed-tables/builders.ts (nipInvalid, "holds").
import type * as ExcelJSNs from "exceljs";
import { nipInvalid } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipInvalid(ExcelJS, "holds");
}
