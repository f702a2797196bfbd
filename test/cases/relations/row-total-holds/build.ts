// Golden case: see test/cases/_relations/builders.ts (rowTotal, "holds").
import type * as ExcelJSNs from "exceljs";
import { rowTotal } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return rowTotal(ExcelJS, "holds");
}
