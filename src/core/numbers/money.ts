// Exact rupiah arithmetic (integer sen as bigint) and Indonesian formatting.
// Why: summing 4.850.842.200 + ... as floats drifts by fractions of a sen; a total check must be exact.

import { parseValue, ParseHint } from "./parse";

/** Amount -> whole sen (1 rupiah = 100 sen), rounded half away from zero at the sen.
 *  Accepts numbers and typed text ("Rp 1.672.255.000,00"); returns null when the value is missing,
 *  text or malformed (callers decide what that means). */
export function toSen(amount: unknown, hint: ParseHint = { expect: "money" }): bigint | null {
  let v: number | null;
  if (typeof amount === "bigint") return amount * 100n;
  if (typeof amount === "number") v = Number.isFinite(amount) ? amount : null;
  else {
    const p = parseValue(amount, hint);
    v = p.kind === "percent" ? null : p.value;
  }
  if (v === null) return null;
  return numberToSen(v);
}

/** Converts through the shortest decimal text of the double, so 0.1 + 0.2 style noise never reaches the sen. */
function numberToSen(v: number): bigint {
  const neg = v < 0;
  // The shortest round-trip form is what a person typed; very large/small values fall back to scaled rounding.
  const text = String(Math.abs(v));
  // Exponential text: at or above 1e21 the double is a whole number; below 1e-6 it is no sen at all.
  if (/e/i.test(text)) return Math.abs(v) >= 1 ? BigInt(v) * 100n : 0n;
  const [i, f = ""] = text.split(".");
  let sen = BigInt(i) * 100n + BigInt((f + "00").slice(0, 2));
  // Round on the third decimal (half away from zero).
  if ((f.charAt(2) || "0") >= "5") sen += 1n;
  return neg ? -sen : sen;
}

/** Exact sum in sen; missing or unreadable items are skipped and counted. */
export function sumSen(amounts: unknown[], hint: ParseHint = { expect: "money" }): { sen: bigint; skipped: number } {
  let sen = 0n;
  let skipped = 0;
  for (const a of amounts) {
    const s = toSen(a, hint);
    if (s === null) skipped++;
    else sen += s;
  }
  return { sen, skipped };
}

/** Sen -> rupiah number (exact for any total below 90 trillion rupiah, the safe-integer range of sen). */
export function senToRupiah(sen: bigint): number {
  const neg = sen < 0n;
  const a = neg ? -sen : sen;
  const v = Number(`${a / 100n}.${String(a % 100n).padStart(2, "0")}`);
  return neg ? -v : v;
}

/** Exact sum of rupiah amounts, as a number rounded to the sen. */
export function sumRupiah(amounts: unknown[]): number {
  return senToRupiah(sumSen(amounts).sen);
}

/** True when two amounts are equal to the sen (or within `toleranceRupiah`). */
export function sameRupiah(a: unknown, b: unknown, toleranceRupiah = 0): boolean {
  const x = toSen(a);
  const y = toSen(b);
  if (x === null || y === null) return false;
  const d = x > y ? x - y : y - x;
  return d <= (toSen(toleranceRupiah) ?? 0n);
}

/** Rounds half away from zero at `decimals`, after removing float noise (1.005 -> 1.01, 106.925 -> 106.93). */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  // From 1e15 on a double has no decimals to round (and "1e+21e2" below would not parse): the value is its rounding.
  if (Math.abs(value) >= 1e15) return value;
  // A whole number is its own rounding at any number of decimals (most amounts are).
  if (Number.isInteger(value) && decimals >= 0) return value || 0;
  // Far from a tie, one multiplication decides: the 15-digit cleaning below moves a value by at most 5e-15 of itself,
  // which cannot carry it across .5 unless it is that close. k / 10^d is the double nearest the decimal k x 10^-d.
  if (decimals >= 0 && decimals <= 15) {
    const p = 10 ** decimals;
    const x = (value < 0 ? -value : value) * p;
    const f = x - Math.floor(x);
    if (x < 1e15 && Math.abs(f - 0.5) > x * 1e-14 + 1e-9) return (value < 0 ? -Math.round(x) : Math.round(x)) / p || 0;
  }
  const clean = Number(value.toPrecision(15));
  const sign = clean < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(clean)}e${decimals}`);
  const r = Math.round(shifted);
  return sign * Number(`${r}e-${decimals}`) || 0;
}

/** Groups digits Indonesian style: 1672255000.5 with 2 decimals -> "1.672.255.000,50". */
export function formatNumberId(value: number, decimals = 0): string {
  const r = roundHalfUp(value, decimals);
  const neg = r < 0;
  // toFixed writes 1e21 and above in exponent form ("1e+21"), which would read as "1" or "Rp 0": whole digits instead.
  const fixed = Math.abs(r) >= 1e21 && Number.isFinite(r) ? BigInt(Math.abs(r)).toString() + (decimals > 0 ? "." + "0".repeat(decimals) : "") : Math.abs(r).toFixed(decimals);
  const [i, f] = fixed.split(".");
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + grouped + (f ? "," + f : "");
}

/** "Rp 1.672.255.000" or, with { sen: true }, "Rp 1.672.255.000,00". Negative: "-Rp 1.000". */
export function formatRupiah(value: number | bigint, options: { sen?: boolean } = {}): string {
  const v = typeof value === "bigint" ? senToRupiah(value * 100n) : value;
  const body = formatNumberId(Math.abs(v), options.sen ? 2 : 0);
  return (v < 0 && body.replace(/[0.,]/g, "") !== "" ? "-" : "") + "Rp " + body;
}

/** Sen (bigint) -> "Rp 1.672.255.000,00" without passing through a float for large totals. */
export function formatSen(sen: bigint, options: { sen?: boolean } = { sen: true }): string {
  const neg = sen < 0n;
  const a = neg ? -sen : sen;
  let whole = a / 100n;
  let cents = a % 100n;
  if (!options.sen && cents >= 50n) whole += 1n;
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + "Rp " + grouped + (options.sen ? "," + cents.toString().padStart(2, "0") : "");
}

/** Fraction -> Indonesian percent text: formatPercent(1.0692) -> "106,92%"; formatPercent(0.5, 0) -> "50%". */
export function formatPercent(fraction: number, decimals = 2): string {
  return formatNumberId(fraction * 100, decimals) + "%";
}

/**
 * Does a stated percent hold for a recomputed fraction, at the precision it is shown?
 * "106,92%" (decimals 2) holds for recomputed values in [106,915%; 106,925%), i.e. when the recomputation
 * rounds half-up to the stated figure. `tolerancePoints` widens the window by that many percent points
 * (e.g. 0.01 to accept truncation instead of rounding).
 * @param stated fraction as stated (1.0692)
 * @param decimals decimals shown in the percent figure (2 for "106,92%")
 * @param computed recomputed fraction (278/260)
 */
export function percentHolds(stated: number, decimals: number, computed: number, tolerancePoints = 0): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return false;
  const statedPct = roundHalfUp(stated * 100, decimals);
  const pct = computed * 100;
  if (roundHalfUp(pct, decimals) === statedPct) return true;
  if (tolerancePoints > 0) {
    const half = 0.5 * Math.pow(10, -decimals);
    return pct >= statedPct - half - tolerancePoints - 1e-9 && pct < statedPct + half + tolerancePoints + 1e-9;
  }
  return false;
}

/** Same check for plain numbers shown with `decimals` places (an IKM of 82,79, an index of 0,68). */
export function valueHolds(stated: number, decimals: number, computed: number, tolerance = 0): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return false;
  if (roundHalfUp(computed, decimals) === roundHalfUp(stated, decimals)) return true;
  return tolerance > 0 && Math.abs(computed - stated) <= 0.5 * Math.pow(10, -decimals) + tolerance + 1e-9;
}
