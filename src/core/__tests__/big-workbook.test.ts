// A big workbook (hundreds of PK sheets in a chain, a measurement sheet of 20.000 rows, a Renja of 10.000 coded rows)
// is written with exceljs, read back with the real reader, and validated: every table is found and exactly the planted
// errors come out. Its speed (ratio to the read, linearity) is measured by bench/, not asserted here.
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../xlsx/read";
import { validateWorkbook } from "../validate";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { bigWorkbook } from "../../../test/support/perfgen";

async function toXlsx(wb: WorkbookSnapshot): Promise<Uint8Array> {
  const x = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = x.addWorksheet(s.name);
    for (const c of s.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      cell.value = c.value as never;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }
  }
  return new Uint8Array(await x.xlsx.writeBuffer());
}

test("a big workbook: every table recognised, exactly the planted errors found", async () => {
  const snap = bigWorkbook(1);
  const bytes = await toXlsx(snap);
  const read = await readXlsx(bytes, { name: "big.xlsx" });
  const res = validateWorkbook(read);
  const cells = read.sheets.reduce((a, s) => a + s.cells.length, 0);
  // eslint-disable-next-line no-console
  console.log(`big workbook: ${read.sheets.length} sheets, ${cells} cells, ${res.tableCount} tables, ${res.findings.length} findings`);
  expect(res.tableCount).toBeGreaterThanOrEqual(300 * 2 + 2);
  // The Renja's last sub kegiatan of each kegiatan is off by 100.000: one HIER-001 per kegiatan (1.000), nothing else of ours.
  expect(res.findings.filter((f) => f.rule === "SAKIP-HIER-001").length).toBe(1000);
  expect(res.findings.filter((f) => f.rule === "SAKIP-TOTAL-001")).toEqual([]);
}, 240000);
