// Golden case: see test/cases/_seed-tables/builders.ts (ipAsn, "fires").
import type * as ExcelJSNs from "exceljs";
import { ipAsn } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return ipAsn(ExcelJS, "fires");
}
