import { rule as total } from "./merit-total";
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
