import { rule as sisa } from "./sisa";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

describe("SAKIP-SISA-001", () => {
  const H = ["NO", "URAIAN", "PLAFON ANGGARAN", "REALISASI", "SISA ANGGARAN", "%"];
  const roles: any = ["no", "uraian", "pagu", "realisasi_anggaran", "sisa", null];
  const go = (rows: any[][]) => run(sisa, ctxOf([sheetOf("T317", [H, ...rows])], [tableOf("T317", "measurement", 0, roles, rows.length)]));

  test("holds on the seed's Tabel 3.17", () => {
    expect(go([
      [1, "Program Penunjang", "6.241.465.000,00", "6.086.801.563,36", "154.663.436,64", "2,48%"],
      [2, "Program Kepegawaian Daerah", "1.672.255.000,00", "1.155.135.117,00", "517.119.883,00", "30,92%"],
      [3, "Program Pengembangan SDM", "3.178.587.200,00", "3.169.799.200,00", "8.788.000,00", "0,28%"],
    ])).toEqual([]);
  });

  test("fires on a wrong amount and on a wrong percent, once each", () => {
    const f = go([
      [1, "Program Penunjang", "6.241.465.000,00", "6.086.801.563,36", "154.663.436,00", "2,48%"],
      [2, "Program Kepegawaian Daerah", 1672255000, 1155135117, 517119883, "31,92%"],
    ]);
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["E2", "default", "154.663.436,64"], ["F3", "persen", "30,92%"]]);
    expect(f[0].difference).toBeCloseTo(0.64, 2);
  });

  test("moneyTolerance", () => {
    const rows = [[1, "P", 1000000, 400000, 600100, "60%"]];
    const s = sheetOf("T", [H, ...rows]);
    const t = tableOf("T", "measurement", 0, roles, 1);
    expect(run(sisa, ctxOf([s], [t])).length).toBe(1);
    expect(run(sisa, ctxOf([s], [t], { moneyTolerance: 100 })).length).toBe(0);
  });
});
