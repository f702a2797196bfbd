// Shared by every presenter (text, JSON, HTML, the report sheet, the pane): ordering, labels, counts, sheet references.
import type { Finding, Severity } from "../core/findings/finding";
import { localeOf } from "./format";
import { parseA1Range } from "../core/workbook/a1";
import type { PerformanceChart } from "../core/charts/performance";
import type { Coverage } from "../core/coverage";

/** One validated file, as every presenter receives it. */
export interface FileReport {
  /** File name as the user gave it (path or name). */
  file: string;
  /** Number of sheets in the workbook. */
  sheets: number;
  /** Sheet names in workbook order, to group findings as the workbook reads. */
  sheetNames?: string[];
  findings: Finding[];
  /** Capaian against serapan per sasaran (the HTML report draws it). */
  chart?: PerformanceChart | null;
  /** Milliseconds spent, where measured. */
  elapsedMs?: number;
  /** What was checked (tables recognised) and what was not; presenters show it where given. */
  coverage?: Coverage;
}

export const SEVERITY_LABEL_ID: Record<Severity, string> = localeOf("id").severity;
export const SEVERITY_LABEL_EN: Record<Severity, string> = localeOf("en").severity;

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Strongest first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_ORDER[a] - SEVERITY_ORDER[b];
}

/** "C12" or "C12:D14" -> [row, col] of the top-left cell for sorting (0-based). */
export function cellSortKey(cell: string): [number, number] {
  const a = parseA1Range(cell || "");
  return a ? [a.top, a.left] : [Number.MAX_SAFE_INTEGER, 0];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export function countFindings(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) c[f.severity] = (c[f.severity] ?? 0) + 1;
  return c;
}

/** Findings grouped by sheet, in workbook order (unknown sheets last, by name), each group by row then column. */
export function groupBySheet(report: Pick<FileReport, "findings" | "sheetNames">): Array<{ sheet: string; findings: Finding[] }> {
  const order = new Map<string, number>();
  (report.sheetNames ?? []).forEach((n, i) => order.set(n, i));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.sheet ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  const names = [...groups.keys()].sort((a, b) => {
    const oa = order.has(a) ? order.get(a)! : Number.MAX_SAFE_INTEGER;
    const ob = order.has(b) ? order.get(b)! : Number.MAX_SAFE_INTEGER;
    return oa - ob || a.localeCompare(b);
  });
  return names.map((sheet) => ({
    sheet,
    findings: groups.get(sheet)!.slice().sort((x, y) => {
      const [rx, cx] = cellSortKey(x.cell);
      const [ry, cy] = cellSortKey(y.cell);
      return rx - ry || cx - cy || compareSeverity(x.severity, y.severity) || x.rule.localeCompare(y.rule);
    }),
  }));
}

/** The stable public shape of a finding in JSON output (the CLI's contract). */
export interface PublicFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related: { sheet: string; cell: string }[];
  /** How many related cells were left out of `related` (bounded list); absent when none were. */
  relatedMore?: number;
  message: string;
  expected: string | null;
  actual: string | null;
  difference: number | null;
  suggestion: string | null;
  fingerprint: string;
}

export function publicFinding(f: Finding): PublicFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    related: (f.related ?? []).map((r) => ({ sheet: r.sheet, cell: r.cell })),
    ...(f.relatedMore ? { relatedMore: f.relatedMore } : {}),
    message: f.message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    difference: typeof f.difference === "number" && isFinite(f.difference) ? f.difference : null,
    suggestion: f.suggestion ?? null,
    fingerprint: f.fingerprint,
  };
}

/** Sorted findings of a file in report order (sheet order, then position). */
export function orderedFindings(report: Pick<FileReport, "findings" | "sheetNames">): Finding[] {
  return groupBySheet(report).flatMap((g) => g.findings);
}

/** "Sheet1!C5" style reference, quoting sheet names that need it as Excel does ('It''s'!A1). Links use it too. */
export function sheetRef(sheet: string, cell: string): string {
  const needsQuote = /[^A-Za-z0-9_.]/.test(sheet) || /^\d/.test(sheet);
  const name = needsQuote ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${cell}`;
}

/** Findings per rule code, most frequent first (ties by code), for the report's summary line. */
export function countByRule(findings: Finding[]): Array<{ rule: string; count: number }> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return [...m.entries()].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

/**
 * Text from a workbook may carry control characters (ESC sequences that drive a terminal, BEL, CR ...):
 * they are shown as U+FFFD, and line breaks inside one field as a space, so a report stays one line per field.
 */
export function cleanControls(s: string, keepNewlines = false): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => (ch === "\n" ? (keepNewlines ? ch : " ") : ch === "\t" ? " " : "\ufffd"));
}
