import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./error-value";

describe("SAKIP-FORMULA-007 error-value", () => {
  it("reports an error where it starts, with every cell it reaches, not again in each", async () => {
    const found = await caseFindings("error-value-fires", CODE);
    expect(found.map((f) => f.cell)).toEqual(["F7", "H12"]);
    expect(found[0].related.map((r) => r.cell)).toEqual(["F4", "F5"]);
    expect(found[1].related.map((r) => r.cell).sort()).toEqual(["H10", "H18", "H4", "I10", "I12", "I18", "I4"]);
    expect(found[1].message).toContain("#REF!");
    expect(found[1].message).toContain("dan 2 sel lain");
  });

  it("holds for errors outside tables and guarded divisions", async () => {
    expect(await caseFindings("error-value-holds", CODE)).toEqual([]);
  });
});
