// Golden case: see test/cases/_seed-tables/builders.ts (share, "fires").
import type * as ExcelJSNs from "exceljs";
import { share } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return share(ExcelJS, "fires");
}
