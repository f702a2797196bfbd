// Text presenter: a readable Indonesian report, grouped by sheet.
import type { Finding } from "../core/findings/finding";
import { countByRule, countFindings, groupBySheet, SEVERITY_LABEL_ID, sheetRef, type FileReport } from "./common";

function formatNumberId(n: number, fixed?: number): string {
  // Differences are shown the Indonesian way; small fractions keep up to 4 decimals.
  const abs = Math.abs(n);
  const decimals = fixed ?? (Number.isInteger(n) ? 0 : abs < 1 ? 4 : 2);
  const [ip, dp] = abs.toFixed(decimals).split(".");
  const grouped = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (n < 0 ? "-" : "") + grouped + (dp ? "," + dp : "");
}

/** Percent findings carry fractions: show their difference in percentage points, as a planner reads it. */
export function differenceText(f: Finding): string {
  const d = f.difference as number;
  const isPercent = /%\s*$/.test(f.expected ?? "") || /%\s*$/.test(f.actual ?? "");
  if (isPercent) return `${formatNumberId(d * 100, 2)} poin persen`;
  return formatNumberId(d);
}

function findingLines(f: Finding): string[] {
  const lines = [`  [${SEVERITY_LABEL_ID[f.severity]}] ${f.cell} (${f.rule}): ${f.message}`];
  const parts: string[] = [];
  if (f.expected != null) parts.push(`seharusnya: ${f.expected}`);
  if (f.actual != null) parts.push(`tertulis: ${f.actual}`);
  if (typeof f.difference === "number" && isFinite(f.difference) && f.difference !== 0) parts.push(`selisih: ${differenceText(f)}`);
  if (parts.length) lines.push(`      ${parts.join("; ")}`);
  if (f.related && f.related.length) {
    const shown = f.related.slice(0, 8).map((r) => (r.sheet === f.sheet ? r.cell : sheetRef(r.sheet, r.cell)));
    const more = f.related.length > 8 ? ` dan ${f.related.length - 8} sel lain` : "";
    lines.push(`      terkait: ${shown.join(", ")}${more}`);
  }
  if (f.suggestion) lines.push(`      saran: ${f.suggestion}`);
  return lines;
}

export function summaryLineId(report: FileReport): string {
  const c = countFindings(report.findings);
  if (c.total === 0) return "Tidak ada temuan: semua tabel yang dikenali konsisten.";
  return `${c.total} temuan: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.`;
}

export function renderTextFile(report: FileReport): string {
  const out: string[] = [];
  out.push(`Berkas: ${report.file}`);
  out.push(`Lembar kerja: ${report.sheets}`);
  out.push(summaryLineId(report));
  if (report.findings.length) out.push("Per aturan: " + countByRule(report.findings).map((r) => `${r.rule} ${r.count}`).join(", ") + ".");
  for (const group of groupBySheet(report)) {
    const c = countFindings(group.findings);
    out.push("");
    out.push(`Lembar "${group.sheet}" (${c.total} temuan)`);
    for (const f of group.findings) out.push(...findingLines(f));
  }
  return out.join("\n") + "\n";
}

export function renderText(reports: FileReport[]): string {
  const parts = reports.map(renderTextFile);
  if (reports.length > 1) {
    const all = reports.flatMap((r) => r.findings);
    const c = countFindings(all);
    parts.push(`Total ${reports.length} berkas: ${c.total} temuan (${c.error} galat, ${c.warning} peringatan, ${c.info} info).\n`);
  }
  return parts.join("\n" + "=".repeat(60) + "\n\n");
}
