import { rule } from "./total-sum";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";

const budget = (items: FixtureValue[][], total: FixtureValue) =>
  workbook("w", sheetFromRows("PK", [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ...items, ["JUMLAH", null, total]]));
const items: FixtureValue[][] = [["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"], ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"]];

describe("SAKIP-TOTAL-001", () => {
  test("a JUMLAH that is not the sum of its items fires on the total, with the items related and the difference", () => {
    const f = run(rule, recognizedCtx(budget(items, 20000000)));
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.difference, x.severity ?? "error"])).toEqual([["C4", "Rp 25.000.000", "20000000", 5000000, "error"]]);
    expect(f[0].related).toEqual([{ sheet: "PK", cell: "C2" }, { sheet: "PK", cell: "C3" }]);
  });
  test("holds when exact, and within moneyTolerance", () => {
    expect(run(rule, recognizedCtx(budget(items, 25000000)))).toEqual([]);
    expect(run(rule, recognizedCtx(budget(items, 25000000.5)))).toHaveLength(1);
    expect(run(rule, recognizedCtx(budget(items, 25000000.5), { moneyTolerance: 1 }))).toEqual([]);
  });
  test("sums rupiah with sen exactly (no float drift)", () => {
    const sen: FixtureValue[][] = [["1.", "Belanja A", 0.1], ["2.", "Belanja B", 0.2]];
    expect(run(rule, recognizedCtx(budget(sen, 0.3)))).toEqual([]);
  });
  test("a JUMLAH typed as malformed text is a warning giving the items' sum", () => {
    const f = run(rule, recognizedCtx(budget(items, "Rp 25.000,00,00")));
    expect(f.map((x) => [x.cell, x.variant, x.severity, x.expected])).toEqual([["C4", "malformed", "warning", "Rp 25.000.000"]]);
  });
  test("a malformed item counts through its likely reading, and a total wrong even so is a warning", () => {
    const f = run(rule, recognizedCtx(budget([["1.", "Belanja A", "Rp 10.000.000.00"], ["2.", "Belanja B", 15000000]], 20000000)));
    expect(f.map((x) => [x.cell, x.variant, x.severity, x.expected])).toEqual([["C4", "likely", "warning", "Rp 25.000.000"]]);
  });
  test("a column written in millions says its rupiah, and the rupiah tolerance counts in rupiah", () => {
    const juta = (total: FixtureValue) => workbook("w", sheetFromRows("Renja", [["NO.", "SUB KEGIATAN", "PAGU (dalam juta rupiah)", "KET."],
      ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10.5, "APBD"], ["2.", "Evaluasi Kinerja Perangkat Daerah", 15, "APBD"], ["JUMLAH", null, total]]));
    const f = run(rule, recognizedCtx(juta(25)));
    expect(f.map((x) => [x.cell, x.expected, x.difference])).toEqual([["C4", "25,50 (Rp 25.500.000)", 0.5]]);
    expect(f[0].fix?.value).toBe(25.5);
    // 0,01 juta is Rp 10.000: within a tolerance of Rp 100.000, not within Rp 1.000.
    expect(run(rule, recognizedCtx(juta(25.51), { moneyTolerance: 100000 }))).toEqual([]);
    expect(run(rule, recognizedCtx(juta(25.51), { moneyTolerance: 1000 }))).toHaveLength(1);
  });
});
