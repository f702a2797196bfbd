// Golden case: see test/cases/_relations/builders.ts (declaredRelation, "holds").
import type * as ExcelJSNs from "exceljs";
import { declaredRelation } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return declaredRelation(ExcelJS, "holds");
}
