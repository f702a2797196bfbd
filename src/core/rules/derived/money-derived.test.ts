import { rule as serapan } from "./serapan";
import { rule as sisa } from "./sisa";
import { rule as efisiensi } from "./efisiensi";
import { rule as share } from "./share";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

describe("SAKIP-SERAPAN-001", () => {
  const H = ["NO", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN", "PAGU", "REALISASI", "CAPAIAN"];
  const roles: any = ["no", "indikator", "target", "realisasi", "capaian", "pagu", "realisasi_anggaran", "capaian_anggaran"];
  const go = (rows: any[][], rr = roles) => run(serapan, ctxOf([sheetOf("L3", [H, ...rows])], [tableOf("L3", "measurement", 0, rr, rows.length)]));

  test("holds on the seed's rows, malformed pagu read at its likely value", () => {
    expect(go([
      [1, "Indeks Sistem Merit", 260, 278, "106,92 %", "4.850.842.200", "4.324.934.317", "89,16%"],
      [2, "Persentase ASN ditempatkan", "85%", "85%", "100%", "577.255.000.00", "509.048.531", "88.18%"],
      [3, "Jumlah ASN berprestasi", "65 PNS", 65, "100%", 20000000, "19.920.960.00", "99.60%"],
      [4, "Disiplin", "4 laporan", 4, "100%", 40000000, 39999400, "99.99%"],
      [5, "x", 1, 1, "100%", 25000000, 24933801, { v: 0.99735204, f: "0.00%" }],
    ])).toEqual([]);
  });

  test("also when capaian anggaran is labelled 'capaian'", () => {
    const r = ["no", "indikator", "target", "realisasi", "capaian", "pagu", "realisasi", "capaian"];
    expect(go([[1, "x", 2, 2, "100%", 200000000, 198417660, "99,21%"]], r)).toEqual([]);
    const f = go([[1, "x", 2, 2, "100%", 200000000, 198417660, "99,34%"]], r);
    expect(f).toHaveLength(1);
  });

  test("fires on the seed's 99,34% for 198.417.660 / 200.000.000", () => {
    const f = go([[1, "Persentase ASN yang terfasilitasi", "100%", "100%", "100%", "200.000.000", "198.417.660", "99,34%"]]);
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["H2", "99,21%", "99,34%"]]);
    expect(f[0].related).toEqual([{ sheet: "L3", cell: "F2" }, { sheet: "L3", cell: "G2" }]);
  });
  test("realisasi above pagu with a plausible serapan: the realisasi is wrong, left to SAKIP-BUDGET-001", () => {
    const rows = [[2, "Jumlah dokumen diklat", "2 dokumen", 2, "100%", "1.946.107.200", "1.963.507.200", "99,97%"]];
    expect(go(rows)).toEqual([]);
    const s = sheetOf("L3", [H, ...rows]);
    const f = run(serapan, ctxOf([s], [tableOf("L3", "measurement", 0, roles, 1)], { disabledRules: ["SAKIP-BUDGET-001"] }));
    expect(f.map((x) => [x.cell, x.expected])).toEqual([["H2", "100,89%"]]);
  });
});

describe("SAKIP-SISA-001", () => {
  const H = ["NO", "URAIAN", "PLAFON ANGGARAN", "REALISASI", "SISA ANGGARAN", "%"];
  const roles: any = ["no", "uraian", "pagu", "realisasi_anggaran", "sisa", null];
  const go = (rows: any[][]) => run(sisa, ctxOf([sheetOf("T317", [H, ...rows])], [tableOf("T317", "measurement", 0, roles, rows.length)]));

  test("holds on the seed's Tabel 3.17", () => {
    expect(go([
      [1, "Program Penunjang", "6.241.465.000,00", "6.086.801.563,36", "154.663.436,64", "2,48%"],
      [2, "Program Kepegawaian Daerah", "1.672.255.000,00", "1.155.135.117,00", "517.119.883,00", "30,92%"],
      [3, "Program Pengembangan SDM", "3.178.587.200,00", "3.169.799.200,00", "8.788.000,00", "0,28%"],
    ])).toEqual([]);
  });

  test("fires on a wrong amount and on a wrong percent, once each", () => {
    const f = go([
      [1, "Program Penunjang", "6.241.465.000,00", "6.086.801.563,36", "154.663.436,00", "2,48%"],
      [2, "Program Kepegawaian Daerah", 1672255000, 1155135117, 517119883, "31,92%"],
    ]);
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["E2", "default", "154.663.436,64"], ["F3", "persen", "30,92%"]]);
    expect(f[0].difference).toBeCloseTo(0.64, 2);
  });

  test("moneyTolerance", () => {
    const rows = [[1, "P", 1000000, 400000, 600100, "60%"]];
    const s = sheetOf("T", [H, ...rows]);
    const t = tableOf("T", "measurement", 0, roles, 1);
    expect(run(sisa, ctxOf([s], [t])).length).toBe(1);
    expect(run(sisa, ctxOf([s], [t], { moneyTolerance: 100 })).length).toBe(0);
  });
});

describe("SAKIP-EFISIENSI-001", () => {
  const H = ["NO", "SASARAN", "INDIKATOR", "% CAPAIAN KINERJA", "% PENYERAPAN ANGGARAN", "TINGKAT EFISIENSI"];
  const roles: any = ["no", "sasaran", "indikator", "capaian_kinerja", "serapan", "efisiensi"];
  const go = (rows: any[][]) => run(efisiensi, ctxOf([sheetOf("E", [H, ...rows])], [tableOf("E", "efficiency", 0, roles, rows.length)]));

  test("holds on the seed's Tabel 3.15 (selisih) and on other methods", () => {
    expect(go([
      [1, "S1", "Indeks Sistem Merit", "106,92%", "89,16%", "17,76%"],
      [2, "S2", "Nilai SAKIP", "N/A Data sementara LHE SAKIP Trib. II 99,13%", "97,52%", "N/A Data sementara 1,61%"],
      [3, "S3", "rasio", "106,92%", "89,16%", "119,92%"],
      [4, "S4", "sisa", "106,92%", "89,16%", "10,84%"],
    ])).toEqual([]);
  });

  test("fires with the selisih as expected", () => {
    const f = go([[1, "S1", "Indeks Sistem Merit", "106,92%", "89,16%", "17,67%"]]);
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].expected, f[0].actual]).toEqual(["F2", "17,76%", "17,67%"]);
  });
});

describe("SAKIP-SHARE-001", () => {
  const H = ["NO", "SASARAN", "INDIKATOR", "PROGRAM/KEGIATAN", "ANGGARAN (Rp.)", "%"];
  const roles: any = ["no", "sasaran", "indikator", "uraian", "anggaran", "share"];
  const go = (rows: any[][], kinds = {}) => run(share, ctxOf([sheetOf("C", [H, ...rows])], [tableOf("C", "budget", 0, roles, rows.length, kinds)]));
  const seed = [
    [1, "S1", "Indeks sistem merit", "Program Kepegawaian Daerah", "1.672.255.000", "15,08%"],
    [null, null, null, "Program Pengembangan Sumber Daya Manusia", "3.178.587.200", "28,66%"],
    [2, "S2", "Nilai SAKIP", "Program penunjang urusan pemerintahan daerah", "6.241.465.000", "56,27%"],
  ];
  test("holds on the seed's Tabel 3.13, with or without a total row", () => {
    expect(go(seed)).toEqual([]);
    expect(go([...seed, [null, null, null, "JUMLAH", "11.092.307.200", "100%"]], { 4: "total" })).toEqual([]);
  });
  test("fires on a wrong share", () => {
    const bad = seed.map((r) => [...r]);
    bad[1][5] = "26,86%";
    const f = go(bad);
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].expected]).toEqual(["F3", "28,66%"]);
  });
});
