import { rule as ikm, mutuOf, readMutu } from "./ikm";
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

describe("SAKIP-IKM-001", () => {
  test("mutu bands", () => {
    expect(mutuOf(82.79)?.huruf).toBe("B");
    expect(mutuOf(88.305)?.huruf).toBe("A");
    expect(mutuOf(65)?.huruf).toBe("C");
    expect(readMutu("B (Baik)")).toBe("B");
    expect(readMutu("Sangat Baik")).toBe("A");
  });
  test("holds on the seed: total 10878 over 365 x 9 x 25 = 82,79, mutu B", () => {
    const rows = [...seed(1360, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null], [null, "IKM", "82,79", null], [null, "Mutu Pelayanan", "B (Baik)", null]];
    expect(run(ikm, ctx(rows, { 10: "total" }))).toEqual([]);
  });
  test("fires on a wrong IKM and a wrong mutu", () => {
    const rows = [...seed(1350, "3,70"), [null, "Nilai IKM", "84,79", null], [null, "Mutu Pelayanan", "A", null]];
    const f = run(ikm, ctx(rows));
    expect(f.map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["C11", "default", "82,79"], ["C12", "mutu", "B (Baik)"]]);
  });
});

describe("SAKIP-IKM-001 layouts", () => {
  test("a per-unsur IKM column (NRR x 25) is not the overall IKM", () => {
    const h = ["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM", "IKM Unsur"];
    const r: any = ["no", "unsur", "jumlah_nilai", "nrr", "ikm"];
    const rows = seed(1350, "3,70").map((x) => [...x, (Number(String(x[3]).replace(",", ".")) * 25).toFixed(2).replace(".", ",")]);
    rows.push([null, "IKM", null, null, "82,79"] as any);
    expect(run(ikm, ctx(rows, {}, r, h))).toEqual([]);
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
    expect(run(ikm, good())).toEqual([]);
  });
  test("fires on a wrong IKM and mutu", () => {
    expect(run(ikm, bad()).map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["C9", "default", "82,81"], ["C10", "mutu", "B (Baik)"]]);
  });
});
