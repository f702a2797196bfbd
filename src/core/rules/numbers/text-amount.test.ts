import { rule as textAmount } from "./text-amount";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const H = ["NO", "KEGIATAN", "ANGGARAN (Rp.)", "KET."];
const R: any = ["no", "kegiatan", "anggaran", "ket"];
function budget(rows: any[][], kinds: Record<number, any> = {}) {
  return ctxOf([sheetOf("PK", [H, ...rows])], [tableOf("PK", "budget", 0, R, rows.length, kinds)]);
}

describe("SAKIP-NUM-003", () => {
  test("fires once per column where text sits among numbers", () => {
    const f = run(textAmount, budget([
      ["1.", "A", 26000000, null],
      ["2.", "B", "674.000.000", null],
      ["3.", "C", "Rp 50.000.000,00", null],
      ["JUMLAH", null, 750000000, null],
    ], { 5: "total" }));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].params.count, f[0].expected]).toEqual(["C3", 2, "674.000.000"]);
    expect(f[0].related).toEqual([{ sheet: "PK", cell: "C4" }]);
  });
  test("holds when the whole column is text (pasted from Word) or all numbers", () => {
    expect(run(textAmount, budget([["1.", "A", "Rp 26.000.000,00", null], ["2.", "B", "Rp 674.000.000,00", null]]))).toEqual([]);
    expect(run(textAmount, budget([["1.", "A", 26000000, null], ["2.", "B", 674000000, null]]))).toEqual([]);
  });
});
