// An error value outside any recognised table (a scratch sheet of the planner) and a guarded division
// (IFERROR) that shows 0 for a target still empty.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = renjaCase(ExcelJS, (c) => {
    c.set("D7", 0);
    c.set("E7", 0);
    c.set("F7", { formula: "IFERROR(E7/D7,0)", result: 0 });
    c.set("F5", { formula: "AVERAGE(F6:F9)", result: (1 + 0 + 0.75 + 1) / 4 });
  });
  const ws = wb.addWorksheet("Coretan");
  ws.getCell("A1").value = "Hitungan sementara";
  ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as any;
  return wb;
}
