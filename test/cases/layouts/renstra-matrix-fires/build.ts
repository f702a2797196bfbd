import { renstraMatrix } from "../forms";
// The JUMLAH of the 2027 pagu (K12) is 100 juta more than its two programs.
export default (ExcelJS: typeof import("exceljs")) => renstraMatrix(ExcelJS, "jumlah");
