import { rule as share } from "./share";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

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
