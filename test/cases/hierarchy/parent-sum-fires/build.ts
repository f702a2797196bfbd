// SAKIP-HIER-001 fires inside one table: a Kegiatan whose amount is not the sum of its Sub Kegiatan,
// with the hierarchy from codes (sheet "Renja") and from "Program / Kegiatan / Sub Kegiatan" labels (sheet "RKT").
import type * as ExcelJSNs from "exceljs";
import { renjaAndRkt } from "../../_pk-sheets/levels";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaAndRkt(ExcelJS, "fires");
}
