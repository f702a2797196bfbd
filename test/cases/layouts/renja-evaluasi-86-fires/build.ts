import { renjaEvaluasi86 } from "../forms";
// R11 (Realisasi Triwulan III, Rp, of the kegiatan) typed as text "150.000.000": SUM skips it.
export default (ExcelJS: typeof import("exceljs")) => renjaEvaluasi86(ExcelJS, "text-amount");
