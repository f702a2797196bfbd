import { rule } from "./amount-conflict";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";

const budget = (name: string, rows: FixtureValue[][]) => sheetFromRows(name, [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ...rows]);
const A = "Penyusunan Dokumen Perencanaan Perangkat Daerah";
const B = "Evaluasi Kinerja Perangkat Daerah";

describe("SAKIP-CONFLICT-001", () => {
  test("the same item with another amount on one sheet: the amount most sheets agree on is the reference", () => {
    const wb = workbook("w",
      budget("Renja", [["1", A, 10000000], ["2", B, 15000000]]),
      budget("PK", [["1", A, 10000000], ["2", B, 15000000]]),
      budget("Pengukuran", [["1", A, 12000000], ["2", B, 15000000]]));
    const f = run(rule, recognizedCtx(wb));
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.difference])).toEqual([["Pengukuran", "C2", "Rp 10.000.000", -2000000]]);
    expect(f[0].related?.map((r) => `${r.sheet}!${r.cell}`)).toEqual(expect.arrayContaining(["Renja!C2", "PK!C2"]));
  });
  test("holds when every sheet agrees, and names are compared after normalising", () => {
    const wb = workbook("w", budget("Renja", [["1", A, 10000000]]), budget("PK", [["1.", A.toUpperCase() + " ", 10000000]]));
    expect(run(rule, recognizedCtx(wb))).toEqual([]);
  });
  test("a sheet listing the item twice with different amounts is left out", () => {
    const wb = workbook("w", budget("Renja", [["1", A, 10000000], ["2", A, 5000000]]), budget("PK", [["1", A, 12000000]]));
    expect(run(rule, recognizedCtx(wb))).toEqual([]);
  });
});
