// The program's capaian should average its three kegiatan, F5, F10 and F15; a colon typed for a comma makes it
// AVERAGE(F5:F10:F15), which Excel reads as the whole block F5:F15 (kegiatan and sub kegiatan together).
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    const vals: number[] = [];
    for (let r = 5; r <= 15; r++) {
      const v = c.get(`F${r}`);
      if (v && typeof v === "object" && typeof v.result === "number") vals.push(v.result);
    }
    c.set("F4", { formula: "AVERAGE(F5:F10:F15)", result: vals.reduce((a, b) => a + b, 0) / vals.length });
  });
}
