// The engine must stay well within 2x the time of opening the .xlsx: a big workbook (hundreds of PK sheets in a
// chain, a measurement sheet of 20.000 rows, a Renja of 10.000 coded rows) is written with exceljs, read back with
// the real reader, and validated. Also checks that the work grows linearly (doubling the rows < 3x the time).
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../xlsx/read";
import { validateWorkbook } from "../validate";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { bigWorkbook } from "./perfgen";

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

test("validating a big workbook takes well under 2x the time of reading its .xlsx, and grows linearly", async () => {
  const snap = bigWorkbook(1);
  const bytes = await toXlsx(snap);
  let t = Date.now();
  const read = await readXlsx(bytes, { name: "big.xlsx" });
  const readMs = Date.now() - t;
  t = Date.now();
  const res = validateWorkbook(read);
  const validateMs = Date.now() - t;
  const cells = read.sheets.reduce((a, s) => a + s.cells.length, 0);
  // eslint-disable-next-line no-console
  console.log(`big workbook: ${read.sheets.length} sheets, ${cells} cells, ${res.tableCount} tables; read ${readMs} ms, validate ${validateMs} ms, ${res.findings.length} findings`);
  expect(res.tableCount).toBeGreaterThanOrEqual(300 * 2 + 2);
  // The Renja's last sub kegiatan of each kegiatan is off by 100.000: one HIER-001 per kegiatan (1.000), nothing else of ours.
  expect(res.findings.filter((f) => f.rule === "SAKIP-HIER-001").length).toBe(1000);
  expect(res.findings.filter((f) => f.rule === "SAKIP-TOTAL-001")).toEqual([]);
  expect(validateMs).toBeLessThan(2 * readMs);

  // Linear: twice the rows, well under three times the time (snapshots built directly, no file).
  const small = bigWorkbook(0.5);
  const large = bigWorkbook(1);
  validateWorkbook(small); // warm up
  t = Date.now(); validateWorkbook(small); const a = Date.now() - t;
  t = Date.now(); validateWorkbook(large); const b = Date.now() - t;
  // eslint-disable-next-line no-console
  console.log(`linearity: half ${a} ms, full ${b} ms`);
  expect(b).toBeLessThan(3 * Math.max(a, 50));
}, 240000);
