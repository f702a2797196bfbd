// Domain error for the formulas: an Excel-like kind plus an Indonesian message.
// The custom-function wrappers map it to CustomFunctions.Error; the validator reads `kind` and `message`.
import { formatNumberId } from "../numbers/money";

/** "value" -> #VALUE!, "na" -> #N/A, "div0" -> #DIV/0! */
export type FormulaErrorKind = "value" | "na" | "div0";

export class FormulaError extends Error {
  readonly kind: FormulaErrorKind;
  constructor(kind: FormulaErrorKind, message: string) {
    super(message);
    this.name = "FormulaError";
    this.kind = kind;
  }
}

export const isFormulaError = (e: unknown): e is FormulaError =>
  e instanceof FormulaError || (typeof e === "object" && e !== null && (e as { name?: string }).name === "FormulaError");

/** A value as a message shows it: numbers the Indonesian way ("4,5", "401,5", "1.000"), TRUE/FALSE as Excel's two
 *  names ("TRUE/BENAR"), text in quotes and cut at 40 characters. */
export function shownValue(value: unknown): string {
  if (typeof value === "number") return shownNumber(value);
  if (typeof value === "boolean") return value ? "TRUE/BENAR" : "FALSE/SALAH";
  if (value === null || value === undefined) return "kosong";
  const s = String(value);
  return `"${s.length > 40 ? s.slice(0, 39) + "\u2026" : s}"`;
}

/** A number in a message: Indonesian separators, up to 6 decimals without trailing zeros (4.5 -> "4,5"). */
export function shownNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e15 || (x !== 0 && Math.abs(x) < 1e-6)) return x.toExponential(2).replace(".", ",");
  const s = formatNumberId(x, 6);
  return s.includes(",") ? s.replace(/0+$/, "").replace(/,$/, "") : s;
}

/** Reads an optional text option (null/""/undefined -> fallback), lower-cased, spaces and dashes as "_". */
export function readOption<T extends string>(value: unknown, argName: string, allowed: readonly T[], fallback: T,
  aliases: Record<string, T> = {}): T {
  if (value === null || value === undefined || value === "" || value === 0) return fallback;
  // A number is looked up as its text: scale "6" or 6 (a cell holding the number) is the same choice.
  if (typeof value === "number" && Number.isFinite(value)) value = String(value);
  if (typeof value !== "string") throw new FormulaError("value", `${argName} harus salah satu dari: ${allowed.join(", ")}.`);
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if ((allowed as readonly string[]).includes(key)) return key as T;
  if (key in aliases) return aliases[key];
  throw new FormulaError("value", `${argName} "${value}" tidak dikenal; pilih salah satu: ${allowed.join(", ")}.`);
}

/**
 * Removes float noise from a result (1.0692 - 0.8916 -> 0.1776), keeping 15 significant digits. Figures between
 * 0,001 and 1.000 (every capaian, serapan, efisiensi) round by one multiplication, without a string per element of a
 * spill: k / 10^p is the double nearest the decimal k x 10^-p. It equals toPrecision(15) except where the 16th digit
 * is a tie that x * 10^p rounds the other way (about 2% of random doubles, a difference in the 15th digit only).
 */
export const clean = (x: number): number => {
  const a = x < 0 ? -x : x;
  if (a >= 1e-3 && a < 1e3) {
    const p = a >= 1 ? (a >= 100 ? 1e12 : a >= 10 ? 1e13 : 1e14) : a >= 0.1 ? 1e15 : a >= 0.01 ? 1e16 : 1e17;
    // a * p lies in [1e14, 1e15), where adding 0.5 is exact: floor(a * p + 0.5) is Math.round(a * p), at half the
    // cost in V8 (Math.round per element was most of a spill's time).
    const k = Math.floor(a * p + 0.5);
    return x < 0 ? -k / p : k / p;
  }
  return Number.isFinite(x) ? Number(x.toPrecision(15)) + 0 : x;
};
