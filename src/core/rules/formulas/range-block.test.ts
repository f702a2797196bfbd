import { caseFindings } from "../../../../test/cases/_formulas/run";
import { CODE } from "./range-block";

describe("SAKIP-FORMULA-002 range-block", () => {
  it("tells a skipped item, an overrun into the next block and a double count apart, with the rows and the value", async () => {
    const found = await caseFindings("range-block-fires", CODE);
    const by = Object.fromEntries(found.map((f) => [f.cell, f]));
    expect(by.G10.message).toContain("melewatkan baris 14");
    expect(by.G10.difference).toBe(15000000);
    expect(by.G10.related).toEqual([{ sheet: "Evaluasi Renja", cell: "G14" }]);
    expect(by.H5.message).toContain("di luar bloknya");
    expect(by.H5.expected).toBe("=SUM(H6:H9)");
    expect(by.H18.message).toContain("dua kali baris 4, 5, 10, 15");
    expect(by.H18.expected).toBe("=SUM(H6:H9,H11:H14,H16:H17)");
  });

  it("holds for ranges that match their blocks, absolute or as lists", async () => {
    expect(await caseFindings("range-block-holds", CODE)).toEqual([]);
  });
});
