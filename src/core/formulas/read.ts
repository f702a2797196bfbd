// Reading a formula's arguments as planners type them. Pure. The custom functions call these per element; each
// throws a FormulaError naming the argument, never guesses silently.
//
// One decision for every percent-valued argument (capaian, serapan, batas_atas): a plain number is a fraction
// (1,0692 = 106,92%), percent text is a fraction ("95%" = 0,95), and a plain number above 3 is refused as "looks
// like percent points". The validator reads such a number as points (asFraction, same threshold 3); a function
// cannot see the cell's neighbours, so it asks instead, and its result stays monotonic in its input.
import { parseNumber, parseRange, type ParseHint, type ParsedNumber } from "../numbers/parse";
import { FormulaError, shownNumber, shownValue, clean } from "./errors";
import { formatNumberId } from "../numbers/money";
import type { Target } from "./capaian";

/** How the text numbers of one range write decimals: decided once from the whole range (domain notes). */
export type RangeConvention = "id" | "en" | "mixed";

/** A number read from one argument, with how it was written. */
export interface Figure {
  value: number;
  /** Written as percent text ("95%"): the value is a fraction. */
  percent: boolean;
}

/** Beyond this a plain number in a percent-valued argument looks like percent points (the validator's threshold). */
export const POINTS_ABOVE = 3;

/** Scale words after a figure: "1,5 juta" = 1.500.000. */
const SCALES: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };

/** What the reader knows beyond the cell: the parse hint, and a range whose text mixes both conventions. */
export interface ReadHint extends ParseHint {
  mixed?: boolean;
}

/** No hint: shared, so a call per element allocates nothing. */
const NO_HINT: ReadHint = Object.freeze({});

/** Reads one element of an argument as a number (see readFigure). */
export function readNumber(value: unknown, name: string, hint: ReadHint = NO_HINT): number {
  if (typeof value === "number" && value - value === 0) return value;
  return readFigure(value, name, hint).value;
}

/**
 * One element as a figure. Numbers pass. Text is parsed ("21,44", "Rp 1.672.255.000,00", "95%", "12 bulan",
 * "1,5 juta"). Blank, "N/A", "-" -> "na". Refused with a message ("value"): TRUE/FALSE, dates and fractions
 * ("01/02/2022", "1/2"), text holding a second number ("7 dari 8"), malformed separators, and text that reads two
 * ways in a range that writes both ways.
 */
export function readFigure(value: unknown, name: string, hint: ReadHint = NO_HINT): Figure {
  if (typeof value === "number") {
    if (value - value === 0) return { value, percent: false };
    throw new FormulaError("value", `${name}: ${shownValue(value)} bukan angka.`);
  }
  if (value === null || value === undefined) throw new FormulaError("na", `${name} kosong atau N/A.`);
  if (typeof value === "boolean") throw new FormulaError("value", `${name}: nilai logika ${shownValue(value)} bukan angka.`);
  if (typeof value !== "string") throw new FormulaError("value", `${name}: ${shownValue(String(value))} bukan angka.`);
  const p = parseNumber(value, hint);
  if (p.kind === "missing") throw new FormulaError("na", `${name} kosong atau N/A.`);
  if (p.malformed) {
    const shown = p.likely === null || p.likely === undefined ? "" : formatNumberId(p.likely, Math.min(p.decimals, 6));
    throw new FormulaError("value", `${name}: angka ${shownValue(p.raw)} salah tulis${shown ? ` (mungkin maksudnya ${shown})` : ""}.`);
  }
  if (p.value === null) throw new FormulaError("value", `${name}: ${shownValue(p.raw)} bukan angka.`);
  let v = p.value;
  if (p.unit) v = withUnit(v, p, name);
  if (p.alternatives && hint.mixed) {
    throw new FormulaError("value", `${name}: ${shownValue(p.raw)} bisa dibaca ${shownNumber(p.alternatives[0])} atau ${shownNumber(p.alternatives[1])}, `
      + "dan range ini menulis angka dengan dua cara (titik dan koma desimal); tulis tanpa pemisah ribuan.");
  }
  return { value: v, percent: p.kind === "percent" };
}

function withUnit(v: number, p: ParsedNumber, name: string): number {
  const unit = p.unit!.trim();
  if (/^\/\s*\d/.test(unit)) {
    throw new FormulaError("value", `${name}: ${shownValue(p.raw)} tampak seperti tanggal atau pecahan, bukan angka; tulis angkanya (mis. 0,5 atau 50%).`);
  }
  const word = /^[A-Za-z]+/.exec(unit)?.[0].toLowerCase();
  const scale = word ? SCALES[word] : undefined;
  const rest = scale ? unit.slice(word!.length) : unit;
  if (/\d/.test(rest)) {
    throw new FormulaError("value", `${name}: ${shownValue(p.raw)} berisi lebih dari satu angka; tulis satu angka (rentang hanya untuk target, mis. "80-90").`);
  }
  return scale ? clean(v * scale) : v;
}

/** The message for a plain number above 3 where a fraction belongs. */
export function pointsError(name: string, v: number): FormulaError {
  return new FormulaError("value", `${name} ${shownNumber(v)} tampak seperti poin persen (di atas ${POINTS_ABOVE} berarti di atas ${POINTS_ABOVE * 100}%); `
    + `tulis ${shownNumber(v)}% atau ${shownNumber(clean(v / 100))}.`);
}

/** A percent-valued element as a fraction: percent text or a plain number up to 3; above 3 is refused (points). */
export function readFraction(value: unknown, name: string, hint: ReadHint = NO_HINT): number {
  if (typeof value === "number" && value - value === 0) {
    if (value > POINTS_ABOVE || value < -POINTS_ABOVE) throw pointsError(name, value);
    return value;
  }
  const f = readFigure(value, name, hint);
  if (!f.percent && Math.abs(f.value) > POINTS_ABOVE) throw pointsError(name, f.value);
  return f.value;
}

/** A target: a number, or a range ("80-90", "80%-90%", "7-8 bulan", "7 bulan - 8 bulan", "80 s.d. 90"). */
export interface TargetFigure {
  target: Target;
  percent: boolean;
}

// "7 bulan - 8 bulan", "7 bulan s.d. 8 bulan", "7bulan-8bulan" (no lookbehind: older WebKit in Excel for Mac lacks it).
const RANGE_SPACED = /^(.+?)\s+(?:-|–|—|s\.?\s?d\.?|s\/d|sampai)\s+(\d.*)$/i;
const RANGE_AFTER_UNIT = /^(.*[A-Za-z%])\s*[-–—]\s*(\d.*)$/;

export function readTargetFigure(value: unknown, name: string, hint: ReadHint = NO_HINT): TargetFigure {
  if (typeof value === "string") {
    const r = parseRange(value, hint);
    if (r) return { target: { low: r.low, high: r.high }, percent: r.percent };
    const m = RANGE_SPACED.exec(value.trim()) ?? RANGE_AFTER_UNIT.exec(value.trim());
    const parts = m ? [m[1], m[2]] : [];
    if (parts.length === 2 && /\d/.test(parts[0])) {
      const a = parseNumber(parts[0], hint);
      const b = parseNumber(parts[1], hint);
      if (a.value !== null && b.value !== null && !a.malformed && !b.malformed) {
        const ua = (a.unit ?? "").toLowerCase(), ub = (b.unit ?? "").toLowerCase();
        if (ua && ub && ua !== ub) throw new FormulaError("value", `${name}: rentang ${shownValue(value)} memakai dua satuan (${a.unit} dan ${b.unit}).`);
        if (/\d/.test(ua + ub)) throw new FormulaError("value", `${name}: ${shownValue(value)} bukan rentang yang dapat dibaca.`);
        if ((a.kind === "percent") !== (b.kind === "percent")) throw new FormulaError("value", `${name}: rentang ${shownValue(value)}: tulis % pada kedua batas atau tidak sama sekali.`);
        return { target: { low: Math.min(a.value, b.value), high: Math.max(a.value, b.value) }, percent: a.kind === "percent" };
      }
    }
  }
  const f = readFigure(value, name, hint);
  return { target: f.value, percent: f.percent };
}

/**
 * How the text numbers of a range write decimals: "en" when some text can only be English ("2,000.5", "21.44"),
 * "id" when some can only be Indonesian ("1.000,5", "21,44"), "mixed" when both occur, undefined when none decides.
 * Linear in the range; only string cells are parsed.
 */
export function rangeConvention(matrix: readonly (readonly unknown[])[]): RangeConvention | undefined {
  let id = false, en = false;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || !/[.,]/.test(v)) continue;
      const p = parseNumber(v);
      if (p.value === null || p.malformed) continue;
      if (p.convention === "id") id = true;
      else if (p.convention === "en") en = true;
      if (id && en) return "mixed";
    }
  }
  return id ? "id" : en ? "en" : undefined;
}

/** The parse hint a range's convention gives its elements (Indonesian when the range does not decide). */
export function hintFor(convention: RangeConvention | undefined, base: ParseHint = {}): ReadHint {
  if (convention === "mixed") return { ...base, mixed: true };
  return { ...base, convention: convention ?? "id" };
}
