// A sub kegiatan with target 0 makes its capaian #DIV/0!, which spreads to the kegiatan's and the program's
// average; a realisasi linked to a deleted sheet is #REF!, which spreads to the kegiatan, program and JUMLAH.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const div0 = { error: "#DIV/0!" } as const;
  const ref = { error: "#REF!" } as const;
  return renjaCase(ExcelJS, (c) => {
    c.set("D7", 0);
    c.set("F7", { formula: "E7/D7", result: div0 });
    c.set("F5", { formula: "AVERAGE(F6:F9)", result: div0 });
    c.set("F4", { formula: "AVERAGE(F5,F10,F15)", result: div0 });
    c.set("H12", { formula: "#REF!", result: ref });
    for (const a of ["I12", "H10", "I10", "H4", "I4", "H18", "I18"]) {
      const v = c.get(a);
      if (v && typeof v === "object") c.set(a, { formula: v.formula, result: ref });
    }
  });
}
