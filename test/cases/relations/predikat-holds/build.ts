// Golden case: see test/cases/_relations/builders.ts (predikatCase, "holds").
import type * as ExcelJSNs from "exceljs";
import { predikatCase } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return predikatCase(ExcelJS, "holds");
}
