import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./range-operator";

describe("SAKIP-FORMULA-003 range-operator", () => {
  it("reads A:B:C as the whole block and proposes the list", async () => {
    const [f] = await caseFindings("range-operator-fires", CODE);
    expect(f).toMatchObject({ cell: "F4", severity: "error", actual: "=AVERAGE(F5:F10:F15)", expected: "=AVERAGE(F5,F10,F15)" });
    expect(f.difference).not.toBeNull();
  });

  it("holds for the list and for two-part ranges", async () => {
    expect(await caseFindings("range-operator-holds", CODE)).toEqual([]);
  });
});
