import { rule as serapan } from "./serapan";
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
