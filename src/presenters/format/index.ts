// One formatting module per language (id.ts, en.ts); everything that turns a finding's numbers and counts into text
// goes through here, for the CLI, the HTML report, the report sheet and the pane alike.
import type { Finding, Severity } from "../../core/findings/finding";
import { id } from "./id";
import { en } from "./en";
import type { Lang, Locale, Noun } from "./locale";

export type { Lang, Locale, Noun } from "./locale";
export { id as indonesian, en as english };

export function localeOf(lang: Lang): Locale {
  return lang === "en" ? en : id;
}

export function severityLabel(s: Severity, lang: Lang): string {
  return localeOf(lang).severity[s];
}

export function countText(n: number, noun: Noun, lang: Lang): string {
  return localeOf(lang).count(n, noun);
}

// The engine writes expected/actual values in Indonesian ("Rp 1.672.255.000", "106,92%", "3,73").
const ID_NUMBER = /^(-)?(Rp\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?$/;

/**
 * An expected/actual value in the reader's language: Indonesian figures are re-grouped for English
 * ("Rp 3.195.000.000" -> "Rp 3,195,000,000", "90,39%" -> "90.39%"); any other text is shown as it is.
 */
export function shownValue(text: string | null | undefined, lang: Lang): string | null {
  if (text === null || text === undefined) return null;
  if (lang === "id") return text;
  const m = ID_NUMBER.exec(text.trim());
  if (!m) return text;
  const [, sign = "", rp = "", int, frac, pct = ""] = m;
  const l = localeOf(lang);
  return `${sign}${rp}${int.replace(/\./g, l.group)}${frac !== undefined ? l.decimal + frac : ""}${pct}`;
}

export type DifferenceUnit = "money" | "percent" | "number";

/** What the difference of a finding is counted in, from how its values are shown. */
export function differenceUnit(f: Pick<Finding, "expected" | "actual">): DifferenceUnit {
  const shown = `${f.expected ?? ""} ${f.actual ?? ""}`;
  if (/Rp/i.test(shown)) return "money";
  if (/%/.test(shown)) return "percent";
  return "number";
}

/** Written minus expected: positive when the value in the cell is too high. Null when there is no difference. */
export function excess(f: Pick<Finding, "difference">): number | null {
  const d = f.difference;
  if (typeof d !== "number" || !Number.isFinite(d) || d === 0) return null;
  return -d;
}

/** How far the written value is from what it should be, in its unit, with a sign: "+Rp 5.000.000", "-0,14 poin persen". */
export function signedExcessText(f: Pick<Finding, "expected" | "actual" | "difference">, lang: Lang): string | null {
  const x = excess(f);
  if (x === null) return null;
  const l = localeOf(lang);
  const mag = magnitude(Math.abs(x), differenceUnit(f), l);
  return `${x > 0 ? "+" : "-"}${mag}`;
}

function magnitude(v: number, unit: DifferenceUnit, l: Locale): string {
  if (unit === "money") return l.money(v);
  if (unit === "percent") return l.points(v);
  return l.number(v);
}

/**
 * The difference as a reader expects it: how much the written value is above or below what it should be.
 * A value written Rp 5.000.000 too high reads "Rp 5.000.000 lebih tinggi" / "Rp 5,000,000 too high".
 */
export function differenceText(f: Pick<Finding, "expected" | "actual" | "difference">, lang: Lang = "id"): string | null {
  const x = excess(f);
  if (x === null) return null;
  const l = localeOf(lang);
  return `${magnitude(Math.abs(x), differenceUnit(f), l)} ${x > 0 ? l.tooHigh : l.tooLow}`;
}

/** The message in the reader's language. */
export function messageOf(f: Pick<Finding, "message" | "messageEn">, lang: Lang): string {
  return lang === "en" && f.messageEn ? f.messageEn : f.message;
}

/** The suggestion in the reader's language; English mode shows none rather than an Indonesian one. */
export function suggestionOf(f: Pick<Finding, "suggestion"> & Partial<Pick<Finding, "suggestionEn">>, lang: Lang): string | null {
  if (lang === "en") return f.suggestionEn ?? null;
  return f.suggestion ?? null;
}

/** A formula in the reader's notation: Indonesian Excel separates arguments with ";" ("=IFERROR(E5/D5;\"\")"). */
export function formulaText(formula: string, lang: Lang): string {
  if (lang === "en") return formula;
  let quoted = false;
  let out = "";
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    out += !quoted && ch === "," ? ";" : !quoted && ch === "." && /\d$/.test(out) ? "," : ch;
  }
  return out;
}
