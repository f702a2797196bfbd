// Golden case: see test/cases/_relations/builders.ts (documentSet, "holds").
import type * as ExcelJSNs from "exceljs";
import { documentSet } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return documentSet(ExcelJS, "holds");
}
