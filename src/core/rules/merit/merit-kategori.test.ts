import { rule as kategori } from "./merit-kategori";
import { kategoriOf, readKategori, aspectIndex } from "./common";
import { run } from "../../../../test/support/rulekit";
import { meritSeedAspects as seedAspects, meritSeedTable as seedTable, meritCtx as ctx } from "../../../../test/support/seed-tables";

describe("merit helpers", () => {
  test("categories and aspect names", () => {
    expect(kategoriOf(278)).toEqual({ roman: "III", kata: "Baik" });
    expect(kategoriOf(174.5).roman).toBe("I");
    expect(readKategori("III (Baik)")).toEqual(["III"]);
    expect(readKategori("Kurang")).toEqual(["I", "II"]);
    expect(seedAspects.map((a) => aspectIndex(String(a[1])))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("SAKIP-MERIT-002", () => {
  test("holds on the seed: 278 is III (Baik), index 0,68 in 0,61-0,80", () => {
    expect(run(kategori, ctx(seedTable))).toEqual([]);
  });
  test("fires on a wrong category and an index outside the band", () => {
    const rows = seedTable.map((r) => [...r]);
    rows[9][2] = "IV (Sangat Baik)";
    rows[10][2] = "0,85";
    const f = run(kategori, ctx(rows));
    expect(f.map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["C12", "indeks", "0,61-0,80"], ["C11", "default", "III (Baik)"]]);
  });
});

describe("merit: no false alarms on other layouts", () => {
  test("a KATEGORI column grading each aspect is not the score's category", () => {
    const h = ["No", "Aspek", "Nilai", "Kategori"];
    const r: any = ["no", "aspek", "nilai", "kategori"];
    const rows = [...seedAspects.map((a) => [...a, "Sangat Baik"]), [null, "Nilai Total", 278, "III (Baik)"]];
    expect(run(kategori, ctx(rows, {}, {}, h, r))).toEqual([]);
  });
});
