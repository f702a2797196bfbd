import { rule as weights } from "./merit-weights";
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
