// The report sheet as rows: what "Buat laporan" writes in Excel and what the preview exports as .xlsx or CSV.
// Writers only write these rows (and neutralise text their medium could take as a formula).
import type { CellRef, Finding } from "../core/findings/finding";
import { orderedFindings, sheetRef } from "./common";
import { differenceText, localeOf, messageOf, severityLabel, shownValue, suggestionOf, type Lang } from "./format";

export type ReportValue = string | number;

export interface ReportMetaIn {
  workbookName?: string;
  generatedAt?: Date;
  /** Workbook order of the sheets, to order the rows as the workbook reads. */
  sheetNames?: string[];
}

export interface ReportSheet {
  /** Lines above the table (bold in Excel). */
  title: string[];
  head: string[];
  rows: ReportValue[][];
  /** Excel number format per column ("@" = text). */
  formats: string[];
  /** Column (0-based) of the cell address, which links to the cell where links are possible. */
  linkColumn: number;
  /** Per row: the finding's place, its link target ("'PK 2022'!C4") and the link's tooltip. */
  links: Array<CellRef & { target: string; tip: string }>;
}

const HEAD: Record<Lang, string[]> = {
  id: ["No", "Tingkat", "Aturan", "Sheet", "Sel", "Pesan", "Seharusnya", "Tertulis", "Selisih", "Saran"],
  en: ["No", "Severity", "Rule", "Sheet", "Cell", "Message", "Expected", "Found", "Difference", "Suggestion"],
};

const FORMATS = ["0", "@", "@", "@", "@", "@", "@", "@", "@", "@"];

function stamp(d: Date): string {
  return d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

/** The report's rows in report order (workbook sheet order, then row and column). */
export function reportRows(findings: Finding[], lang: Lang, meta: ReportMetaIn = {}): ReportSheet {
  const en = lang === "en";
  const ordered = orderedFindings({ findings, sheetNames: meta.sheetNames });
  const title = [en ? "Validation report" : "Laporan Validasi"];
  if (meta.workbookName !== undefined) title.push(`Workbook: ${meta.workbookName}`);
  if (meta.generatedAt) title.push(`${en ? "Created" : "Dibuat"}: ${stamp(meta.generatedAt)}`);
  title.push(`${en ? "Findings" : "Temuan"}: ${localeOf(lang).number(findings.length, 0)}`);
  const rows = ordered.map((f, i) => [
    i + 1,
    severityLabel(f.severity, lang),
    f.rule,
    f.sheet,
    f.cell,
    messageOf(f, lang),
    shownValue(f.expected, lang) ?? "",
    shownValue(f.actual, lang) ?? "",
    differenceText(f, lang) ?? "",
    suggestionOf(f, lang) ?? "",
  ]);
  const links = ordered.map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    target: sheetRef(f.sheet, f.cell),
    tip: `${en ? "Go to" : "Buka"} ${sheetRef(f.sheet, f.cell)}`,
  }));
  return { title, head: HEAD[lang], rows, formats: FORMATS, linkColumn: 4, links };
}
