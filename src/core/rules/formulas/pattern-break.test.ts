import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./pattern-break";

describe("SAKIP-FORMULA-001 pattern-break", () => {
  it("names the formula, the R1C1 pattern, a cell that follows it, the expected formula and the value it gives", async () => {
    const [f8, f13] = await caseFindings("pattern-break-fires", CODE);
    expect(f8).toMatchObject({ cell: "F8", severity: "error", actual: "=D8/E8", expected: "=E8/D8" });
    expect(f8.message).toContain("RC[-1]/RC[-2]");
    expect(f8.message).toContain("133,33%");
    expect(f8.message).toContain("75,00%");
    expect(f8.difference).toBeCloseTo(0.75 - 4 / 3, 5);
    expect(f8.related.map((r) => r.cell)).toEqual(["F6", "F7", "F9", "F11", "F12", "F14", "F16", "F17"]);
    expect(f13).toMatchObject({ cell: "F13", severity: "warning", difference: null });
    expect(f13.messageEn).toContain("same today");
  });

  it("holds for other levels, second patterns and $ that means the same", async () => {
    expect(await caseFindings("pattern-break-holds", CODE)).toEqual([]);
  });
});
