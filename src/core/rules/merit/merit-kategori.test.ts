import { rule as kategori } from "./merit-kategori";
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
