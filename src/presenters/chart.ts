// The capaian-against-serapan chart as a self-contained SVG (no script, no external resource), for the HTML report.
// Grouped bars per sasaran or program: capaian kinerja and serapan anggaran, with a 100% line.
import type { PerformanceChart } from "../core/charts/performance";
import { localeOf, type Lang } from "./format";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

export const CHART_COLOURS = { capaian: "#0f6cbd", serapan: "#e97548" };

export const CHART_TEXT: Record<Lang, { capaian: string; serapan: string; none: string; more: (n: number) => string }> = {
  id: { capaian: "Capaian kinerja", serapan: "Serapan anggaran", none: "tidak tertulis", more: (n) => `dan ${n} lainnya tidak digambar` },
  en: { capaian: "Performance achieved", serapan: "Budget absorbed", none: "not stated", more: (n) => `and ${n} more not drawn` },
};

export function chartSvg(chart: PerformanceChart, lang: Lang): string {
  const l = localeOf(lang);
  const t = CHART_TEXT[lang];
  const n = chart.points.length;
  const values = chart.points.flatMap((p) => [p.capaian ?? 0, p.serapan ?? 0]);
  // The scale shows at least 0..120% and always the largest bar, in steps of 20 points.
  const top = Math.max(1.2, Math.ceil(Math.max(...values, 0) / 0.2) * 0.2);
  const left = 48, right = 12, plotTop = 28, plotH = 180, labelH = 70;
  const group = 56;
  const width = left + right + Math.max(1, n) * group;
  const height = plotTop + plotH + labelH;
  const y = (v: number) => plotTop + plotH - (Math.max(0, v) / top) * plotH;
  const parts: string[] = [];
  const title = lang === "en" ? chart.title.en : chart.title.id;
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Segoe UI, Arial, sans-serif" font-size="11">`);
  parts.push(`<title>${esc(title)}</title>`);
  parts.push(`<desc>${esc(chart.points.map((p) => `${p.label}: ${t.capaian} ${p.capaian === null ? t.none : l.percent(p.capaian)}, ${t.serapan} ${p.serapan === null ? t.none : l.percent(p.serapan)}`).join("; "))}</desc>`);
  for (let v = 0; v <= top + 1e-9; v += 0.2) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${yy}" y2="${yy}" stroke="${Math.abs(v - 1) < 1e-9 ? "#616161" : "#e0e0e0"}"${Math.abs(v - 1) < 1e-9 ? ' stroke-dasharray="4 3"' : ""}/>`);
    parts.push(`<text x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#424242">${esc(l.percent(v, 0))}</text>`);
  }
  chart.points.forEach((p, i) => {
    const x0 = left + i * group + 8;
    const bar = (v: number | null, dx: number, colour: string, name: string) => {
      if (v === null) return;
      const yy = y(v);
      parts.push(`<rect x="${x0 + dx}" y="${yy.toFixed(1)}" width="18" height="${(plotTop + plotH - yy).toFixed(1)}" fill="${colour}"><title>${esc(`${p.label} — ${name}: ${l.percent(v)}`)}</title></rect>`);
    };
    bar(p.capaian, 0, CHART_COLOURS.capaian, t.capaian);
    bar(p.serapan, 20, CHART_COLOURS.serapan, t.serapan);
    const lx = x0 + 19;
    const ly = plotTop + plotH + 10;
    parts.push(`<text transform="translate(${lx},${ly}) rotate(35)" fill="#242424">${esc(cut(p.label, 22))}</text>`);
  });
  // Legend.
  parts.push(`<rect x="${left}" y="8" width="10" height="10" fill="${CHART_COLOURS.capaian}"/><text x="${left + 14}" y="17">${esc(t.capaian)}</text>`);
  parts.push(`<rect x="${left + 130}" y="8" width="10" height="10" fill="${CHART_COLOURS.serapan}"/><text x="${left + 144}" y="17">${esc(t.serapan)}</text>`);
  parts.push(`</svg>`);
  return parts.join("");
}
