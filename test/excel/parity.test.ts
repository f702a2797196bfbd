// Excel and the .xlsx file must give the engine the same workbook: the sample read by the Office adapter (through
// office-addin-mock, as Excel would hold it) equals the sample read by the .xlsx reader, cell by cell.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import * as fs from "fs";
import * as path from "path";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { areaToA1 } from "../../src/excel/a1";
import { readXlsx } from "../../src/xlsx/read";
import { FakeSheet, fakeExcel, key } from "./fake-excel";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");

test("the sample read through the Office adapter equals the sample read from the .xlsx", async () => {
  const file = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort()[0];
  const fromFile = await readXlsx(fs.readFileSync(path.join(SAMPLES, file)), { name: file });
  const sheets: FakeSheet[] = fromFile.sheets.map((s) => {
    const cells = new Map();
    for (const c of s.cells) {
      const valueType = c.type === "number" || c.type === "date" ? "Double" : c.type === "boolean" ? "Boolean" : c.type === "error" ? "Error" : "String";
      const value = c.type === "date" ? Date.parse(String(c.value).length === 10 ? `${c.value}T00:00:00Z` : String(c.value)) / 86400000 + 25569 : c.value;
      cells.set(key(c.row, c.col), { value, valueType, numberFormat: c.numberFormat, formula: c.formula });
    }
    const visibility = s.visibility === "hidden" ? "Hidden" : s.visibility === "veryHidden" ? "VeryHidden" : "Visible";
    return { name: s.name, visibility, cells, merges: s.merges.map(areaToA1) } as FakeSheet;
  });
  const xl = fakeExcel(sheets);
  const fromExcel = await new OfficeAdapter(xl.host).readSnapshot();
  expect(xl.syncs).toBe(3);
  const diffs: string[] = [];
  fromFile.sheets.forEach((s, i) => {
    const e = fromExcel.sheets[i];
    const byPos = new Map(e.cells.map((c) => [`${c.row},${c.col}`, c]));
    for (const c of s.cells) {
      const d = byPos.get(`${c.row},${c.col}`);
      if (JSON.stringify(d) !== JSON.stringify(c)) diffs.push(`${s.name}!${areaToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col })}: file ${JSON.stringify(c)} excel ${JSON.stringify(d)}`);
    }
    if (e.cells.length !== s.cells.length) diffs.push(`${s.name}: ${s.cells.length} cells in the file, ${e.cells.length} via Excel`);
  });
  expect(diffs.slice(0, 10)).toEqual([]);
  expect(fromExcel.sheets.map((s) => [s.name, s.visibility, s.rowCount, s.colCount, s.merges])).toEqual(
    fromFile.sheets.map((s) => [s.name, s.visibility, s.rowCount, s.colCount, s.merges]),
  );
});
