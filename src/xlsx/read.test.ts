import * as ExcelJS from "exceljs";
import { readXlsx, WorkbookReadError, a1 } from "./read";
import { displayText } from "../core/workbook/displayText";

async function build(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK Kepala");
  ws.getCell("A1").value = "PERJANJIAN KINERJA";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = 278;
  ws.getCell("B2").value = 1.0692;
  ws.getCell("B2").numFmt = "0.00%";
  ws.getCell("C2").value = 4850842200;
  ws.getCell("C2").numFmt = "#,##0";
  ws.getCell("D2").value = { formula: "A2/260", result: 1.0692307 } as any;
  ws.getCell("D2").numFmt = "0.00%";
  ws.getCell("A3").value = { richText: [{ text: "Rp " }, { font: { bold: true }, text: "1.672.255.000,00" }] } as any;
  ws.getCell("B3").value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell("B3").numFmt = "dd/mm/yyyy";
  ws.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as any;
  ws.getCell("D3").value = true;
  ws.getCell("A4").value = { text: "tautan", hyperlink: "https://example.org" } as any;
  ws.getCell("B4").value = { error: "#N/A" } as any;
  ws.getCell("C4").value = "19661019 198703 1 008";
  ws.getCell("C4").numFmt = "@";
  ws.getCell("D4").value = -1234.5;
  ws.getCell("D4").numFmt = '"Rp "#,##0.00';
  const h = wb.addWorksheet("Tersembunyi", { state: "hidden" });
  h.getCell("B2").value = 1;
  wb.addWorksheet("Sangat", { state: "veryHidden" });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("reads values, types, formats, text, merges, formulas and visibility", async () => {
    const snap = await readXlsx(await build(), { name: "uji.xlsx" });
    expect(snap.name).toBe("uji.xlsx");
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["PK Kepala", "visible"],
      ["Tersembunyi", "hidden"],
      ["Sangat", "veryHidden"],
    ]);
    const s = snap.sheets[0];
    const at = (ref: string) => s.cells.find((c) => a1(c.row, c.col) === ref);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(s.rowCount).toBe(4);
    expect(s.colCount).toBe(4);
    expect(at("A1")).toMatchObject({ value: "PERJANJIAN KINERJA", type: "string", text: "PERJANJIAN KINERJA" });
    expect(at("B1")).toBeUndefined(); // merge slaves are not cells
    expect(at("B2")).toMatchObject({ value: 1.0692, type: "number", numberFormat: "0.00%", text: "106,92%" });
    expect(at("C2")).toMatchObject({ value: 4850842200, text: "4.850.842.200" });
    expect(at("D2")).toMatchObject({ formula: "=A2/260", value: 1.0692307, type: "number", text: "106,92%" });
    expect(at("A3")).toMatchObject({ value: "Rp 1.672.255.000,00", type: "string" });
    expect(at("B3")).toMatchObject({ value: "2022-12-31", type: "date", text: "31/12/2022" });
    expect(at("C3")).toMatchObject({ value: "#DIV/0!", type: "error", formula: "=1/0" });
    expect(at("D3")).toMatchObject({ value: true, type: "boolean" });
    expect(at("A4")).toMatchObject({ value: "tautan", type: "string" });
    expect(at("B4")).toMatchObject({ value: "#N/A", type: "error" });
    expect(at("C4")).toMatchObject({ value: "19661019 198703 1 008", numberFormat: "@" });
    expect(at("D4")).toMatchObject({ value: -1234.5, text: "-Rp 1.234,50" });
    // sorted by row then column
    const order = s.cells.map((c) => c.row * 1000 + c.col);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(snap.sheets[1].cells).toEqual([{ row: 1, col: 1, value: 1, type: "number", text: "1" }]);
  });

  it("accepts an ArrayBuffer as the browser passes it", async () => {
    const buf = await build();
    const ab = new Uint8Array(buf).buffer as ArrayBuffer; // a fresh ArrayBuffer, as FileReader gives the pane
    const snap = await readXlsx(ab);
    expect(snap.sheets).toHaveLength(3);
  });

  it("refuses non-zip and truncated input with an Indonesian message", async () => {
    await expect(readXlsx(Buffer.from("Nama;NIP\nA;1\n"), { name: "data.csv" })).rejects.toThrow(/bukan buku kerja \.xlsx/);
    const buf = await build();
    const cut = buf.subarray(0, Math.floor(buf.length / 2));
    const err = await readXlsx(cut, { name: "potong.xlsx" }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.message).toMatch(/tidak dapat dibaca/);
    await expect(readXlsx(new Uint8Array(0))).rejects.toThrow(/kosong/);
  });
});

describe("displayText", () => {
  it.each([
    [0.8916, "0.00%", "89,16%"],
    [1.0692, "0%", "107%"],
    [1672255000, "#,##0", "1.672.255.000"],
    [1672255000, '"Rp" #,##0.00', "Rp 1.672.255.000,00"],
    [1672255000, "[$Rp-421]#,##0", "Rp1.672.255.000"],
    [82.79, "0.00", "82,79"],
    [82.79, "General", "82,79"],
    [0, "#,##0;(#,##0);\"-\"", "-"],
    [-5, "#,##0;(#,##0)", "(5)"],
    [1 / 3, "General", "0,3333333333"],
  ])("%p with %p shows %p", (v, f, t) => {
    expect(displayText(v as number, f as string)).toBe(t);
  });
});

describe("readXlsx on many merged cells", () => {
  it("keeps every merge, stays linear, and leaves exceljs' own mergeCells check in place", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Capaian");
    // 2.000 merged SASARAN cells, two rows each, written without exceljs' quadratic check
    const w = ws as unknown as { _merges: Record<string, unknown> };
    for (let k = 0; k < 2000; k++) {
      const r = 2 + 2 * k;
      ws.getCell(r, 1).value = `Sasaran ${k}`;
      ws.getCell(r, 2).value = k;
      ws.getCell(r + 1, 2).value = k + 0.5;
      const saved = w._merges;
      w._merges = {};
      ws.mergeCells(r, 1, r + 1, 1);
      w._merges = { ...saved, ...w._merges };
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const started = Date.now();
    const snap = await readXlsx(bytes);
    const elapsed = Date.now() - started;
    expect(snap.sheets[0].merges).toHaveLength(2000);
    expect(snap.sheets[0].merges[1999]).toEqual({ top: 3999, left: 0, bottom: 4000, right: 0 });
    expect(elapsed).toBeLessThan(15000);
    const again = new ExcelJS.Workbook().addWorksheet("x");
    again.mergeCells("A1:A2");
    expect(() => again.mergeCells("A2:A3")).toThrow(/already merged/);
  });
});

describe("how text cells are drawn", () => {
  it("keeps indent, bold and fill of the text cells of the label columns, nothing for plain or number cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Renja");
    ws.getCell("B2").value = "Penyediaan layanan";
    ws.getCell("B2").font = { bold: true };
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    ws.getCell("B3").value = "Pengelolaan jaringan";
    ws.getCell("B3").alignment = { indent: 2 };
    ws.getCell("B4").value = "Biasa";
    ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
    ws.getCell("B5").value = "Tema";
    ws.getCell("B5").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.3999 } as Partial<ExcelJS.Color> };
    ws.getCell("C2").value = 1500000;
    ws.getCell("C2").font = { bold: true };
    // Column J is the ninth from the used range's left (B): beyond the label columns.
    ws.getCell("J2").value = "Keterangan";
    ws.getCell("J2").font = { bold: true };
    const snap = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const at = (ref: string) => {
      const c = snap.sheets[0].cells.find((x) => a1(x.row, x.col) === ref)!;
      return { indent: c.indent, bold: c.bold, fill: c.fill };
    };
    expect(at("B2")).toEqual({ indent: undefined, bold: true, fill: "#D9E1F2" });
    expect(at("B3")).toEqual({ indent: 2, bold: undefined, fill: undefined });
    expect(at("B4")).toEqual({ indent: undefined, bold: undefined, fill: undefined });
    expect(at("B5")).toEqual({ indent: undefined, bold: undefined, fill: "theme:4:0.4" });
    expect(at("C2")).toEqual({ indent: undefined, bold: undefined, fill: undefined });
    expect(at("J2")).toEqual({ indent: undefined, bold: undefined, fill: undefined });
  });
});
