import { rule as total } from "./merit-total";
import { run } from "../../../../test/support/rulekit";
import { meritSeedTable as seedTable, meritCtx as ctx } from "../../../../test/support/seed-tables";

describe("SAKIP-MERIT-001", () => {
  test("holds on the seed: 40 + 36 + 57,5 + 20 + 62,5 + 35 + 10 + 17 = 278", () => {
    expect(run(total, ctx(seedTable, { 9: "total" }))).toEqual([]);
  });
  test("fires on a wrong total, with the aspects as related cells", () => {
    const rows = seedTable.map((r) => [...r]);
    rows[8][2] = 268;
    const f = run(total, ctx(rows));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].expected, f[0].actual]).toEqual(["C10", "278", "268"]);
    expect(f[0].related).toHaveLength(8);
  });
  test("fires on an aspect nilai that is not bobot x skor", () => {
    const h = ["No", "Aspek", "Bobot", "Skor", "Nilai"];
    const r: any = ["no", "aspek", "bobot", "skor", "nilai"];
    const rows = [[1, "Perencanaan Kebutuhan", "10%", 4, 40], [2, "Pengadaan", 10, "3,6", 36], [3, "Pengembangan Karier", 30, 2, 50]];
    const f = run(total, ctx(rows, {}, {}, h, r));
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["E4", "aspek", "60"]]);
  });
});
