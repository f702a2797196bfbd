// Golden case: see test/cases/_relations/builders.ts (versions, "holds").
import type * as ExcelJSNs from "exceljs";
import { versions } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return versions(ExcelJS, "holds");
}
