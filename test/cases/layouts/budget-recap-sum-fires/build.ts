import { budgetRecapSum } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => budgetRecapSum(ExcelJS, "skip-row");
