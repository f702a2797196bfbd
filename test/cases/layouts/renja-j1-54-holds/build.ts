import { renjaJ1 } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => renjaJ1(ExcelJS);
