// How numbers read in the pane: one convention per language. Indonesian "Rp 1.672.255.000" and "107,69%";
// English "Rp 1,672,255,000" and "107.69%". Figures the rules wrote the Indonesian way are re-punctuated for English.
import type { Finding } from "../core/findings/finding";
import { formatNumberId, formatRupiah } from "../core/numbers/money";
import { Lang, t } from "./i18n";

function num(v: number, decimals: number, lang: Lang): string {
  return lang === "en" ? v.toLocaleString("en-US", { maximumFractionDigits: decimals }) : formatNumberId(v, decimals);
}

export function formatPercent(fraction: number, lang: Lang, decimals = 2): string {
  return `${num(fraction * 100, decimals, lang)}%`;
}

export function formatMoney(v: number, lang: Lang): string {
  if (lang === "id") return formatRupiah(v, { sen: !Number.isInteger(v) });
  return `${v < 0 ? "-" : ""}Rp ${num(Math.abs(v), Number.isInteger(v) ? 0 : 2, lang)}`;
}

/** An Indonesian-formatted figure inside a text ("Rp 3.195.000.000", "90,39%") in the reader's convention. */
export function localiseFigures(text: string, lang: Lang): string {
  if (lang === "id") return text;
  // Dots group thousands and a comma marks decimals: swap them, token by token.
  return text.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+/g, (m) => m.replace(/[.,]/g, (c) => (c === "." ? "," : ".")));
}

export interface Difference {
  /** Tertulis − Seharusnya, in the cell's unit, formatted. */
  text: string;
  /** "written too high" / "too low", or null when there is no direction. */
  direction: string | null;
}

/** Written minus expected: a value written 5 M too high reads +5 M. Rupiah when the values are rupiah, percent
 *  points for percents. Finding.difference is expected − written. */
export function formatDifference(f: Finding, lang: Lang): Difference | null {
  const d0 = f.difference;
  if (d0 === null || d0 === undefined || !Number.isFinite(d0)) return null;
  const d = -d0;
  const shown = `${f.expected ?? ""} ${f.actual ?? ""}`;
  const sign = d > 0 ? "+" : "";
  const direction = d > 0 ? t(lang, "differenceHigher") : d < 0 ? t(lang, "differenceLower") : null;
  if (/Rp/i.test(shown)) return { text: sign + formatMoney(d, lang), direction };
  if (/%/.test(shown)) return { text: t(lang, "points", { v: sign + num(d * 100, 2, lang) }), direction };
  return { text: sign + num(d, Number.isInteger(d) ? 0 : 4, lang), direction };
}
