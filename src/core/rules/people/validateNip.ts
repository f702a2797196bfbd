// NIP structure (Perka BKN 22/2007): birth date YYYYMMDD, TMT CPNS YYYYMM, sex digit 1/2, sequence 001+.
// NI PPPK: birth date, the year of appointment and a two-digit code (not a month), sex digit, sequence.
// Validity is the shared parseNip (src/core/formulas/nip.ts, also behind the NIP custom function); this file
// names the first problem for the finding's message, and adds what a validator can be stricter about
// (an NI PPPK dated before PPPK existed, a birth year before 1930 or less than 15 years ago).
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

/** Levenshtein distance, for suggesting the NIP a mistyped one most likely is. */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
