// SAKIP-CONFLICT-001 / -002 (holds): year alignment of the Renstra with the Renja evaluation form, as two files (--gabung); see
// yearAlignment() in _relations/builders.ts.
import type * as ExcelJSNs from "exceljs";
import { yearAlignment } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return yearAlignment(ExcelJS, "holds", true);
}
