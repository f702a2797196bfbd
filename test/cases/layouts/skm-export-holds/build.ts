import { skmExport } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => skmExport(ExcelJS);
