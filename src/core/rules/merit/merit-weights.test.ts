import { rule as weights } from "./merit-weights";
import { run } from "../../../../test/support/rulekit";
import { meritSeedAspects as seedAspects, meritCtx as ctx } from "../../../../test/support/seed-tables";

describe("SAKIP-MERIT-003", () => {
  const h = ["No", "Aspek", "Bobot"];
  const r: any = ["no", "aspek", "bobot"];
  const w = (ws: any[]) => ws.map((x, i) => [i + 1, String(seedAspects[i][1]), x]);
  test("holds on both of the seed's weight sets", () => {
    expect(run(weights, ctx(w([10, 10, 30, 10, 20, 10, 4, 6]), {}, {}, h, r))).toEqual([]);
    expect(run(weights, ctx(w(["20%", "10%", "25%", "10%", "15%", "10%", "5%", "5%"]), {}, {}, h, r))).toEqual([]);
  });
  test("fires once when they do not add up to 100", () => {
    const f = run(weights, ctx([...w([10, 10, 30, 10, 20, 10, 4, 4]), [null, "Jumlah", 98]], { 9: "total" }, {}, h, r));
    expect(f.map((x) => [x.cell, x.actual])).toEqual([["C10", "98%"]]);
    const g = run(weights, ctx(w([10, 10, 30, 10, 20, 10, 4, 4]), {}, {}, h, r));
    expect(g.map((x) => x.cell)).toEqual(["C2:C9"]);
  });
});

describe("merit: no false alarms on other layouts", () => {
  test("figures typed under the table in the Bobot column are not weights (earlier sample layout)", () => {
    const h = ["No", "Aspek", "Bobot", "Nilai"];
    const r: any = ["no", "aspek", "bobot", "nilai"];
    const w = [10, 10, 30, 10, 20, 10, 4, 6];
    const rows = [...seedAspects.map((a, i) => [a[0], a[1], w[i], a[2]]), [null, "Nilai Total", null, 278], [null, "Target", 260, null], [null, "Capaian", "106,92%", null]];
    expect(run(weights, ctx(rows, {}, {}, h, r))).toEqual([]);
  });
});
