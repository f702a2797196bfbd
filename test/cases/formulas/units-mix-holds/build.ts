// Units that may meet: realisation over ceiling (Rp / Rp), capaian averaged over rate indicators (%), the gap
// between target and realisation of one indicator (K - K) and the remaining budget (Rp - Rp).
import type * as ExcelJSNs from "exceljs";
import { num, renjaCase } from "../../_formulas/renja";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return renjaCase(ExcelJS, (c) => {
    c.set("C6", "Jumlah dokumen perencanaan yang tersusun (selisih target dihitung di keterangan)");
    c.set("J2", "Sisa Anggaran (Rp)");
    c.set("J3", "(10)");
    for (const r of [6, 7, 8, 9, 11, 12, 13, 14, 16, 17]) c.set(`J${r}`, { formula: `G${r}-H${r}`, result: num(c, `G${r}`) - num(c, `H${r}`) });
  });
}
