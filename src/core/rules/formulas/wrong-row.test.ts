import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./wrong-row";

describe("SAKIP-FORMULA-005 wrong-row", () => {
  it("names the other row and the formula with the cell's own row", async () => {
    const [f] = await caseFindings("wrong-row-fires", CODE);
    expect(f).toMatchObject({ cell: "I12", severity: "error", actual: "=H13/G13", expected: "=H12/G12" });
    expect(f.message).toContain("baris 13");
    expect(f.related).toHaveLength(9);
  });

  it("holds for a share every row anchors to the program row", async () => {
    expect(await caseFindings("wrong-row-holds", CODE)).toEqual([]);
  });
});
