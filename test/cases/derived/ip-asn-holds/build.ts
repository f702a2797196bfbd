// Golden case: see test/cases/_rules/builders.ts (ipAsn, "holds").
import type * as ExcelJSNs from "exceljs";
import { ipAsn } from "../../_rules/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return ipAsn(ExcelJS, "holds");
}
