// Golden case: see test/cases/_relations/builders.ts (nipSpelling, "fires").
import type * as ExcelJSNs from "exceljs";
import { nipSpelling } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return nipSpelling(ExcelJS, "fires");
}
