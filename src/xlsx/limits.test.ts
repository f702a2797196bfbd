import * as zlib from "zlib";
import * as ExcelJS from "exceljs";
import { countCellElements, countCellsAndRows, countRowElements, estimateCells, listZipEntries, MAX_CELLS } from "./limits";
import { readXlsx, WorkbookReadError } from "./read";

const inflateRaw = (d: Uint8Array) => zlib.inflateRawSync(d);

async function workbook(rows: number, cols: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.columns = [{ width: 10 }];
  for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: cols }, (_, c) => r * c));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("size guard", () => {
  it("lists the zip's entries and counts cells exactly with an inflater", async () => {
    const bytes = await workbook(30, 7);
    const names = listZipEntries(bytes)!.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    expect(estimateCells(bytes, inflateRaw)).toEqual({ cells: 210, exact: true, hasWorkbook: true });
    // No inflater needed any more: the reader inflates with its own bounded inflater (same count in the browser).
    expect(estimateCells(bytes)).toEqual({ cells: 210, exact: true, hasWorkbook: true });
  });

  it("counts <c> elements, not <col> or <cfRule>", () => {
    const xml = new TextEncoder().encode('<cols><col min="1"/></cols><row><c r="A1"><v>1</v></c><c r="B1" s="2"/><c/></row><cfRule type="x"/>');
    expect(countCellElements(xml)).toBe(3);
    // Any XML whitespace may follow the name: a newline, a tab, a carriage return.
    expect(countCellElements(new TextEncoder().encode('<c\nr="A1"/><c\tr="B1"/><c\r\nr="C1"/><cx/>'))).toBe(3);
  });

  it("counts cells and rows in one pass as the two counts do", () => {
    for (const text of ['<sheetData><row r="1"><c r="A1"/><c/></row><row/><rows/><rowx><c\n/></sheetData><row', '<row>', "<c", '<row r="2"><cfRule/><col/><c>']) {
      const xml = new TextEncoder().encode(text);
      expect(countCellsAndRows(xml)).toEqual({ cells: countCellElements(xml), rows: countRowElements(xml) });
    }
  });

  it("refuses a workbook above the limit with an Indonesian message, before exceljs opens it", async () => {
    const bytes = await workbook(200, 10);
    const err = await readXlsx(bytes, { name: "besar.xlsx", maxCells: 1000, inflateRaw }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.message).toBe('Berkas "besar.xlsx" terlalu besar untuk divalidasi (2.000 sel, batas 1.000). Pisahkan lembar kerjanya ke beberapa berkas.');
    await expect(readXlsx(bytes, { maxCells: 0 })).resolves.toBeDefined();
    expect(MAX_CELLS).toBe(1_500_000);
  });

  it("refuses a zip that holds no workbook", async () => {
    const JSZip = require("jszip");
    const zip = new JSZip();
    zip.file("catatan.txt", "bukan buku kerja");
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    await expect(readXlsx(bytes, { name: "arsip.xlsx" })).rejects.toThrow(/arsip zip, tetapi bukan buku kerja \.xlsx/);
  });
});
