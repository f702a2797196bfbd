// Golden case: see test/cases/_seed-tables/builders.ts (skmRaw, "fires").
import type * as ExcelJSNs from "exceljs";
import { skmRaw } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmRaw(ExcelJS, "fires");
}
