// Domain error for the formulas: an Excel-like kind plus an Indonesian message.
// The custom-function wrappers map it to CustomFunctions.Error; the validator reads `kind` and `message`.
import { parseValue, ParseHint } from "../numbers/parse";
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

/**
 * Reads one argument as a number: numbers pass, text is parsed ("21,44", "95%", "Rp 1.000.000,00", "12 bulan"),
 * blank / "N/A" / "-" -> FormulaError "na", anything else -> FormulaError "value" naming the argument.
 * Percent text gives a fraction ("95%" -> 0.95).
 */
export function readNumber(value: unknown, argName: string, hint: ParseHint = {}): number {
  if (typeof value === "boolean") throw new FormulaError("value", `${argName}: nilai logika (TRUE/FALSE) bukan angka.`);
  // A finite number is read as is: no ParsedNumber (String(value) + decimalsOf) for each element of a spill.
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const p = parseValue(value, hint);
  if (p.kind === "missing") throw new FormulaError("na", `${argName} kosong atau N/A.`);
  if (p.malformed) {
    const shown = p.likely === null || p.likely === undefined ? "" : formatNumberId(p.likely, Math.min(p.decimals, 6));
    const likely = shown ? ` (mungkin maksudnya ${shown})` : "";
    throw new FormulaError("value", `${argName}: angka "${p.raw}" salah tulis${likely}.`);
  }
  if (p.value === null) throw new FormulaError("value", `${argName}: "${p.raw}" bukan angka.`);
  return p.value;
}

/** Reads an optional text option (null/""/undefined -> fallback), lower-cased, spaces and dashes as "_". */
export function readOption<T extends string>(value: unknown, argName: string, allowed: readonly T[], fallback: T,
  aliases: Record<string, T> = {}): T {
  if (value === null || value === undefined || value === "" || value === 0) return fallback;
  if (typeof value !== "string") throw new FormulaError("value", `${argName} harus salah satu dari: ${allowed.join(", ")}.`);
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if ((allowed as readonly string[]).includes(key)) return key as T;
  if (key in aliases) return aliases[key];
  throw new FormulaError("value", `${argName} "${value}" tidak dikenal; pilih salah satu: ${allowed.join(", ")}.`);
}

/** Removes float noise from a result (1.0692 - 0.8916 -> 0.1776), keeping 15 significant digits. */
export const clean = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(15)) + 0 : x);
