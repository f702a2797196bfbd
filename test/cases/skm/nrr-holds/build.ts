// Golden case: see test/cases/_seed-tables/builders.ts (skmTotals, "holds").
import type * as ExcelJSNs from "exceljs";
import { skmTotals } from "../../_seed-tables/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return skmTotals(ExcelJS, "holds", { wrongNrr: true });
}
