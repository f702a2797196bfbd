// Text presenter: a readable report grouped by sheet, in Indonesian (default) or English.
import type { Finding } from "../core/findings/finding";
import { boundText, showInvisible } from "./escape";
import { coverageSummaryLine, noFindingsLine, renderCoverageText } from "./coverage";
import { cleanControls, countByRule, countFindings, groupBySheet, SEVERITY_LABEL_EN, SEVERITY_LABEL_ID, sheetRef, type Counts, type FileReport } from "./common";

export type ReportLanguage = "id" | "en";

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
  points: string;
  related: string;
  more: (n: number) => string;
  suggestion: string;
  files: (n: number, c: Counts) => string;
  severity: Record<Finding["severity"], string>;
  decimal: string;
  group: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const LABELS: Record<ReportLanguage, Labels> = {
  id: {
    file: "Berkas",
    sheets: "Lembar kerja",
    none: "Tidak ada temuan: semua tabel yang dikenali konsisten.",
    summary: (c) => `${c.total} temuan: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.`,
    perRule: "Per aturan",
    sheet: (name, n) => `Lembar "${name}" (${n} temuan)`,
    expected: "seharusnya",
    actual: "tertulis",
    difference: "selisih",
    points: "poin persen",
    related: "terkait",
    more: (n) => ` dan ${n} sel lain`,
    suggestion: "saran",
    files: (n, c) => `Total ${n} berkas: ${c.total} temuan (${c.error} galat, ${c.warning} peringatan, ${c.info} info).`,
    severity: SEVERITY_LABEL_ID,
    decimal: ",",
    group: ".",
  },
  en: {
    file: "File",
    sheets: "Sheets",
    none: "No findings: every recognised table is consistent.",
    summary: (c) => `${plural(c.total, "finding")}: ${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info.`,
    perRule: "By rule",
    sheet: (name, n) => `Sheet "${name}" (${plural(n, "finding")})`,
    expected: "expected",
    actual: "found",
    difference: "difference",
    points: "percentage points",
    related: "related",
    more: (n) => ` and ${n} more cells`,
    suggestion: "suggestion (Indonesian)",
    files: (n, c) => `Total ${n} files: ${plural(c.total, "finding")} (${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info).`,
    severity: SEVERITY_LABEL_EN,
    decimal: ".",
    group: ",",
  },
};

function formatNumber(n: number, l: Labels, fixed?: number): string {
  // Small fractions keep up to 4 decimals.
  const abs = Math.abs(n);
  const decimals = fixed ?? (Number.isInteger(n) ? 0 : abs < 1 ? 4 : 2);
  const [ip, dp] = abs.toFixed(decimals).split(".");
  const grouped = ip.replace(/\B(?=(\d{3})+(?!\d))/g, l.group);
  return (n < 0 ? "-" : "") + grouped + (dp ? l.decimal + dp : "");
}

/** Percent findings carry fractions: show their difference in percentage points, as a planner reads it. */
export function differenceText(f: Finding, lang: ReportLanguage = "id"): string {
  const l = LABELS[lang];
  const d = f.difference as number;
  const isPercent = /%\s*$/.test(f.expected ?? "") || /%\s*$/.test(f.actual ?? "");
  if (isPercent) return `${formatNumber(d * 100, l, 2)} ${l.points}`;
  return formatNumber(d, l);
}

function findingLines(f: Finding, lang: ReportLanguage): string[] {
  const l = LABELS[lang];
  const message = lang === "en" && f.messageEn ? f.messageEn : f.message;
  const lines = [`  [${l.severity[f.severity]}] ${clean(f.cell)} (${clean(f.rule)}): ${clean(message)}`];
  const parts: string[] = [];
  if (f.expected != null) parts.push(`${l.expected}: ${clean(f.expected)}`);
  if (f.actual != null) parts.push(`${l.actual}: ${clean(f.actual)}`);
  if (typeof f.difference === "number" && isFinite(f.difference) && f.difference !== 0) parts.push(`${l.difference}: ${differenceText(f, lang)}`);
  if (parts.length) lines.push(`      ${parts.join("; ")}`);
  if (f.related && f.related.length) {
    const shown = f.related.slice(0, 8).map((r) => clean(r.sheet === f.sheet ? r.cell : sheetRef(r.sheet, r.cell)));
    const hidden = f.related.length - shown.length + (f.relatedMore ?? 0);
    const more = hidden > 0 ? l.more(hidden) : "";
    lines.push(`      ${l.related}: ${shown.join(", ")}${more}`);
  }
  if (f.suggestion) lines.push(`      ${l.suggestion}: ${clean(f.suggestion)}`);
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
