// The report sheet: the presenter's rows (src/presenters/report.ts) written to a NEW sheet, every text inert, in
// requests under Excel on the web's 5 MB limit.
import type { Finding } from "../../core/findings/finding";
import { reportRows } from "../../presenters/report";
import { asCellText, freeSheetName, type ReportMeta } from "../../port";
import { columnLetters } from "../a1";
import type { OfficeHost } from "./host";

/** Target size of one request when writing the report sheet (Excel on the web refuses over 5 MB). */
export const REPORT_REQUEST_BYTES = 1_500_000;

export async function writeReport(host: OfficeHost, findings: Finding[], meta: ReportMeta, links: boolean): Promise<string> {
  const sheet = reportRows(findings, meta.language, { workbookName: meta.workbookName, generatedAt: meta.generatedAt });
  const last = columnLetters(sheet.head.length - 1);
  const linkCol = columnLetters(sheet.linkColumn);
  return host.run(async (context) => {
    const wss = context.workbook.worksheets;
    wss.load("items/name");
    await context.sync();
    const name = freeSheetName(wss.items.map((w) => w.name));
    const ws = wss.add(name);
    const top = sheet.title.length + 1; // blank row, then the table header
    // Text columns are formatted as text first, and every text is escaped: nothing we write is ever a formula.
    const text = (v: string | number) => (typeof v === "string" ? asCellText(v) : v);
    const titleRange = ws.getRange(`A1:A${sheet.title.length}`);
    titleRange.numberFormat = sheet.title.map(() => ["@"]);
    titleRange.values = sheet.title.map((t) => [text(t)]);
    titleRange.format.font.bold = true;
    const head = ws.getRange(`A${top + 1}:${last}${top + 1}`);
    head.numberFormat = [sheet.head.map(() => "@")];
    head.values = [sheet.head.map(text)];
    head.format.font.bold = true;
    // Rows go out in requests of about REPORT_REQUEST_BYTES: a report of thousands of findings must not
    // pass the 5 MB limit (values + formats + links are all in the request).
    const rows = sheet.rows;
    let from = 0;
    let bytes = 0;
    const flush = (to: number) => {
      if (to <= from) return;
      const first = top + 2 + from;
      const range = ws.getRange(`A${first}:${last}${first + (to - from) - 1}`);
      const chunk = rows.slice(from, to);
      range.numberFormat = chunk.map(() => sheet.formats);
      range.values = chunk.map((r) => r.map(text));
      if (links) {
        for (let i = from; i < to; i++) {
          const l = sheet.links[i];
          ws.getRange(`${linkCol}${top + 2 + i}`).hyperlink = { documentReference: l.target, textToDisplay: l.cell, screenTip: l.tip };
        }
      }
      from = to;
      bytes = 0;
    };
    for (let i = 0; i < rows.length; i++) {
      // JSON of the values, the formats (~60 bytes), a link (~2x the address and sheet) and per-op overhead.
      const rowBytes = JSON.stringify(rows[i]).length + 60 + (links ? 2 * sheet.links[i].target.length + 200 : 0);
      if (bytes + rowBytes > REPORT_REQUEST_BYTES && i > from) {
        flush(i);
        await context.sync();
      }
      bytes += rowBytes;
    }
    flush(rows.length);
    ws.getRange(`A:${last}`).format.autofitColumns();
    ws.activate();
    await context.sync();
    return name;
  });
}
