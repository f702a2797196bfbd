import { renjaEvaluasi86 } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => renjaEvaluasi86(ExcelJS);
