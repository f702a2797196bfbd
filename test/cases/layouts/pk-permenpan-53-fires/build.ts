import { pkPermenpan53 } from "../forms";
export default (ExcelJS: typeof import("exceljs")) => pkPermenpan53(ExcelJS, "nip");
