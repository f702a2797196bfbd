import { rule as aspectMax } from "./merit-aspect-max";
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
