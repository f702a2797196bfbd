import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./typed-over";

describe("SAKIP-FORMULA-006 typed-over", () => {
  it("gives the formula to put back, error when it changes the figure, warning when it does not today", async () => {
    const found = await caseFindings("typed-over-fires", CODE);
    expect(found.map((f) => [f.cell, f.severity, f.actual, f.expected])).toEqual([
      ["F8", "warning", "75,00%", "=E8/D8"],
      ["I13", "error", "100,00%", "=H13/G13"],
    ]);
    expect(found[1].difference).toBeCloseTo(9962900 / 10000000 - 1, 6);
  });

  it("holds for a constant in the program (heading) row", async () => {
    expect(await caseFindings("typed-over-holds", CODE)).toEqual([]);
  });
});
