import { renstraMatrix } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => renstraMatrix(ExcelJS);
