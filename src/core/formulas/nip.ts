// The one NIP validator, behind the NIP custom function and the people rules (SAKIP-NIP-001/002).
// NIP PNS / NI PPPK: 18 digits = birth date YYYYMMDD + TMT (PNS: YYYYMM; PPPK: YYYY + 2-digit code 13..99, not a
// month) + sex digit (1 laki-laki, 2 perempuan) + sequence 001+. No checksum exists. Perka BKN 22/2007;
// PPPK appointments began in 2019 (PP 49/2018).
import { distance } from "fastest-levenshtein";

export interface NipDate { year: number; month: number; day: number }

/** What is wrong with an 18-digit NIP, for a finding's message (first problem) or the function's reasons (all). */
export type NipProblem =
  | { kind: "length"; length: number }
  | { kind: "lahir"; value: string }
  | { kind: "tmt"; value: string }
  | { kind: "jk"; value: string }
  | { kind: "urut" }
  | { kind: "usia"; age: number }
  | { kind: "pppk"; year: number }
  | { kind: "default"; reason: string };

export interface NipInfo {
  /** The input as given. */
  raw: string;
  /** Digits only (prefix "NIP." and spaces removed), when the input had only digits and spaces. */
  digits: string;
  valid: boolean;
  /** Indonesian reasons, empty when valid. */
  reasons: string[];
  /** "PNS" when digits 13-14 are a month, "PPPK" otherwise (year + perjanjian code). */
  jenis?: "PNS" | "PPPK";
  birth?: NipDate;
  /** TMT CPNS (PNS) or first year as PPPK (month null). */
  tmt?: { year: number; month: number | null };
  /** PPPK: the 2-digit code in place of the month. */
  pppkCode?: number;
  sex?: 1 | 2;
  sexLabel?: "Laki-laki" | "Perempuan";
  sequence?: number;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS[m - 1] + (leap ? 1 : 0);
}

/** The number written by digits[from..to) (digits only; no substring per field of a spill of NIPs). */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

const NO_PROBLEMS: readonly NipProblem[] = Object.freeze([]);

/** Every problem of a NIP given as digits, in reading order (birth date, TMT, sex, sequence, age). */
export function nipProblems(digits: string, now = new Date()): NipProblem[] {
  if (digits.length !== 18) return [{ kind: "length", length: digits.length }];
  let out: NipProblem[] | null = null;
  const push = (p: NipProblem) => (out ??= []).push(p);
  const by = digitsAt(digits, 0, 4), bm = digitsAt(digits, 4, 6), bd = digitsAt(digits, 6, 8);
  const ty = digitsAt(digits, 8, 12), tm = digitsAt(digits, 12, 14);
  const sex = digits.charAt(14);
  const thisYear = now.getUTCFullYear();
  const birthOk = by >= 1930 && by <= thisYear - 15 && validDate(by, bm, bd);
  if (!birthOk) push({ kind: "lahir", value: digits.slice(0, 8) });
  const pppk = tm > 12;
  let tmtOk = true;
  if (tm === 0) { push({ kind: "tmt", value: digits.slice(8, 14) }); tmtOk = false; }
  else if (pppk) {
    if (ty < 2019 || ty > thisYear + 1) { push({ kind: "pppk", year: ty }); tmtOk = false; }
  } else if (ty < 1950 || ty > thisYear + 1) { push({ kind: "tmt", value: digits.slice(8, 14) }); tmtOk = false; }
  if (sex !== "1" && sex !== "2") push({ kind: "jk", value: sex });
  if (digitsAt(digits, 15, 18) === 0) push({ kind: "urut" });
  if (birthOk && tmtOk) {
    const months = pppk ? (ty - by) * 12 : (ty * 12 + tm) - (by * 12 + bm);
    if (months < 18 * 12) push({ kind: "usia", age: Math.floor(months / 12) });
  }
  return out ?? (NO_PROBLEMS as NipProblem[]);
}

/** First problem of a NIP given as digits, or null when it is well formed. */
export function nipProblem(digits: string, now = new Date()): NipProblem | null {
  return nipProblems(digits, now)[0] ?? null;
}

/** A problem in the words of the NIP function's "Tidak valid: ..." */
export function nipReason(p: NipProblem): string {
  switch (p.kind) {
    case "length": return `NIP harus 18 digit (ada ${p.length}).`;
    case "lahir": return `tanggal lahir ${p.value} (8 digit pertama) tidak valid.`;
    case "tmt": return `TMT ${p.value} (digit 9-14) bukan tahun-bulan yang mungkin.`;
    case "pppk": return `digit 13-14 bukan bulan, jadi terbaca NI PPPK, tetapi tahun ${p.year} sebelum ada PPPK (2019).`;
    case "jk": return `digit jenis kelamin (ke-15) harus 1 atau 2, bukan ${p.value}.`;
    case "urut": return "nomor urut (3 digit terakhir) harus mulai 001.";
    case "usia": return `TMT menunjukkan pengangkatan pada usia ${p.age} tahun, sebelum umur 18 tahun.`;
    default: return p.reason;
  }
}

/** "NIP. 19661019 198703 1 008", "NIP: ...", "NI PPPK ...": the label a PK signature line puts before the number. */
const PREFIX = /^\s*(?:NIP|NI\s*PPPK)\s*[.:]?\s*/i;

/**
 * Parses and checks a NIP. Accepts "196610191987031008", "19661019 198703 1 008" and "NIP. 19661019 198703 1 008".
 * A number (Excel keeps 15 significant digits) cannot hold a NIP: pass it and get that reason.
 * @param today only used to reject future birth dates / TMT (defaults to now).
 */
export function parseNip(value: unknown, today: Date = new Date()): NipInfo {
  if (typeof value === "number") {
    const digits = Number.isFinite(value) ? value.toFixed(0) : String(value);
    return {
      raw: String(value), digits, valid: false,
      reasons: [digits.length >= 16
        ? "NIP disimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhir hilang. Simpan NIP sebagai teks."
        : `NIP harus 18 digit (ada ${digits.length}); simpan sebagai teks.`],
    };
  }
  const raw = value === null || value === undefined ? "" : String(value);
  // 18 digits as stored is the usual cell: no clean-up needed.
  const compact = raw.length === 18 && /^\d{18}$/.test(raw) ? raw : raw.replace(/^\s*'/, "").replace(PREFIX, "").replace(/[\s\u00a0]+/g, "");
  const info: NipInfo = { raw, digits: compact, valid: false, reasons: [] };
  if (compact === "") { info.reasons.push("NIP kosong."); return info; }
  if (!/^\d+$/.test(compact)) { info.reasons.push("NIP hanya boleh berisi angka (dan spasi)."); return info; }
  const problems = nipProblems(compact, today);
  if (problems.length) info.reasons = problems.map(nipReason);
  if (compact.length !== 18) return info;

  const y = +compact.slice(0, 4), m = +compact.slice(4, 6), d = +compact.slice(6, 8);
  const ty = +compact.slice(8, 12), tm = +compact.slice(12, 14);
  const sex = +compact.charAt(14);
  const seq = +compact.slice(15, 18);
  const has = (kind: NipProblem["kind"]) => problems.some((p) => p.kind === kind);
  if (!has("lahir")) info.birth = { year: y, month: m, day: d };
  const pns = tm >= 1 && tm <= 12;
  info.jenis = pns ? "PNS" : "PPPK";
  info.tmt = { year: ty, month: pns ? tm : null };
  if (!pns) info.pppkCode = tm;
  if (sex === 1 || sex === 2) { info.sex = sex; info.sexLabel = sex === 1 ? "Laki-laki" : "Perempuan"; }
  if (seq >= 1) info.sequence = seq;
  info.valid = problems.length === 0;
  return info;
}

/** Excel date serial (days since 1899-12-30) of a calendar date. */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
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
