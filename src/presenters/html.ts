// HTML presenter: one self-contained page (inline CSS, no scripts, no external resources). Everything escaped.
import type { Finding } from "../core/findings/finding";
import { cleanControls, countByRule, countFindings, groupBySheet, sheetRef, type FileReport } from "./common";
import { LABELS, summaryLine, type ReportLanguage } from "./text";
import { boundText, neutralizeFormula, showInvisible } from "./escape";
import { countText, differenceText, messageOf, shownValue, suggestionOf } from "./format";
import { CHART_TEXT, chartSvg } from "./chart";
import { renderCoverageHtml } from "./coverage";

export function escapeHtml(s: unknown): string {
  return boundText(showInvisible(cleanControls(String(s ?? ""))), 2000)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
body{font-family:"Segoe UI",Arial,sans-serif;margin:24px;color:#1b1b1b;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 6px;border-bottom:2px solid #0f6cbd;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.meta{color:#555;margin:0 0 12px}
.summary span{display:inline-block;margin-right:12px;padding:2px 8px;border-radius:10px;font-size:13px}
.s-error{background:#fde7e9;color:#a4262c}.s-warning{background:#fff4ce;color:#7a5b00}.s-info{background:#e6f2fb;color:#0f548c}
table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:8px}
th,td{border:1px solid #d1d1d1;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.num{white-space:nowrap}
.ok{color:#107c10}
figure.chart{margin:12px 0;overflow-x:auto}figure.chart figcaption{color:#555;font-size:13px}
tr.unchecked td{background:#fff4ce}
`;

/** A table cell's text: escaped, and never a formula when a spreadsheet program opens the report. */
const cellText = (s: unknown) => escapeHtml(neutralizeFormula(String(s ?? "")));

function row(f: Finding, lang: ReportLanguage): string {
  const l = LABELS[lang];
  const message = messageOf(f, lang);
  const suggestion = suggestionOf(f, lang);
  const all = f.related ?? [];
  const related =
    all.slice(0, 50).map((r) => escapeHtml(r.sheet === f.sheet ? r.cell : sheetRef(r.sheet, r.cell))).join(", ") +
    (all.length - Math.min(all.length, 50) + (f.relatedMore ?? 0) > 0 ? escapeHtml(l.more(all.length - Math.min(all.length, 50) + (f.relatedMore ?? 0))) : "");
  return (
    `<tr class="f-${f.severity}">` +
    `<td class="num">${cellText(f.cell)}</td>` +
    `<td><span class="s-${f.severity}">${escapeHtml(l.severity[f.severity])}</span></td>` +
    `<td>${cellText(f.rule)}</td>` +
    `<td>${cellText(message)}${suggestion ? `<br><small>${escapeHtml(l.suggestion[0].toUpperCase() + l.suggestion.slice(1))}: ${cellText(suggestion)}</small>` : ""}</td>` +
    `<td class="num">${cellText(shownValue(f.expected, lang) ?? "")}</td>` +
    `<td class="num">${cellText(shownValue(f.actual, lang) ?? "")}</td>` +
    `<td class="num">${cellText(differenceText(f, lang) ?? "")}</td>` +
    `<td>${related}</td>` +
    `</tr>`
  );
}

const HTML_TEXT: Record<ReportLanguage, { none: string; heads: string[]; sheetWord: string; made: string; title: string; titleMany: (n: number) => string }> = {
  id: {
    none: "Tidak ada temuan.",
    heads: ["Sel", "Tingkat", "Aturan", "Pesan", "Seharusnya", "Tertulis", "Selisih", "Sel terkait"],
    sheetWord: "Lembar",
    made: "Dibuat oleh SAKIP Tools for Excel (sakip-validate).",
    title: "Laporan validasi SAKIP",
    titleMany: (n) => countText(n, "file", "id"),
  },
  en: {
    none: "No findings.",
    heads: ["Cell", "Severity", "Rule", "Message", "Expected", "Found", "Difference", "Related cells"],
    sheetWord: "Sheet",
    made: "Made by SAKIP Tools for Excel (sakip-validate).",
    title: "SAKIP validation report",
    titleMany: (n) => countText(n, "file", "en"),
  },
};

function fileSection(report: FileReport, heading: "h1" | "h2", lang: ReportLanguage): string {
  const c = countFindings(report.findings);
  const l = LABELS[lang];
  const t = HTML_TEXT[lang];
  const parts: string[] = [];
  parts.push(`<${heading}>${escapeHtml(report.file)}</${heading}>`);
  parts.push(`<p class="meta">${escapeHtml(l.sheets)}: ${report.sheets}. ${escapeHtml(summaryLine(report, lang))}</p>`);
  parts.push(
    `<p class="summary"><span class="s-error">${escapeHtml(countText(c.error, "error", lang))}</span><span class="s-warning">${escapeHtml(countText(c.warning, "warning", lang))}</span><span class="s-info">${escapeHtml(countText(c.info, "info", lang))}</span></p>`,
  );
  if (report.chart && report.chart.points.length) {
    const title = lang === "en" ? report.chart.title.en : report.chart.title.id;
    const more = report.chart.more ? ` <small>(${escapeHtml(CHART_TEXT[lang].more(report.chart.more))})</small>` : "";
    parts.push(`<figure class="chart">${chartSvg(report.chart, lang)}<figcaption>${escapeHtml(title)}${more}</figcaption></figure>`);
  }
  if (c.total === 0 && !(report.coverage && summaryLine(report, lang) !== l.none)) parts.push(`<p class="ok">${escapeHtml(t.none)}</p>`);
  else parts.push(`<p class="meta">${escapeHtml(l.perRule)}: ${countByRule(report.findings).map((r) => `${escapeHtml(r.rule)} ${r.count}`).join(", ")}.</p>`);
  for (const g of groupBySheet(report)) {
    parts.push(`<h3>${t.sheetWord}: ${escapeHtml(g.sheet)} (${escapeHtml(countText(g.findings.length, "finding", lang))})</h3>`);
    parts.push(
      `<table><thead><tr>${t.heads.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>` +
        g.findings.map((f) => row(f, lang)).join("") +
        `</tbody></table>`,
    );
  }
  if (report.coverage) parts.push(renderCoverageHtml(report.coverage, lang, escapeHtml));
  return parts.join("\n");
}

export function renderHtml(reports: FileReport[], lang: ReportLanguage = "id"): string {
  const t = HTML_TEXT[lang];
  const title = reports.length === 1 ? `${t.title}: ${reports[0].file}` : `${t.title}: ${t.titleMany(reports.length)}`;
  const body =
    reports.length === 1 ? fileSection(reports[0], "h1", lang) : `<h1>${escapeHtml(title)}</h1>\n` + reports.map((r) => fileSection(r, "h2", lang)).join("\n");
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n` +
    `<p class="meta">${escapeHtml(t.made)}</p>\n</body>\n</html>\n`
  );
}
