// Text normalisation for header words and for matching item names across sheets.

/** Header text -> comparable form: upper case, no "(Rp.)", punctuation as spaces ("ANGGARAN (Rp.)" -> "ANGGARAN"). */
export function normHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/\(\s*RP\.?\s*\)|\bRP\b\.?/g, " ")
    .replace(/[^A-Z0-9%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Common spelling variants seen in PK workbooks (both sides are normalised to the right-hand form).
const VARIANTS: Array<[RegExp, string]> = [
  [/\bpenggadaan\b/g, "pengadaan"],
  [/\bpemerintah\b/g, "pemerintahan"],
  [/\bkab\b/g, "kabupaten"],
  [/\bpemkab\b/g, "pemerintah kabupaten"],
  [/\bkasubag\b|\bkasubbag\b/g, "kepala sub bagian"],
  [/\bsubbag\b|\bsubag\b/g, "sub bagian"],
  [/\bsubkoordinator\b/g, "sub koordinator"],
  [/\bsubkegiatan\b/g, "sub kegiatan"],
  [/\bkabid\b/g, "kepala bidang"],
  [/\bperdin\b/g, "perjalanan dinas"],
  [/\bsertajabatan\b/g, "serta jabatan"],
  [/\bmanmin\b/g, "mamin"],
  [/\bcetakan\b/g, "cetak"],
  [/\bundang undang\b/g, "undangundang"],
  [/\bijin\b/g, "izin"],
  [/\bpraktek\b/g, "praktik"],
  [/\bbpsdm\b/g, "bkpsdm"],
  [/\bdan\b|\bserta\b|\byang\b|\bdi\b|\bbagi\b|\buntuk\b|\bpada\b|\bdari\b|\bke\b/g, " "],
];

/** Name -> key for matching items across sheets: case, punctuation, spacing, leading numbering,
 *  a leading "Program"/"Kegiatan"/"Sub Kegiatan" word and common spelling variants are ignored. */
export function normName(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-\u2022*])\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  s = s.replace(/^(?:sub kegiatan|subkegiatan|kegiatan|program)\s+/, "");
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s.replace(/\s+/g, " ").trim();
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
  const x = normName(a);
  const y = normName(b);
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
