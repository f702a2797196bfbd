// Shared formulas as Excel saves a filled block: the reader gives every cell its own formula.
import * as ExcelJS from "exceljs";
import { readXlsx } from "./read";
import { SharedFormulas } from "./sharedFormulas";

async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Rekap"));
  const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const snap = await readXlsx(buf);
  const out: Record<string, string | undefined> = {};
  for (const c of snap.sheets[0].cells) if (c.formula) out[String.fromCharCode(65 + c.col) + (c.row + 1)] = c.formula;
  return out;
}

describe("shared formulas", () => {
  it("gives each cell of a shared block its own formula, anchors kept, quoted text untouched", async () => {
    const f = await roundTrip((ws) => {
      ws.getCell("A1").value = 1; ws.getCell("A2").value = 2; ws.getCell("B1").value = 5; ws.getCell("B2").value = 6;
      ws.getCell("A3").value = { formula: 'SUM(A1:A2)/$A$1&"A1"', result: 3 } as any;
      ws.getCell("B3").value = { sharedFormula: "A3", result: 11 } as any;
      ws.getCell("C3").value = { sharedFormula: "A3", result: 0 } as any;
    });
    expect(f).toEqual({ A3: '=SUM(A1:A2)/$A$1&"A1"', B3: '=SUM(B1:B2)/$A$1&"A1"', C3: '=SUM(C1:C2)/$A$1&"A1"' });
  });

  it("shares down a column, with sheet-qualified and mixed references", async () => {
    const f = await roundTrip((ws) => {
      for (let r = 1; r <= 4; r++) { ws.getCell(`A${r}`).value = r; ws.getCell(`B${r}`).value = r * 10; }
      ws.getCell("C1").value = { formula: "B1/A1*'Rekap'!$B$4+A$1", result: 400 } as any;
      for (let r = 2; r <= 4; r++) ws.getCell(`C${r}`).value = { sharedFormula: "C1", result: 400 } as any;
    });
    expect(f.C3).toBe("=B3/A3*Rekap!$B$4+A$1");
    expect(f.C4).toBe("=B4/A4*Rekap!$B$4+A$1");
  });

  it("a copy that would leave the grid is #REF!, as Excel shows it", () => {
    expect(new SharedFormulas().resolve("B2", "A1*2", "A1")).toBe("=#REF!");
    expect(new SharedFormulas().resolve("B2", undefined, "A1")).toBeUndefined();
  });
});
