import { rule as efisiensi } from "./efisiensi";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

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
