// Packages written by hand, as tools other than Excel write them: the reader must take what Excel itself opens.
import { strToU8, zipSync } from "fflate";
import { a1, readXlsx, WorkbookReadError } from "./read";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface Pkg {
  workbook?: string;
  rels?: string;
  sheets: Record<string, string>;
  strings?: string;
  styles?: string;
  extra?: Record<string, string>;
}

function pkg(p: Pkg): Uint8Array {
  const names = Object.keys(p.sheets);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": strToU8(
      p.workbook ?? `<?xml version="1.0"?><workbook ${NS}><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      p.rels ??
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join("")}</Relationships>`,
    ),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${NS}>${p.sheets[n]}</worksheet>`)));
  if (p.strings) files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><sst ${NS}>${p.strings}</sst>`);
  if (p.styles) files["xl/styles.xml"] = strToU8(`<?xml version="1.0"?><styleSheet ${NS}>${p.styles}</styleSheet>`);
  for (const [k, v] of Object.entries(p.extra ?? {})) files[k] = strToU8(v);
  return zipSync(files);
}

const at = (sheet: { cells: any[] }, ref: string) => sheet.cells.find((c) => a1(c.row, c.col) === ref);

describe("the SpreadsheetML reader", () => {
  it("reads shared strings without their phonetic runs, rich runs joined and OOXML escapes decoded", async () => {
    const snap = await readXlsx(
      pkg({
        strings: '<si><t>Program</t></si><si><r><t>Rp </t></r><r><rPr><b/></rPr><t>1.672.255.000,00</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>baris_x000D_dua</t></si>',
        sheets: { PK: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>' },
      }),
    );
    const s = snap.sheets[0];
    expect(at(s, "A1")).toMatchObject({ value: "Program", type: "string" });
    expect(at(s, "B1")).toMatchObject({ value: "Rp 1.672.255.000,00", type: "string" });
    expect(at(s, "C1")).toMatchObject({ value: "baris\rdua" });
  });

  it("reads namespace-prefixed parts (the Open XML SDK's x: prefix)", async () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(`<x:workbook ${x}><x:sheets><x:sheet name="Renja" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": strToU8(`<x:worksheet ${x}><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Target</x:t></x:is></x:c><x:c r="C2"><x:v>95.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>`),
    });
    const s = (await readXlsx(bytes)).sheets[0];
    expect(s.name).toBe("Renja");
    expect(at(s, "B2")).toMatchObject({ value: "Target", type: "string" });
    expect(at(s, "C2")).toMatchObject({ value: 95.5, type: "number" });
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  });

  it("places cells without an address after the one before, and keeps the later of two cells at one address", async () => {
    const s = (
      await readXlsx(
        pkg({
          sheets: {
            A: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>5</v></c><c r="A3"><v>4</v></c><c r="B3"><v>6</v></c></row></sheetData>',
          },
        }),
      )
    ).sheets[0];
    expect(s.cells.map((c) => [a1(c.row, c.col), c.value])).toEqual([
      ["A1", 1],
      ["B1", 2],
      ["A3", 4],
      ["B3", 6],
    ]);
  });

  it("reads dates from date formats (1900 and 1904 systems) and ISO date cells, and refuses a date that is none", async () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const sheet = '<sheetData><row r="1"><c r="A1" s="1"><v>44926</v></c><c r="B1" s="2"><v>44926.5</v></c><c r="C1" t="d"><v>2022-12-31</v></c><c r="D1" t="d"><v>31 Desember</v></c></row></sheetData>';
    const s = (await readXlsx(pkg({ styles, sheets: { A: sheet } }))).sheets[0];
    expect(at(s, "A1")).toMatchObject({ value: "2022-12-31", type: "date", text: "31/12/2022" });
    expect(at(s, "B1")).toMatchObject({ value: "2022-12-31T12:00:00Z", type: "date" });
    expect(at(s, "C1")).toMatchObject({ value: "2022-12-31", type: "date" });
    expect(at(s, "D1")).toMatchObject({ value: "#VALUE!", type: "error" });
    const wb1904 = `<workbook ${NS}><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const s4 = (await readXlsx(pkg({ workbook: wb1904, styles, sheets: { A: sheet } }))).sheets[0];
    expect(at(s4, "A1")).toMatchObject({ value: "2027-01-01", type: "date" });
  });

  it("reads bold, indent and fill from the cell's style, and a bold switched off as not bold", async () => {
    const styles =
      '<fonts count="3"><font><sz val="11"/></font><font><b/></font><font><b val="0"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="1" fillId="2"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="0" fontId="1" fillId="2"/><xf numFmtId="0" fontId="2" fillId="0"><alignment indent="2"/></xf><xf numFmtId="3" fontId="0" fillId="0"/></cellXfs>';
    const sheet =
      '<sheetData><row r="1"><c r="A1" t="inlineStr" s="1"><is><t>Program</t></is></c><c r="B1" t="inlineStr" s="2"><is><t>Kegiatan</t></is></c><c r="C1" s="3"><v>1500000</v></c></row></sheetData>';
    const s = (await readXlsx(pkg({ styles, sheets: { A: sheet } }))).sheets[0];
    expect(at(s, "A1")).toMatchObject({ bold: true, fill: "#FFFF00" });
    expect(at(s, "A1").indent).toBeUndefined();
    expect(at(s, "B1")).toMatchObject({ indent: 2 });
    expect(at(s, "B1").bold).toBeUndefined();
    expect(at(s, "C1")).toMatchObject({ value: 1500000, numberFormat: "#,##0", text: "1.500.000" });
  });

  it("gives each follower of a shared formula its own formula, and marks a formula without a cached result", async () => {
    const sheet =
      '<sheetData><row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">B2*C2</f><v>6</v></c></row><row r="3"><c r="D3"><f t="shared" si="0"/><v>12</v></c></row>' +
      '<row r="4"><c r="D4"><f t="shared" si="0"/></c><c r="E4" t="str"><f>"Rp "&amp;D4</f><v>Rp 0</v></c></row></sheetData>';
    const s = (await readXlsx(pkg({ sheets: { A: sheet } }))).sheets[0];
    expect(at(s, "D2")).toMatchObject({ formula: "=B2*C2", value: 6 });
    expect(at(s, "D3")).toMatchObject({ formula: "=B3*C3", value: 12 });
    expect(at(s, "D4")).toMatchObject({ formula: "=B4*C4", value: null, valueUnknown: true });
    expect(at(s, "E4")).toMatchObject({ formula: '="Rp "&D4', value: "Rp 0", type: "string" });
  });

  it("lists worksheets in tab order and leaves out chart sheets", async () => {
    const wb = `<workbook ${NS}><sheets><sheet name="Kedua" sheetId="2" r:id="rId2"/><sheet name="Grafik" sheetId="3" r:id="rId3"/><sheet name="Pertama" sheetId="1" r:id="rId1" state="hidden"/></sheets></workbook>`;
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>';
    const snap = await readXlsx(
      pkg({ workbook: wb, rels, sheets: { s1: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', s2: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' }, extra: { "xl/chartsheets/sheet1.xml": "<chartsheet/>" } }),
    );
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.cells[0].value])).toEqual([
      ["Kedua", "visible", 2],
      ["Pertama", "hidden", 1],
    ]);
  });

  it("answers a damaged part with the reader's Indonesian message", async () => {
    const bytes = pkg({ sheets: { A: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' } });
    await expect(readXlsx(bytes, { name: "rusak.xlsx" })).rejects.toThrow(WorkbookReadError);
    await expect(readXlsx(bytes, { name: "rusak.xlsx" })).rejects.toThrow(/rusak atau terpotong/);
  });
});
