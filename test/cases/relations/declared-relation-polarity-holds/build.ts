// SAKIP-RELASI-001 (holds): polarity read from another sheet (Renstra targets falling year on year, an IKU POLARITAS
// column); see polarityElsewhere() in _relations/builders.ts.
import type * as ExcelJSNs from "exceljs";
import { polarityElsewhere } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return polarityElsewhere(ExcelJS, "holds");
}
