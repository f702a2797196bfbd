import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./units-mix";

describe("SAKIP-FORMULA-004 units-mix", () => {
  it("names the two units from the headers", async () => {
    const [f] = await caseFindings("units-mix-fires", CODE);
    expect(f).toMatchObject({ cell: "I4", severity: "error", actual: "=F4+H4" });
    expect(f.message).toContain("kolom persen dengan kolom rupiah");
  });

  it("holds for ratios, averages of rates and sums of one unit", async () => {
    expect(await caseFindings("units-mix-holds", CODE)).toEqual([]);
  });
});
