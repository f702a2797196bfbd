// SAKIP-HIER-001 (holds): see officials() in _hierarchy/builders.ts.
import type * as ExcelJSNs from "exceljs";
import { officials } from "../../_hierarchy/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return officials(ExcelJS, "holds");
}
