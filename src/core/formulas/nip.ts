// NIP PNS / NI PPPK: 18 digits = birth date YYYYMMDD + TMT (PNS: YYYYMM; PPPK: YYYY + 2-digit code)
// + sex digit (1 laki-laki, 2 perempuan) + sequence 001+. No checksum exists. Perka BKN 22/2007.

export interface NipDate { year: number; month: number; day: number }

export interface NipInfo {
  /** The input as given. */
  raw: string;
  /** Digits only (spaces removed), when the input had only digits and spaces. */
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

const validDate = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
};

/**
 * Parses and checks a NIP. Accepts "196610191987031008" and "19661019 198703 1 008".
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
  const compact = raw.replace(/[\s\u00a0]+/g, "").replace(/^'/, "");
  const info: NipInfo = { raw, digits: compact, valid: false, reasons: [] };
  if (compact === "") { info.reasons.push("NIP kosong."); return info; }
  if (!/^\d+$/.test(compact)) { info.reasons.push("NIP hanya boleh berisi angka (dan spasi)."); return info; }
  if (compact.length !== 18) { info.reasons.push(`NIP harus 18 digit (ada ${compact.length}).`); return info; }

  const y = +compact.slice(0, 4), m = +compact.slice(4, 6), d = +compact.slice(6, 8);
  const ty = +compact.slice(8, 12), tm = +compact.slice(12, 14);
  const sex = +compact.charAt(14);
  const seq = +compact.slice(15, 18);
  const thisYear = today.getUTCFullYear();

  if (!validDate(y, m, d) || y < 1900 || y > thisYear) info.reasons.push(`tanggal lahir ${compact.slice(0, 8)} tidak valid.`);
  else info.birth = { year: y, month: m, day: d };

  const pns = tm >= 1 && tm <= 12;
  info.jenis = pns ? "PNS" : "PPPK";
  info.tmt = { year: ty, month: pns ? tm : null };
  if (!pns) info.pppkCode = tm;
  if (ty < 1900 || ty > thisYear + 1) info.reasons.push(`tahun TMT ${ty} tidak valid.`);
  else if (info.birth) {
    // TMT before the 18th birthday: for PNS compare months, for PPPK years.
    const age18 = { year: y + 18, month: m };
    const before = pns ? ty * 12 + tm < age18.year * 12 + age18.month : ty < age18.year;
    if (before) info.reasons.push(`TMT ${pns ? String(tm).padStart(2, "0") + "/" : ""}${ty} sebelum umur 18 tahun (lahir ${d}/${m}/${y}).`);
  }
  if (sex !== 1 && sex !== 2) info.reasons.push(`digit jenis kelamin (ke-15) harus 1 atau 2, bukan ${sex}.`);
  else { info.sex = sex; info.sexLabel = sex === 1 ? "Laki-laki" : "Perempuan"; }
  if (seq < 1) info.reasons.push("nomor urut (3 digit terakhir) harus mulai 001.");
  else info.sequence = seq;

  info.valid = info.reasons.length === 0;
  return info;
}

/** Excel date serial (days since 1899-12-30) of a calendar date. */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}
