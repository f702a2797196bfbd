import { rule as nrr } from "./nrr";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const H = ["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM"];
const roles: any = ["no", "unsur", "jumlah_nilai", "nrr"];
const seed = (last: number, lastNrr: string) => [
  [1, "Persyaratan", 1219, "3,34"],
  [2, "Sistem, Mekanisme dan Prosedur", 1215, "3,33"],
  [3, "Waktu Penyelesaian", 1133, "3,10"],
  [4, "Biaya/ Tarif", 1292, "3,54"],
  [5, "Produk Spesifikasi Jenis Pelayanan", 1159, "3,18"],
  [6, "Kompetensi Pelaksana", 1172, "3,21"],
  [7, "Perilaku Pelaksana", 1177, "3,22"],
  [8, "Penanganan Pengaduan, Saran dan Masukan", 1161, "3,18"],
  [9, "Sarana dan Prasarana.", last, lastNrr],
];
function ctx(rows: any[][], kinds: Record<number, any> = {}, r = roles, head = H) {
  return ctxOf([sheetOf("SKM", [head, ...rows])], [tableOf("SKM", "skm", 0, r, rows.length, kinds)]);
}

describe("SAKIP-NRR-001", () => {
  test("holds when every NRR is total / 365 (respondents inferred)", () => {
    expect(run(nrr, ctx(seed(1350, "3,70")))).toEqual([]);
  });
  test("fires on an NRR that does not fit its total: 1360 / 365 = 3,73, not 3,70", () => {
    const f = run(nrr, ctx(seed(1360, "3,70")));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].expected, f[0].actual, f[0].params.responden]).toEqual(["D10", "3,73", "3,70", "365"]);
  });
  test("the seed's Tabel 3.4: 1360 where NRR 3,70 and total 10878 both point to 1350: one finding, on the value", () => {
    const f = run(nrr, ctx([...seed(1360, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null]]));
    expect(f.map((x) => [x.cell, x.variant, x.expected, x.actual])).toEqual([["C10", "nilai", "1350", "1360"]]);
    expect(f[0].related).toEqual([{ sheet: "SKM", cell: "D10" }, { sheet: "SKM", cell: "C11" }]);
  });
  test("a wrong grand total alone", () => {
    const f = run(nrr, ctx([...seed(1350, "3,70"), [null, "Total Nilai Unsur SKM", 10888, null]]));
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["C11", "total", "10878"]]);
    expect(run(nrr, ctx([...seed(1350, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null]]))).toEqual([]);
  });
  test("respondent column wins over inference; NRR tertimbang checked", () => {
    const h = ["No", "Unsur", "Jumlah Nilai", "Responden", "NRR", "NRR Tertimbang"];
    const r: any = ["no", "unsur", "jumlah_nilai", "responden", "nrr", "nrr_tertimbang"];
    const rows = [
      [1, "U1", 300, 100, "3,00", "1,00"],
      [2, "U2", 330, 100, "3,30", "1,10"],
      [3, "U3", 360, 100, "3,50", "1,20"],
    ];
    const f = run(nrr, ctx(rows, {}, r, h));
    expect(f.map((x) => [x.cell, x.variant ?? "default", x.expected]).sort()).toEqual([["E4", "default", "3,60"], ["F4", "tertimbang", "1,17"]]);
  });
});

describe("raw answers with JUMLAH / NRR / NRR tertimbang / IKM rows under them", () => {
  const h = ["No", "Nama", "U1", "U2", "U3", "U4"];
  const r: any = ["no", "nama", "jawaban", "jawaban", "jawaban", "jawaban"];
  const answers = [[4, 3, 3, 4], [3, 3, 3, 4], [3, 4, 2, 4], [4, 3, 3, 3]];
  const build = (jumlah: any[], nrrRow: any[], tert: any[], ikmV: string, mutu: string) => {
    const rows: any[][] = answers.map((a, i) => [i + 1, `R${i + 1}`, ...a]);
    rows.push([null, "Jumlah Nilai", ...jumlah], [null, "NRR", ...nrrRow], [null, "NRR Tertimbang", ...tert], [null, "IKM", ikmV], [null, "Mutu Pelayanan", mutu]);
    return ctxOf([sheetOf("Olah", [h, ...rows])], [tableOf("Olah", "skm", 0, r, rows.length)]);
  };
  const good = () => build([14, 13, 11, 15], ["3,50", "3,25", "2,75", "3,75"], ["0,875", "0,8125", "0,6875", "0,9375"], "82,81", "B");
  const bad = () => build([14, 13, 12, 15], ["3,50", "3,35", "2,75", "3,75"], ["0,875", "0,8125", "0,6875", "0,95"], "85,13", "A");
  test("holds when every row recomputes", () => {
    expect(run(nrr, good())).toEqual([]);
  });
  test("fires on a wrong jumlah, NRR and tertimbang", () => {
    expect(run(nrr, bad()).map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["D7", "default", "3,25"], ["E6", "jumlah", "11"], ["F8", "tertimbang", "0,94"]]);
  });
});
