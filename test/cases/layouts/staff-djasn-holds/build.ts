import { staffDjasn } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => staffDjasn(ExcelJS);
