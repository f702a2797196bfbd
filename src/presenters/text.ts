// Text presenter: a readable report grouped by sheet, in Indonesian (default) or English.
import type { Finding } from "../core/findings/finding";
import { boundText, showInvisible } from "./escape";
import { coverageSummaryLine, noFindingsLine, renderCoverageText } from "./coverage";
import { cleanControls, countByRule, countFindings, groupBySheet, sheetRef, type Counts, type FileReport } from "./common";
import { countText, differenceText, localeOf, messageOf, shownValue, suggestionOf, type Lang } from "./format";

export type ReportLanguage = Lang;

/** One field of the report: controls shown, invisible characters visible, at most a few lines long. */
const clean = (s: string) => boundText(showInvisible(cleanControls(s)), 2000);

interface Labels {
  file: string;
  sheets: string;
  none: string;
  summary: (c: Counts) => string;
  perRule: string;
  sheet: (name: string, n: number) => string;
  expected: string;
  actual: string;
  difference: string;
  related: string;
  more: (n: number) => string;
  suggestion: string;
  files: (n: number, c: Counts) => string;
  severity: Record<Finding["severity"], string>;
}

const counts = (c: Counts, lang: Lang) =>
  `${countText(c.error, "error", lang)}, ${countText(c.warning, "warning", lang)}, ${countText(c.info, "info", lang)}`;

export const LABELS: Record<ReportLanguage, Labels> = {
  id: {
    file: "Berkas",
    sheets: "Lembar kerja",
    none: "Tidak ada temuan: semua tabel yang dikenali konsisten.",
    summary: (c) => `${countText(c.total, "finding", "id")}: ${counts(c, "id")}.`,
    perRule: "Per aturan",
    sheet: (name, n) => `Lembar "${name}" (${countText(n, "finding", "id")})`,
    expected: "seharusnya",
    actual: "tertulis",
    difference: "selisih",
    related: "terkait",
    more: (n) => ` dan ${n} sel lain`,
    suggestion: "saran",
    files: (n, c) => `Total ${countText(n, "file", "id")}: ${countText(c.total, "finding", "id")} (${counts(c, "id")}).`,
    severity: localeOf("id").severity,
  },
  en: {
    file: "File",
    sheets: "Sheets",
    none: "No findings: every recognised table is consistent.",
    summary: (c) => `${countText(c.total, "finding", "en")}: ${counts(c, "en")}.`,
    perRule: "By rule",
    sheet: (name, n) => `Sheet "${name}" (${countText(n, "finding", "en")})`,
    expected: "expected",
    actual: "found",
    difference: "difference",
    related: "related",
    more: (n) => ` and ${n} more ${n === 1 ? "cell" : "cells"}`,
    suggestion: "suggestion",
    files: (n, c) => `Total ${countText(n, "file", "en")}: ${countText(c.total, "finding", "en")} (${counts(c, "en")}).`,
    severity: localeOf("en").severity,
  },
};

function findingLines(f: Finding, lang: ReportLanguage): string[] {
  const l = LABELS[lang];
  const lines = [`  [${l.severity[f.severity]}] ${clean(f.cell)} (${clean(f.rule)}): ${clean(messageOf(f, lang))}`];
  const parts: string[] = [];
  if (f.expected != null) parts.push(`${l.expected}: ${clean(shownValue(f.expected, lang)!)}`);
  if (f.actual != null) parts.push(`${l.actual}: ${clean(shownValue(f.actual, lang)!)}`);
  const diff = differenceText(f, lang);
  if (diff) parts.push(`${l.difference}: ${diff}`);
  if (parts.length) lines.push(`      ${parts.join("; ")}`);
  if (f.related && f.related.length) {
    const shown = f.related.slice(0, 8).map((r) => clean(r.sheet === f.sheet ? r.cell : sheetRef(r.sheet, r.cell)));
    const hidden = f.related.length - shown.length + (f.relatedMore ?? 0);
    const more = hidden > 0 ? l.more(hidden) : "";
    lines.push(`      ${l.related}: ${shown.join(", ")}${more}`);
  }
  const suggestion = suggestionOf(f, lang);
  if (suggestion) lines.push(`      ${l.suggestion}: ${clean(suggestion)}`);
  return lines;
}

export function summaryLine(report: FileReport, lang: ReportLanguage = "id"): string {
  const c = countFindings(report.findings);
  if (c.total === 0) return (report.coverage && noFindingsLine(report.coverage, lang)) || LABELS[lang].none;
  return LABELS[lang].summary(c) + (report.coverage ? " " + coverageSummaryLine(report.coverage, lang) : "");
}

/** Indonesian summary line (kept for callers of the first version). */
export function summaryLineId(report: FileReport): string {
  return summaryLine(report, "id");
}

export function renderTextFile(report: FileReport, lang: ReportLanguage = "id"): string {
  const l = LABELS[lang];
  const out: string[] = [];
  out.push(`${l.file}: ${clean(report.file)}`);
  out.push(`${l.sheets}: ${report.sheets}`);
  out.push(summaryLine(report, lang));
  if (report.findings.length) out.push(`${l.perRule}: ` + countByRule(report.findings).map((r) => `${clean(r.rule)} ${r.count}`).join(", ") + ".");
  for (const group of groupBySheet(report)) {
    out.push("");
    out.push(l.sheet(clean(group.sheet), group.findings.length));
    for (const f of group.findings) out.push(...findingLines(f, lang));
  }
  if (report.coverage) out.push("", ...renderCoverageText(report.coverage, lang).map((x) => clean(x)));
  return out.join("\n") + "\n";
}

export function renderText(reports: FileReport[], lang: ReportLanguage = "id"): string {
  const parts = reports.map((r) => renderTextFile(r, lang));
  if (reports.length > 1) parts.push(LABELS[lang].files(reports.length, countFindings(reports.flatMap((r) => r.findings))) + "\n");
  return parts.join("\n" + "=".repeat(60) + "\n\n");
}
