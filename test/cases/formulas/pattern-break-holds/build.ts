// What must not be called a broken pattern: the program row adds its kegiatan rows one by one while the kegiatan
// rows SUM their sub kegiatan (levels differ by design); capaian averaged over rate indicators; references that
// differ only in "$" and mean the same; one negative-polarity indicator computed (2*target - realisation)/target.
import type * as ExcelJSNs from "exceljs";
import { renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("F7", { formula: "$E7/$D7", result: 1 });
    c.set("F11", { formula: "$E$11/$D$11", result: 1 });
    c.set("I12", { formula: "H$12/G$12", result: 14970550 / 15000000 });
    c.set("C13", "Persentase keterlambatan laporan keuangan (semakin kecil semakin baik)");
    c.set("D13", 10);
    c.set("E13", 8);
    c.set("F13", { formula: "(2*D13-E13)/D13", result: 1.2 });
  });
}
