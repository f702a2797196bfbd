// Text normalisation for header words and for matching item names across sheets.

const NON_ASCII = /[^\x00-\x7f]/;

/** Header text -> comparable form: upper case, no "(Rp.)", punctuation as spaces ("ANGGARAN (Rp.)" -> "ANGGARAN"). */
export function normHeader(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text)
    .toUpperCase()
    .replace(/\(\s*RP\.?\s*\)|\bRP\b\.?/g, " ")
    .replace(/[^A-Z0-9%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Common spelling variants seen in PK workbooks (both sides are normalised to the right-hand form).
const VARIANT_MAP: Record<string, string> = {
  penggadaan: "pengadaan", pemerintah: "pemerintahan", kab: "kabupaten", pemkab: "pemerintahan kabupaten",
  kasubag: "kepala sub bagian", kasubbag: "kepala sub bagian", subbag: "sub bagian", subag: "sub bagian",
  subkoordinator: "sub koordinator", subkegiatan: "sub kegiatan", kabid: "kepala bidang", perdin: "perjalanan dinas",
  sertajabatan: "serta jabatan", manmin: "mamin", cetakan: "cetak", ijin: "izin", praktek: "praktik", bpsdm: "bkpsdm",
  // function words carry no meaning for matching
  dan: " ", serta: " ", yang: " ", di: " ", bagi: " ", untuk: " ", pada: " ", dari: " ", ke: " ",
};
const VARIANT_RE = new RegExp(`\\b(?:${Object.keys(VARIANT_MAP).join("|")})\\b`, "g");
const nameCache = new Map<string, string>();

/** Name -> key for matching items across sheets: case, punctuation, spacing, leading numbering,
 *  a leading "Program"/"Kegiatan"/"Sub Kegiatan" word and common spelling variants are ignored. */
export function normName(text: string): string {
  const hit = nameCache.get(text);
  if (hit !== undefined) return hit;
  // NFKD only when there is something beyond ASCII (it is the slow part).
  let s = (NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text)
    .toLowerCase()
    .replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-\u2022*])\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  s = s.replace(/^(?:sub kegiatan|subkegiatan|kegiatan|program)\s+/, "");
  s = s.replace(/\bundang undang\b/g, "undangundang").replace(VARIANT_RE, (w) => VARIANT_MAP[w]);
  s = s.replace(/\s+/g, " ").trim();
  if (nameCache.size > 100000) nameCache.clear();
  nameCache.set(text, s);
  return s;
}

/** Tokens of a normalised name. */
export function nameTokens(text: string): string[] {
  return normName(text).split(" ").filter(Boolean);
}

/**
 * True when two names denote the same item. Deliberately strict: equal after normalisation, or differing only
 * by a trailing region suffix ("kabupaten kota"), or by a one-letter typo in one long word. Never pairs names whose
 * word sets differ by a meaningful word.
 */
export function sameName(a: string, b: string): boolean {
  return sameNormalized(normName(a), normName(b));
}

/** sameName on names already passed through normName (cheap: no regex work on the hot path). */
export function sameNormalized(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const strip = (s: string) => s.replace(/\s*(?:kabupaten kota|kabupaten|kota|provinsi)\s*$/, "").trim();
  const xs = strip(x);
  const ys = strip(y);
  if (xs && xs === ys) return true;
  const tx = xs.split(" ");
  const ty = ys.split(" ");
  if (tx.length !== ty.length || tx.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < tx.length; i++) {
    if (tx[i] === ty[i]) continue;
    if (++diff > 1) return false;
    if (Math.min(tx[i].length, ty[i].length) < 6 || !oneEdit(tx[i], ty[i])) return false;
  }
  return true;
}

/** Levenshtein distance <= 1. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Budget code "1.02.01.2.01.0001" -> level by segment count (Permendagri 90/2019). */
export function codeLevel(code: string): "program" | "kegiatan" | "subkegiatan" | undefined {
  const n = code.split(".").length;
  if (n === 3) return "program";
  if (n === 5) return "kegiatan";
  if (n === 6) return "subkegiatan";
  return undefined;
}

/** A budget code at the start of a text ("1.02.01.2.01.0001 Penyusunan ..."), or undefined. */
export function findCode(text: string): { code: string; rest: string } | undefined {
  const m = /^\s*((?:\d{1,2}|[X]{1,2})\.(?:\d{1,2}|[X]{1,2})(?:\.\d{1,2}){1,3}(?:\.\d{4})?)(?:\s+|$)(.*)$/i.exec(text);
  if (!m) return undefined;
  return { code: m[1], rest: m[2].trim() };
}

/**
 * A budget code in any printed form -> dotted form: "1.02.02.2.01.0001", "1 02 02" -> "1.02.02", the national
 * placeholder "X.XX.01.1.01.0001" as is; undefined when the text is not a code.
 */
export function normalizeCode(text: string): string | undefined {
  const t = text.trim().replace(/\s*\.\s*/g, ".").replace(/\.$/, "");
  if (/^(?:\d{1,2}|X{1,2})(?:\.(?:\d{1,4}|X{1,2}))+$/i.test(t)) return t.toUpperCase();
  if (/^\d{1,2}(?: \d{1,4}){1,5}$/.test(t)) return t.replace(/ /g, ".");
  return undefined;
}

/** Code split over several KODE columns ("1" | "02" | "02" | "2.01" | "0001") joined into one dotted code. */
export function joinCodeParts(parts: string[]): string | undefined {
  const p = parts.map((x) => x.trim()).filter(Boolean);
  if (!p.length || !p.every((x) => /^(?:\d{1,4}|X{1,2})(?:\.(?:\d{1,4}|X{1,2}))*$/i.test(x))) return undefined;
  const joined = p.join(".");
  return joined.split(".").length >= 2 ? joined.toUpperCase() : undefined;
}
