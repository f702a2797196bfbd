// Golden case: see test/cases/_seed-tables/builders.ts (textAmount, "holds").
import type * as ExcelJSNs from "exceljs";
import { textAmount } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return textAmount(ExcelJS, "holds");
}
