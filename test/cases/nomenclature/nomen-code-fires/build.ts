// Golden case: see test/cases/_relations/builders.ts (nomenclature, "fires").
import type * as ExcelJSNs from "exceljs";
import { nomenclature } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nomenclature(ExcelJS, "fires");
}
