// How a finding's numbers read in the pane.
import type { Finding } from "../core/findings/finding";
import { formatNumberId, formatRupiah } from "../core/numbers/money";
import { Lang, t } from "./i18n";

/** The difference in the unit of the cell: rupiah when the values are rupiah, percent points for percents. */
export function formatDifference(f: Finding, lang: Lang): string | null {
  const d = f.difference;
  if (d === null || d === undefined || !Number.isFinite(d)) return null;
  const shown = `${f.expected ?? ""} ${f.actual ?? ""}`;
  const fmt = (v: number, decimals: number) =>
    lang === "en" ? v.toLocaleString("en-US", { maximumFractionDigits: decimals }) : formatNumberId(v, decimals);
  if (/Rp/i.test(shown)) {
    if (lang === "en") return `${d < 0 ? "-" : ""}Rp ${fmt(Math.abs(d), Number.isInteger(d) ? 0 : 2)}`;
    return formatRupiah(d, { sen: !Number.isInteger(d) });
  }
  if (/%/.test(shown)) return t(lang, "points", { v: fmt(d * 100, 2) });
  return fmt(d, Number.isInteger(d) ? 0 : 4);
}
