// NIP structure (Perka BKN 22/2007): birth date YYYYMMDD, TMT CPNS YYYYMM, sex digit 1/2, sequence 001+.
// NI PPPK: birth date, the year of appointment and a two-digit code (not a month), sex digit, sequence.
// Validity is the shared parseNip (src/core/formulas/nip.ts, also behind the NIP custom function); this file
// names the first problem for the finding's message, and adds what a validator can be stricter about
// (an NI PPPK dated before PPPK existed, a birth year before 1930 or less than 15 years ago).
import { distance } from "fastest-levenshtein";
import { parseNip } from "../../formulas/nip";

export type NipProblem =
  | { kind: "length"; length: number }
  | { kind: "lahir"; value: string }
  | { kind: "tmt"; value: string }
  | { kind: "jk"; value: string }
  | { kind: "urut" }
  | { kind: "usia"; age: number }
  | { kind: "pppk"; year: number }
  | { kind: "default"; reason: string };

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/** First problem of an 18-digit NIP (digits only), or null when it is well formed. */
export function nipProblem(digits: string, now = new Date()): NipProblem | null {
  if (digits.length !== 18) return { kind: "length", length: digits.length };
  const shared = parseNip(digits, now);
  const own = classify(digits, now);
  // Both agree on every NIP we know of; a NIP only the shared check rejects still gets a finding.
  if (!shared.valid && !own) return { kind: "default", reason: shared.reasons.join("; ") };
  return own;
}

function classify(digits: string, now: Date): NipProblem | null {
  const by = +digits.slice(0, 4), bm = +digits.slice(4, 6), bd = +digits.slice(6, 8);
  const ty = +digits.slice(8, 12), tm = +digits.slice(12, 14);
  const sex = digits.charAt(14);
  const thisYear = now.getUTCFullYear();
  if (by < 1930 || by > thisYear - 15 || !validDate(by, bm, bd)) return { kind: "lahir", value: digits.slice(0, 8) };
  const pppk = tm < 1 || tm > 12;
  if (pppk) {
    // NI PPPK: PPPK appointments began in 2019 (PP 49/2018).
    if (ty < 2019 || ty > thisYear + 1) return { kind: "pppk", year: ty };
  } else if (ty < 1950 || ty > thisYear + 1) return { kind: "tmt", value: digits.slice(8, 14) };
  if (sex !== "1" && sex !== "2") return { kind: "jk", value: sex };
  if (digits.slice(15) === "000") return { kind: "urut" };
  const months = pppk ? (ty - by) * 12 : (ty * 12 + tm) - (by * 12 + bm);
  if (months < 18 * 12) return { kind: "usia", age: Math.floor(months / 12) };
  return null;
}

/** Strings longer than this are never "a keystroke or two away" from another: names and NIPs are far shorter, and
 *  a full distance on 32.000-character cells is quadratic work for nothing. */
export const MAX_EDIT_LENGTH = 64;

/** Levenshtein distance (fastest-levenshtein), for suggesting the NIP a mistyped one most likely is and for names
 *  misspelt by a letter. Lengths further apart than `max` return at once; over MAX_EDIT_LENGTH only equality counts. */
export function editDistance(a: string, b: string, max = 2): number {
  const gap = Math.abs(a.length - b.length);
  if (gap > max) return gap;
  if (a.length > MAX_EDIT_LENGTH || b.length > MAX_EDIT_LENGTH) return a === b ? 0 : Math.max(a.length, b.length);
  return distance(a, b);
}
