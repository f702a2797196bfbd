// SAKIP-RELASI-001 (fires): polarity read from another sheet (Renstra targets falling year on year, an IKU POLARITAS
// column); see polarityElsewhere() in _relations/builders.ts.
import type * as ExcelJSNs from "exceljs";
import { polarityElsewhere } from "../../_relations/builders";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return polarityElsewhere(ExcelJS, "fires");
}
