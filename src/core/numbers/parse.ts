// Reads numbers the way Indonesian planners type them (and paste them from Word):
// "Rp 1.672.255.000,00", "Rp 197,951,250.00", "106,92%", "21,44", "1000 SK KP PNS", "N/A", "-".
// Pure: no Office globals, no DOM. Examples table: test/functions/numbers.test.ts.

/** What the text holds. Percent values are fractions (106,92% -> 1.0692). */
export type NumberKind = "number" | "percent" | "money" | "missing" | "text";

/**
 * Which separators the text uses:
 * - "id": dot thousands, comma decimals ("1.672.255.000,00", "21,44")
 * - "en": comma thousands, dot decimals ("197,951,250.00", "21.44")
 * - "plain": no separator at all ("278", "1000")
 * - "ambiguous": one separator followed by exactly three digits ("1.000", "1,000"): either reading is possible.
 */
export type Convention = "id" | "en" | "plain" | "ambiguous";

/** What the caller knows from the column or the workbook, used only to resolve ambiguous text. */
export interface ParseHint {
  /** "money": amounts are whole rupiah (or sen with 2 decimals), so a separator before 3 digits is a thousands separator.
   *  "count": whole numbers (people, documents), same effect. "decimal": the value has decimals (scores, indices). */
  expect?: "money" | "count" | "decimal" | "percent" | "number";
  /** Convention used elsewhere in the column/workbook; decides "1.000" / "1,000". */
  convention?: "id" | "en";
}

export interface ParsedNumber {
  kind: NumberKind;
  /** The number (fraction for percent); null when missing, text, or malformed (see `likely`). */
  value: number | null;
  /** The input, as given. */
  raw: string;
  convention: Convention;
  /** Digits shown after the decimal separator (for a percent: of the percent figure, "106,92%" -> 2). */
  decimals: number;
  /** Trailing words after the number ("1000 SK KP PNS" -> "SK KP PNS"). */
  unit?: string;
  /** "Rp" when the text carries a currency mark. */
  currency?: "Rp";
  /** True when the separators cannot be a correct number in either convention. */
  malformed?: boolean;
  /** For malformed text: the reading a person most likely meant (null if none is plausible). */
  likely?: number | null;
  /** For ambiguous text: both readings [thousands reading, decimal reading]. */
  alternatives?: [number, number];
  /** Indonesian explanation for malformed / ambiguous text, ready for a finding. */
  note?: string;
}

const MISSING = new Set(["", "-", "--", "–", "—", "n/a", "na", "n.a", "n.a.", "#n/a", "tidak ada", "null", "nihil"]);

// sign, optional currency, number body, optional percent / ",-" / unit
const CURRENCY = /^(?:rp\.?|idr)\s*/i;

/** Canonical decimal string ("-1234.50") -> number, exactly as JS reads that literal. */
function toNumber(negative: boolean, intDigits: string, fracDigits: string): number {
  const s = (negative ? "-" : "") + (intDigits.replace(/^0+(?=\d)/, "") || "0") + (fracDigits ? "." + fracDigits : "");
  return Number(s);
}

/** Moves the decimal point two places left without float arithmetic (106.92 -> 1.0692). */
function percentToFraction(negative: boolean, intDigits: string, fracDigits: string): number {
  const all = intDigits + fracDigits;
  const pointAt = intDigits.length - 2;
  const padded = pointAt <= 0 ? "0".repeat(1 - pointAt) + all : all;
  const p = pointAt <= 0 ? 1 : pointAt;
  return toNumber(negative, padded.slice(0, p), padded.slice(p));
}

interface Body {
  intDigits: string;
  fracDigits: string;
  convention: Convention;
  malformed?: boolean;
  /** Reading used for `likely` when malformed (null = no plausible reading). */
  likelyInt?: string;
  likelyFrac?: string;
  ambiguousSep?: "." | ",";
  note?: string;
}

const isGroup3 = (g: string) => /^\d{3}$/.test(g);
const isLead = (g: string) => /^\d{1,3}$/.test(g);

/** Splits a digits-and-separators body into integer and fraction digits, deciding the convention. */
function readBody(body: string): Body {
  const dots = (body.match(/\./g) || []).length;
  const commas = (body.match(/,/g) || []).length;
  if (dots === 0 && commas === 0) return { intDigits: body, fracDigits: "", convention: "plain" };

  // Only one kind of separator.
  if (dots === 0 || commas === 0) {
    const sep = dots ? "." : ",";
    const groups = body.split(sep);
    const conv: Convention = sep === "." ? "en" : "id"; // as a decimal separator
    const thousandsConv: Convention = sep === "." ? "id" : "en";
    if (groups.length === 2) {
      const [a, b] = groups;
      if (isGroup3(b) && isLead(a) && !/^0/.test(a)) {
        return { intDigits: a + b, fracDigits: "", convention: "ambiguous", ambiguousSep: sep };
      }
      if (a === "") return { intDigits: "0", fracDigits: b, convention: conv };
      return { intDigits: a, fracDigits: b, convention: conv };
    }
    // Several separators of one kind: thousands groups "1.672.255.000".
    const [lead, ...rest] = groups;
    if (isLead(lead) && rest.every(isGroup3)) {
      return { intDigits: groups.join(""), fracDigits: "", convention: thousandsConv };
    }
    // "577.255.000.00": groups of three ending in a 1-2 digit group: the last separator was meant as decimals.
    const last = rest[rest.length - 1];
    if (isLead(lead) && rest.slice(0, -1).every(isGroup3) && /^\d{1,2}$/.test(last)) {
      const likelyInt = [lead, ...rest.slice(0, -1)].join("");
      return {
        intDigits: "", fracDigits: "", convention: thousandsConv, malformed: true, likelyInt, likelyFrac: last,
        note: `Pemisah "${sep}" dipakai untuk ribuan dan juga sebelum ${last.length} angka desimal terakhir; kemungkinan maksudnya ${groupId(likelyInt)},${last}.`,
      };
    }
    return {
      intDigits: "", fracDigits: "", convention: thousandsConv, malformed: true, likelyInt: groups.join(""), likelyFrac: "",
      note: `Kelompok angka tidak teratur (${body}); kemungkinan maksudnya ${groupId(groups.join(""))}.`,
    };
  }

  // Both separators: the last one to appear is the decimal separator.
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  const dec = lastDot > lastComma ? "." : ",";
  const thou = dec === "." ? "," : ".";
  const conv: Convention = dec === "," ? "id" : "en";
  const firstDec = body.indexOf(dec);
  const intPart = body.slice(0, firstDec);
  const fracPart = body.slice(firstDec + 1);
  const intGroups = intPart.split(thou);
  const groupsOk = isLead(intGroups[0]) && intGroups.slice(1).every(isGroup3);
  if (fracPart.includes(thou)) {
    // e.g. "1,000.000,00": separators interleaved.
    return {
      intDigits: "", fracDigits: "", convention: conv, malformed: true, likelyInt: undefined,
      note: `Pemisah ribuan dan desimal bercampur (${body}); angka tidak dapat dibaca dengan pasti.`,
    };
  }
  const fracGroups = fracPart.split(dec);
  if (fracGroups.length > 1) {
    // "750.000,00,00": two decimal groups. Likely the first one is the real decimals (extra ",00" pasted twice).
    const extraZero = fracGroups.slice(1).every((g) => /^0+$/.test(g));
    const likelyInt = intGroups.join("");
    return {
      intDigits: "", fracDigits: "", convention: conv, malformed: true,
      likelyInt: groupsOk ? likelyInt : undefined, likelyFrac: fracGroups[0],
      note: extraZero && groupsOk
        ? `Ada dua bagian desimal (${body}); kemungkinan maksudnya ${groupId(likelyInt)}${dec === "," ? "," : ","}${fracGroups[0]}.`
        : `Ada lebih dari satu pemisah desimal (${body}).`,
    };
  }
  if (!groupsOk) {
    return {
      intDigits: "", fracDigits: "", convention: conv, malformed: true, likelyInt: intGroups.join(""), likelyFrac: fracPart,
      note: `Kelompok ribuan tidak teratur (${body}); kemungkinan maksudnya ${groupId(intGroups.join(""))},${fracPart}.`,
    };
  }
  return { intDigits: intGroups.join(""), fracDigits: fracPart, convention: conv };
}

/** "1672255000" -> "1.672.255.000" (for notes). */
function groupId(intDigits: string): string {
  const d = intDigits.replace(/^0+(?=\d)/, "");
  // A loop, not /\B(?=(\d{3})+(?!\d))/g: that lookahead rescans the rest at every position (quadratic; minutes on
  // a 32.000-digit cell).
  if (!/^\d+$/.test(d)) return d.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const first = d.length % 3 || 3;
  let out = d.slice(0, first);
  for (let i = first; i < d.length; i += 3) out += "." + d.slice(i, i + 3);
  return out;
}

/**
 * Parses one typed value. Never throws.
 * parseNumber("Rp 1.672.255.000,00") -> { kind: "money", value: 1672255000, convention: "id", decimals: 2, currency: "Rp" }
 * parseNumber("106,92%") -> { kind: "percent", value: 1.0692, convention: "id", decimals: 2 }
 * parseNumber("1.000") -> { kind: "number", value: 1000, convention: "ambiguous", alternatives: [1000, 1] }
 * parseNumber("1.000", { expect: "money" }) -> { value: 1000, convention: "id" }
 */
export function parseNumber(text: string, hint: ParseHint = {}): ParsedNumber {
  const raw = text;
  let s = String(text ?? "").replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (MISSING.has(s.toLowerCase())) return { kind: "missing", value: null, raw, convention: "plain", decimals: 0 };

  let negative = false;
  let currency: "Rp" | undefined;
  // Accounting negatives "(1.000)" and leading signs, before or after the currency mark.
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) { negative = true; s = paren[1].trim(); }
  const takeSign = () => {
    const m = /^([-+\u2212])\s*/.exec(s);
    if (m) { if (m[1] !== "+") negative = !negative; s = s.slice(m[0].length); }
  };
  takeSign();
  const cur = CURRENCY.exec(s);
  if (cur && /\d/.test(s.charAt(cur[0].length) || "") || (cur && /^[-\u2212(]/.test(s.slice(cur[0].length)))) {
    currency = "Rp";
    s = s.slice(cur[0].length);
    takeSign();
  }

  const m = /^(\d[\d.,]*\d|\d)(.*)$/.exec(s);
  if (!m) return { kind: "text", value: null, raw, convention: "plain", decimals: 0 };
  let body = m[1];
  let rest = m[2];
  // "Rp 1.000.000,-": a dash where the sen would be.
  const dashSen = /^[.,][-\u2013]/.exec(rest);
  if (dashSen) rest = rest.slice(dashSen[0].length);
  // A trailing separator "1.000." is noise.
  rest = rest.trim();
  let percent = false;
  if (rest.startsWith("%")) { percent = true; rest = rest.slice(1).trim(); }
  // Unit words must start with a letter (so "19661019 198703 1 008" stays text).
  if (rest && !/^[A-Za-z\u00C0-\u024F/(]/.test(rest)) return { kind: "text", value: null, raw, convention: "plain", decimals: 0 };
  if (/^rp\.?$/i.test(rest)) { currency = "Rp"; rest = ""; }
  const unit = rest || undefined;

  const b = readBody(body);
  const kind: NumberKind = percent ? "percent" : currency ? "money" : "number";
  const base: ParsedNumber = { kind, value: null, raw, convention: b.convention, decimals: b.fracDigits.length };
  if (unit) base.unit = unit;
  if (currency) base.currency = currency;

  const make = (i: string, f: string) => (percent ? percentToFraction(negative, i, f) : toNumber(negative, i, f));

  // More digits than a double holds: not a number anyone typed on purpose.
  if (b.intDigits.replace(/^0+/, "").length > 300 || (b.likelyInt ?? "").replace(/^0+/, "").length > 300) {
    return { kind: "text", value: null, raw, convention: "plain", decimals: 0, note: "Angka terlalu panjang untuk dibaca." };
  }
  if (b.malformed) {
    base.malformed = true;
    base.likely = b.likelyInt !== undefined ? make(b.likelyInt, b.likelyFrac || "") : null;
    if (base.likely !== null && !Number.isFinite(base.likely)) base.likely = null;
    base.decimals = (b.likelyFrac || "").length;
    base.note = b.note;
    return base;
  }

  if (b.convention === "ambiguous") {
    const a = body.split(b.ambiguousSep!);
    const thousands = make(a[0] + a[1], "");
    const decimal = make(a[0], a[1]);
    const wholeExpected = currency || hint.expect === "money" || hint.expect === "count";
    // The separator reads as thousands when amounts are whole (rupiah never has 3 decimals) or when the workbook's
    // convention uses it for thousands; as decimals when the workbook's convention says so.
    let resolved: "thousands" | "decimal" | undefined;
    if (wholeExpected) resolved = "thousands";
    else if (hint.convention) resolved = (hint.convention === "id") === (b.ambiguousSep === ".") ? "thousands" : "decimal";
    else if (hint.expect === "decimal") resolved = "decimal";
    if (resolved) {
      base.convention = resolved === "thousands" ? (b.ambiguousSep === "." ? "id" : "en") : (b.ambiguousSep === "." ? "en" : "id");
      base.value = resolved === "thousands" ? thousands : decimal;
      base.decimals = resolved === "thousands" ? 0 : 3;
      return base;
    }
    base.value = thousands;
    base.decimals = 0;
    base.alternatives = [thousands, decimal];
    base.note = `"${body}" bisa dibaca ${groupId(a[0] + a[1])} (pemisah ribuan) atau ${a[0]},${a[1]} (desimal); tentukan dari kolomnya.`;
    return base;
  }

  base.value = make(b.intDigits, b.fracDigits);
  if (!Number.isFinite(base.value)) return { kind: "text", value: null, raw, convention: "plain", decimals: 0, note: "Angka terlalu panjang untuk dibaca." };
  return base;
}

/** Convenience for cell values: numbers pass through (kind "number", convention "plain"), strings are parsed,
 *  null/undefined/"" are missing, booleans and other values are text. */
export function parseValue(value: unknown, hint: ParseHint = {}): ParsedNumber {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", value: null, raw: String(value), convention: "plain", decimals: 0 };
    return { kind: "number", value, raw: String(value), convention: "plain", decimals: decimalsOf(value) };
  }
  if (value === null || value === undefined) return { kind: "missing", value: null, raw: "", convention: "plain", decimals: 0 };
  if (typeof value === "string") return parseNumber(value, hint);
  return { kind: "text", value: null, raw: String(value), convention: "plain", decimals: 0 };
}

/** Decimals a stored number shows at most (float noise removed): 21.44 -> 2, 278 -> 0. */
export function decimalsOf(value: number): number {
  const s = String(Number(value.toPrecision(15)));
  if (/e/i.test(s)) return 0;
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export interface ParsedRange {
  low: number;
  high: number;
  /** True when both bounds were written as percents ("80%-90%" or "80-90%"): values are fractions. */
  percent: boolean;
}

/**
 * Range targets as typed: "80-90", "80 - 90%", "80–90", "7-8 bulan", "80 s.d. 90", "80 s/d 90".
 * Returns null when the text is not a range. A leading minus is not taken as a range separator.
 */
export function parseRange(text: string, hint: ParseHint = {}): ParsedRange | null {
  const s = String(text ?? "").replace(/[\u00a0]/g, " ").trim();
  const m = /^(.*?\d%?)\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai)\s*(\d.*)$/i.exec(s);
  if (!m) return null;
  const right = parseNumber(m[2], hint);
  let leftText = m[1].trim();
  const percent = right.kind === "percent" || leftText.endsWith("%");
  if (percent && !leftText.endsWith("%")) leftText += "%";
  const left = parseNumber(leftText, hint);
  if (left.value === null || right.value === null || left.unit) return null;
  const low = Math.min(left.value, right.value);
  const high = Math.max(left.value, right.value);
  return { low, high, percent };
}
