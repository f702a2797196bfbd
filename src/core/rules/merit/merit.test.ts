import { rule as total } from "./total";
import { rule as kategori } from "./kategori";
import { rule as weights } from "./weights";
import { rule as aspectMax } from "./aspectMax";
import { kategoriOf, readKategori, aspectIndex } from "./common";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const seedAspects = [
  [1, "Perencanaan Kebutuhan", 40],
  [2, "Pengadaan", 36],
  [3, "Pengembangan Karir", "57,5"],
  [4, "Promosi dan Mutasi", 20],
  [5, "Manajemen Kinerja", "62,5"],
  [6, "Penggajian, Penghargaan dan Disiplin", 35],
  [7, "Perlindungan dan Pelayanan", 10],
  [8, "Sistem Informasi", 17],
];
const H = ["No", "Aspek", "Nilai"];
const R: any = ["no", "aspek", "nilai"];
function ctx(rows: any[][], kinds: Record<number, any> = {}, settings = {}, h = H, r = R) {
  return ctxOf([sheetOf("Merit", [h, ...rows])], [tableOf("Merit", "merit", 0, r, rows.length, kinds)], settings);
}
const seedTable = [...seedAspects, [null, "Nilai Total", 278], [null, "Kategori", "III (Baik)"], [null, "Indeks", "0,68"]];

describe("merit helpers", () => {
  test("categories and aspect names", () => {
    expect(kategoriOf(278)).toEqual({ roman: "III", kata: "Baik" });
    expect(kategoriOf(174.5).roman).toBe("I");
    expect(readKategori("III (Baik)")).toEqual(["III"]);
    expect(readKategori("Kurang")).toEqual(["I", "II"]);
    expect(seedAspects.map((a) => aspectIndex(String(a[1])))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

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
  test("figures typed under the table in the Bobot column are not weights (earlier sample layout)", () => {
    const h = ["No", "Aspek", "Bobot", "Nilai"];
    const r: any = ["no", "aspek", "bobot", "nilai"];
    const w = [10, 10, 30, 10, 20, 10, 4, 6];
    const rows = [...seedAspects.map((a, i) => [a[0], a[1], w[i], a[2]]), [null, "Nilai Total", null, 278], [null, "Target", 260, null], [null, "Capaian", "106,92%", null]];
    expect(run(weights, ctx(rows, {}, {}, h, r))).toEqual([]);
  });
  test("a KATEGORI column grading each aspect is not the score's category", () => {
    const h = ["No", "Aspek", "Nilai", "Kategori"];
    const r: any = ["no", "aspek", "nilai", "kategori"];
    const rows = [...seedAspects.map((a) => [...a, "Sangat Baik"]), [null, "Nilai Total", 278, "III (Baik)"]];
    expect(run(kategori, ctx(rows, {}, {}, h, r))).toEqual([]);
  });
  test("aspect grades on a 0-100 scale are not weighted values (no preset maximum)", () => {
    const rows = seedAspects.map((a) => [a[0], a[1], 85]);
    expect(run(aspectMax, ctx(rows))).toEqual([]);
  });
});
