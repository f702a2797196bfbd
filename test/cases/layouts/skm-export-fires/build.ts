import { skmExport } from "../forms";
// Respondent 3 answered 5 to U5 Produk Layanan (K4): outside the 1-4 scale.
export default (ExcelJS: typeof import("exceljs")) => skmExport(ExcelJS, "answer");
