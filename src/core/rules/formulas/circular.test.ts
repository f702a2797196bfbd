import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./circular";

describe("SAKIP-FORMULA-008 circular", () => {
  it("finds a self-reference and a two-cell loop, one finding per loop", async () => {
    const found = await caseFindings("circular-fires", CODE);
    expect(found.map((f) => [f.cell, f.related.map((r) => r.cell)])).toEqual([["H4", ["H18"]], ["G10", []]]);
    expect(found[0].message).toContain("lingkaran dengan H18");
  });

  it("holds for references up and down that never come back", async () => {
    expect(await caseFindings("circular-holds", CODE)).toEqual([]);
  });
});
