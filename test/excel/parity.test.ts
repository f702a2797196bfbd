// Excel and the .xlsx file must give the engine the same workbook: the sample read by the Office adapter (from the
// fake Excel, with strict loads, as Excel would hold it) equals the sample read by the .xlsx reader, cell by cell.
import * as fs from "fs";
import * as path from "path";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { areaToA1 } from "../../src/excel/a1";
import { readXlsx } from "../../src/xlsx/read";
import { StrictFakeExcel } from "../support/fake-excel";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");

test("the sample read through the Office adapter equals the sample read from the .xlsx", async () => {
  const file = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort()[0];
  const fromFile = await readXlsx(fs.readFileSync(path.join(SAMPLES, file)), { name: file });
  const xl = StrictFakeExcel.fromSnapshot(fromFile);
  const fromExcel = await new OfficeAdapter(xl.host()).readSnapshot();
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

test("a Renja list whose levels show only by indentation gives the same findings through Excel as from the file", async () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ExcelJS = require("exceljs");
  const { renjaIndent } = await import("../cases/layouts/forms");
  const fromFile = await readXlsx(new Uint8Array(await renjaIndent(ExcelJS, "parent-amount").xlsx.writeBuffer()), { name: "renja.xlsx" });
  const xl = StrictFakeExcel.fromSnapshot(fromFile);
  const fromExcel = await new OfficeAdapter(xl.host()).readSnapshot();
  expect(xl.syncs).toBe(3);
  const { validateWorkbook } = await import("../../src/core/validate");
  const key = (f: { rule: string; severity: string; sheet: string; cell: string }) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`;
  const viaExcel = validateWorkbook(fromExcel);
  expect(viaExcel.findings.map(key)).toEqual(["SAKIP-HIER-001 warning Renja 2025!F11"]);
  expect(viaExcel.coverage.sheets[0].tables[0].hierarchySource).toBe("indent");
  expect(validateWorkbook(fromFile).findings.map(key)).toEqual(viaExcel.findings.map(key));
});
