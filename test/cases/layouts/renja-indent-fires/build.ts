import { renjaIndent } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => renjaIndent(ExcelJS, "parent-amount");
