import { unmappedRecap } from "../forms";
// settings.json carries the planner's mapping of the sheet (headers no recognition understands).
export default (ExcelJS: typeof import("exceljs")) => unmappedRecap(ExcelJS);
