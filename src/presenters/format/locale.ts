// The shape of one language's formatting: every number, count and label a presenter shows goes through one of these.
import type { Severity } from "../../core/findings/finding";

export type Lang = "id" | "en";

/** Things a presenter counts. */
export type Noun = "finding" | "error" | "warning" | "info" | "sheet" | "cell" | "file" | "table" | "rule" | "change";

export interface Locale {
  lang: Lang;
  /** Grouped number; `decimals` fixed, else 0 for integers, 4 below 1, 2 otherwise. */
  number(n: number, decimals?: number): string;
  /** Rupiah: "Rp 3.195.000.000" / "Rp 3,195,000,000"; sen shown only when there are any. */
  money(n: number): string;
  /** A fraction as percent: 0.9039 -> "90,39%" / "90.39%". */
  percent(fraction: number, decimals?: number): string;
  /** A difference of fractions in percentage points: 0.0014 -> "0,14 poin persen" / "0.14 percentage points". */
  points(fractionDelta: number): string;
  /** "1 finding", "25 errors"; Indonesian nouns do not change. */
  count(n: number, noun: Noun): string;
  severity: Record<Severity, string>;
  /** The written value is above / below what it should be. */
  tooHigh: string;
  tooLow: string;
  decimal: string;
  group: string;
}

/** Digits grouped with `group`, decimals after `decimal`, half away from zero. */
export function groupDigits(n: number, decimals: number, group: string, decimal: string): string {
  const clean = Number(n.toPrecision(15));
  const abs = Math.abs(clean);
  const rounded = Math.round(Number(`${abs}e${decimals}`));
  const fixed = (decimals > 0 ? Number(`${rounded}e-${decimals}`) : rounded).toFixed(decimals);
  const [ip, dp] = fixed.split(".");
  const body = ip.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (dp ? decimal + dp : "");
  return (clean < 0 && /[1-9]/.test(body) ? "-" : "") + body;
}

export function autoDecimals(n: number): number {
  return Number.isInteger(n) ? 0 : Math.abs(n) < 1 ? 4 : 2;
}

/** "Rp 3.195.000.000" with the language's digits; sen only when there are any; "-Rp 5.000" below zero. */
export function moneyWith(num: (n: number, decimals?: number) => string): (n: number) => string {
  return (n) => {
    const body = num(Math.abs(n), Number.isInteger(Math.round(n * 100) / 100) ? 0 : 2);
    return (n < 0 && /[1-9]/.test(body) ? "-" : "") + "Rp " + body;
  };
}
