// Golden case: see test/cases/_seed-tables/builders.ts (skmTotals, "fires").
import type * as ExcelJSNs from "exceljs";
import { skmTotals } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmTotals(ExcelJS, "fires", { wrongIkm: true });
}
