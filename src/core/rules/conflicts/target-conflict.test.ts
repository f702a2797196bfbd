import { rule } from "./target-conflict";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";

const indicators = (name: string, target: FixtureValue) =>
  sheetFromRows(name, [["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"], ["1.", "Meningkatnya kualitas perencanaan", "Jumlah dokumen perencanaan yang tersusun tepat waktu", target]]);

describe("SAKIP-CONFLICT-002", () => {
  test("the same indicator with another target on another sheet fires, a warning", () => {
    const f = run(rule, recognizedCtx(workbook("w", indicators("PK", "3 dokumen"), indicators("Renja", "3 dokumen"), indicators("IKU", "4 dokumen"))));
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual])).toEqual([["IKU", "D2", "3 dokumen", "4 dokumen"]]);
  });
  test("the same number with other unit words is the unit variant", () => {
    const f = run(rule, recognizedCtx(workbook("w", indicators("PK", "3 dokumen"), indicators("Renja", "3 dokumen"), indicators("IKU", "3 laporan"))));
    expect(f.map((x) => [x.sheet, x.variant])).toEqual([["IKU", "unit"]]);
  });
  test("holds when the targets agree (100% text and a 100% cell are the same target)", () => {
    expect(run(rule, recognizedCtx(workbook("w", indicators("PK", "100%"), indicators("IKU", { v: 1, fmt: "0%", text: "100%" }))))).toEqual([]);
  });
});
