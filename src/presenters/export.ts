// The report as a file, for the preview outside Excel: .xlsx (the same rows "Buat laporan" writes in Excel) and CSV.
// Nothing in either can become a formula: .xlsx cells are typed text in text-formatted cells, CSV fields that a
// spreadsheet would read as a formula start with an apostrophe.
import type { Finding } from "../core/findings/finding";
import { neutralizeFormula } from "./escape";
import { reportRows, type ReportMetaIn, type ReportValue } from "./report";
import type { Lang } from "./format";

/** Excel in an Indonesian locale splits CSV on ";" (the decimal comma is taken); in English on ",". */
export function csvSeparator(lang: Lang): string {
  return lang === "id" ? ";" : ",";
}

function csvField(v: ReportValue, sep: string): string {
  const s = typeof v === "number" ? String(v) : neutralizeFormula(v);
  return s.includes(sep) || /["\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report's header and rows as CSV (UTF-8 with a byte order mark so Excel reads the accents, CRLF lines). */
export function reportCsv(findings: Finding[], lang: Lang, meta: ReportMetaIn = {}): string {
  const r = reportRows(findings, lang, meta);
  const sep = csvSeparator(lang);
  return "\ufeff" + [r.head, ...r.rows].map((row) => row.map((v) => csvField(v, sep)).join(sep)).join("\r\n") + "\r\n";
}

/** The report sheet as an .xlsx file: title, header, one row per finding, column widths, a filter on the header. */
export async function reportXlsx(findings: Finding[], lang: Lang, meta: ReportMetaIn = {}): Promise<Uint8Array> {
  const ExcelJS = await import(/* webpackChunkName: "xlsx-writer" */ "exceljs");
  const r = reportRows(findings, lang, meta);
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Tools for Excel";
  const ws = wb.addWorksheet(lang === "en" ? "Validation report" : "Laporan Validasi");
  r.title.forEach((line, i) => {
    const c = ws.getCell(i + 1, 1);
    c.numFmt = "@";
    c.value = line;
    c.font = { bold: true };
  });
  const top = r.title.length + 2;
  const head = ws.getRow(top);
  r.head.forEach((h, j) => {
    const c = head.getCell(j + 1);
    c.numFmt = "@";
    c.value = h;
    c.font = { bold: true };
  });
  r.rows.forEach((row, i) => {
    const line = ws.getRow(top + 1 + i);
    row.forEach((v, j) => {
      if (v === "") return;
      const c = line.getCell(j + 1);
      c.numFmt = r.formats[j];
      // A string is stored as a string cell: exceljs writes a formula only for { formula } values.
      c.value = typeof v === "number" ? v : String(v);
    });
  });
  ws.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: r.head.length } };
  const widths = [5, 11, 18, 18, 8, 60, 20, 20, 26, 50];
  ws.columns.forEach((col, j) => (col.width = widths[j] ?? 14));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** "PK 2026.xlsx" -> "PK 2026 - Laporan Validasi.csv". */
export function exportFileName(workbookName: string, ext: "xlsx" | "csv", lang: Lang): string {
  const base = workbookName.replace(/\.(xlsx|xlsm|xls|ods)$/i, "").replace(/[\\/:*?"<>|]/g, "_") || "Workbook";
  return `${base} - ${lang === "en" ? "Validation report" : "Laporan Validasi"}.${ext}`;
}
