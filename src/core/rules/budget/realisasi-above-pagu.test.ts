import { rule } from "./realisasi-above-pagu";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook } from "../../../../test/support/fixtures";

const table = (pagu: number, realisasi: number) =>
  workbook("w", sheetFromRows("Realisasi", [["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"], ["1", "Pemberian Penghargaan bagi ASN", pagu, realisasi]]));

describe("SAKIP-BUDGET-001", () => {
  test("realisasi above its pagu fires on the realisasi, with the pagu related", () => {
    const f = run(rule, recognizedCtx(table(20000000, 1992096000)));
    expect(f.map((x) => [x.cell, x.expected, x.difference])).toEqual([["D2", "≤ Rp 20.000.000", -1972096000]]);
    expect(f[0].related).toEqual([{ sheet: "Realisasi", cell: "C2" }]);
  });
  test("holds at or under the pagu, and within moneyTolerance", () => {
    expect(run(rule, recognizedCtx(table(20000000, 20000000)))).toEqual([]);
    expect(run(rule, recognizedCtx(table(20000000, 19900750)))).toEqual([]);
    expect(run(rule, recognizedCtx(table(20000000, 20000000.5), { moneyTolerance: 1 }))).toEqual([]);
  });
});
