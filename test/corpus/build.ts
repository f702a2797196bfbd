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
