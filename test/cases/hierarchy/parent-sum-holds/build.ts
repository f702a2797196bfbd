// SAKIP-HIER-001 holds: codes and labelled levels whose parents equal the sum of their children. No finding.
import type * as ExcelJSNs from "exceljs";
import { renjaAndRkt } from "../../_pk-sheets/levels";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaAndRkt(ExcelJS, "holds");
}
