import { rule as aspectMax } from "./merit-aspect-max";
import { run } from "../../../../test/support/rulekit";
import { meritSeedAspects as seedAspects, meritSeedTable as seedTable, meritCtx as ctx } from "../../../../test/support/seed-tables";

describe("SAKIP-MERIT-004", () => {
  test("holds on the seed with the IKU preset (the default)", () => {
    expect(run(aspectMax, ctx(seedTable))).toEqual([]);
  });
  test("fires on Manajemen Kinerja 62,5 > 4 x 15 with the narrative preset", () => {
    const f = run(aspectMax, ctx(seedTable, {}, { meritWeightPreset: "teks" }));
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["C6", "60", "62,5"]]);
  });
  test("stated bobot and skor outside 1..4", () => {
    const h = ["No", "Aspek", "Bobot", "Skor", "Nilai"];
    const r: any = ["no", "aspek", "bobot", "skor", "nilai"];
    const rows = [[1, "Perencanaan Kebutuhan", 10, 5, 50], [2, "Pengadaan", 10, 4, 44]];
    const f = run(aspectMax, ctx(rows, {}, {}, h, r));
    expect(f.map((x) => [x.cell, x.variant ?? "default"])).toEqual([["D2", "skor"], ["E3", "default"]]);
  });
});

describe("merit: no false alarms on other layouts", () => {
  test("aspect grades on a 0-100 scale are not weighted values (no preset maximum)", () => {
    const rows = seedAspects.map((a) => [a[0], a[1], 85]);
    expect(run(aspectMax, ctx(rows))).toEqual([]);
  });
});
