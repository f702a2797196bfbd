// SAKIP-HIER-001 (fires): see columns() in _hierarchy/builders.ts.
import type * as ExcelJSNs from "exceljs";
import { columns } from "../../_hierarchy/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return columns(ExcelJS, "fires");
}
