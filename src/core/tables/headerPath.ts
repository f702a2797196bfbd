// A column's header path (group title, sub-title, measure) -> its role and context: the words of the whole path are
// scored per role, spelling slips are forgiven against the header vocabulary, and the path says which measure
// (K / Rp / %), year, quarter and amount scale the column holds.
import { distance } from "fastest-levenshtein";
import type { ColumnRole } from "./table";
import { HEADER_SYNONYMS } from "./headers";

export type Measure = "K" | "Rp" | "%";

export interface PathContext {
  measure?: Measure;
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  /** Multiplier from the figures as written to rupiah ("dalam juta rupiah" -> 1 000 000). */
  scale?: number;
  /** "jumlah" for a total over the years/quarters, "akhir" for an end-of-period column. */
  aggregate?: "jumlah" | "akhir";
}

// Words that occur in real header titles beside the phrases of headers.ts (periods, documents, fillers).
const EXTRA_VOCABULARY = [
  "RENSTRA", "RENJA", "RKPD", "RPJMD", "PERANGKAT", "DAERAH", "TAHUN", "BERJALAN", "LALU", "PERIODE", "AKHIR", "AWAL",
  "KONDISI", "TRIWULAN", "SEMESTER", "SAMPAI", "DENGAN", "DALAM", "JUTA", "RIBU", "RIBUAN", "MILIAR", "RUPIAH", "TINGKAT",
  "URUSAN", "BIDANG", "UNSUR", "PROGRAM", "OUTCOME", "OUTPUT", "KELUARAN", "HASIL", "CAPAIAN", "REALISASI", "TARGET",
  "KINERJA", "ANGGARAN", "PAGU", "INDIKATIF", "KEBUTUHAN", "DANA", "LOKASI", "PENANGGUNG", "JAWAB", "UNIT", "KERJA",
  "JUMLAH", "TOTAL", "RATA", "PREDIKAT", "KETERANGAN", "VISI", "MISI", "TUJUAN", "SASARAN", "KEBIJAKAN", "STRATEGI",
  "PRIORITAS", "RENCANA", "PERUBAHAN", "MURNI", "TERHADAP", "PADA", "YANG", "DAN", "ATAU", "DI", "KE", "DARI", "SD",
  "TW", "THN", "TH", "TA", "PERSEN", "PERSENTASE", "BOBOT", "SATUAN", "INDIKATOR", "KODE", "NO", "NOMOR", "NAMA",
  "NIP", "JABATAN", "PANGKAT", "GOLONGAN", "ALOKASI", "KEUANGAN", "FISIK", "EVALUASI", "TINDAK", "LANJUT", "SUMBER",
  "SUB", "KEGIATAN", "URAIAN", "SERAPAN", "SISA", "EFISIENSI", "PENDANAAN", "KERANGKA", "RINCIAN", "NILAI", "SKOR",
];

let vocabulary: Set<string> | null = null;
let byLength: Map<number, string[]> | null = null;
function vocab(): Set<string> {
  if (!vocabulary) {
    vocabulary = new Set(EXTRA_VOCABULARY);
    for (const e of HEADER_SYNONYMS) for (const p of e.phrases) for (const w of p.split(" ")) if (/^[A-Z]{2,}$/.test(w)) vocabulary.add(w);
    byLength = new Map();
    for (const w of vocabulary) {
      const list = byLength.get(w.length) ?? [];
      list.push(w);
      byLength.set(w.length, list);
    }
  }
  return vocabulary;
}

/** Is an upper-case word one that column titles use? */
export function isHeaderWord(word: string): boolean {
  return vocab().has(word);
}

const sorted = (w: string) => w.split("").sort().join("");
const corrections = new Map<string, string>();

/**
 * The header word a misspelt word stands for ("ANGARAN" -> "ANGGARAN", "JUMALH" -> "JUMLAH", "REALIASI" ->
 * "REALISASI"), or the word itself. Only words of 5+ letters are corrected, to a single nearest vocabulary word:
 * one edit, or two for 8+ letters or when the letters are the same (a swap).
 */
export function correctWord(word: string): string {
  const v = vocab();
  if (word.length < 5 || v.has(word) || !/^[A-Z]+$/.test(word)) return word;
  const hit = corrections.get(word);
  if (hit !== undefined) return hit;
  let best = word;
  let bestD = Infinity;
  let tie = false;
  const letters = sorted(word);
  for (let len = word.length - 2; len <= word.length + 2; len++) {
    for (const cand of byLength!.get(len) ?? []) {
      if (cand[0] !== word[0] && cand[1] !== word[1]) continue;
      const d = distance(word, cand);
      const allowed = d <= 1 || (d === 2 && (word.length >= 8 || sorted(cand) === letters));
      if (!allowed) continue;
      if (d < bestD) { best = cand; bestD = d; tie = false; }
      else if (d === bestD && cand !== best) tie = true;
    }
  }
  const out = tie ? word : best;
  if (corrections.size > 20000) corrections.clear();
  corrections.set(word, out);
  return out;
}

/** Normalised header text with each word's spelling corrected. */
export function correctHeader(norm: string): string {
  if (!norm) return norm;
  return norm.split(" ").map(correctWord).join(" ");
}

/** Share of a normalised header's words that are header vocabulary (numbers and "%" count as such). */
export function vocabularyShare(norm: string): number {
  const words = norm.split(" ").filter(Boolean);
  if (!words.length) return 0;
  const v = vocab();
  let known = 0;
  for (const w of words) if (v.has(w) || /^(?:19|20)\d\d$/.test(w) || w === "%" || w === "K" || w === "RP" || /^[IVX]+$/.test(w)) known++;
  return known / words.length;
}

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Measure of a bare sub-header ("K", "Rp", "Rp.", "%", "Kinerja", "Keuangan"), or undefined. */
export function measureOf(raw: string): Measure | undefined {
  const t = raw.replace(/[\s.():]/g, "").toUpperCase();
  if (t === "K" || t === "KINERJA" || t === "FISIK" || t === "VOL" || t === "VOLUME") return "K";
  if (t === "RP" || t === "KEUANGAN" || t === "ANGGARAN" || t === "PAGU" || /^RP\d*$/.test(t) || t === "RPJUTA" || t === "RP000") return "Rp";
  if (t === "%" || t === "PERSEN") return "%";
  return undefined;
}

/** Amount scale declared in a header text ("(dalam juta rupiah)", "(Rp. 000)", "ribuan", "Rp miliar"). */
export function scaleOf(raw: string): number | undefined {
  const t = raw.toLowerCase();
  if (/\bmiliar\b|\bmilyar\b/.test(t)) return 1e9;
  if (/\bjuta\b|\bjt\b/.test(t) || /rp\.?\s*000\.?000\b/.test(t)) return 1e6;
  if (/\bribu(?:an)?\b/.test(t) || /\(\s*rp\.?\s*000\s*\)|rp\.?\s*000\b|x\s*1\.?000\b/.test(t)) return 1e3;
  return undefined;
}

/** Context of a header path, raw texts top to bottom. */
export function contextOf(rawParts: string[]): PathContext {
  const ctx: PathContext = {};
  rawParts.forEach((raw, i) => {
    // A measure is a sub-header under a group title; a one-row "Anggaran" column is no K / Rp pair.
    const m = i > 0 ? measureOf(raw) : undefined;
    if (m) ctx.measure = m;
    const s = scaleOf(raw);
    if (s) ctx.scale = s;
    const y = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(raw);
    // A year of its own, or "Tahun 2026" / "Th. 2026": not a year inside a long sentence about the last period.
    if (y && (raw.trim().length <= 16 || /\b(?:tahun|th|thn|ta)\.?\s*(?:ke\s*\d\s*)?\(?\s*(?:19|20)\d\d\)?\s*$/i.test(raw.trim()))) ctx.year = Number(y[1]);
    const q = /\b(?:triwulan|tw|trw)\.?\s*(IV|III|II|I|[1-4])\b/i.exec(raw);
    if (q && !/s\.?\s*d|sampai/i.test(raw)) ctx.quarter = ROMAN[q[1].toUpperCase()];
    // A bare "I" .. "IV" under a "Triwulan" group title.
    const bare = /^\s*(IV|III|II|I)\s*$/i.exec(raw);
    if (bare && rawParts.some((x) => /triwulan|\btw\b|\btrw\b/i.test(x))) ctx.quarter = ROMAN[bare[1].toUpperCase()];
    if (/^\s*(?:jumlah|total)\b/i.test(raw) && raw.length <= 40) ctx.aggregate = "jumlah";
    if (/akhir\s+periode|kondisi\s+akhir|kondisi\s+kinerja\s+(?:pada\s+)?akhir/i.test(raw)) ctx.aggregate = "akhir";
  });
  return ctx;
}

type Family = "target" | "realisasi" | "capaian" | "money" | "indikator" | "sasaran" | "uraian" | "kode" | "satuan"
  | "no" | "ket" | "jabatan" | "awal";

const FAMILY_WORDS: Array<[Family, RegExp]> = [
  ["no", /^(?:NO|NOMOR|NOMER)$/],
  ["kode", /^(?:KODE|KD)$/],
  ["satuan", /^(?:SATUAN|SAT)$/],
  ["indikator", /^(?:INDIKATOR|IKU|IKK|IKP)$/],
  ["sasaran", /^(?:SASARAN|TUJUAN|VISI|MISI)$/],
  ["uraian", /^(?:URAIAN|PROGRAM|KEGIATAN|URUSAN|BIDANG|NOMENKLATUR)$/],
  ["target", /^(?:TARGET|RENCANA)$/],
  ["realisasi", /^(?:REALISASI)$/],
  ["capaian", /^(?:CAPAIAN|PERSENTASE|RASIO)$/],
  ["money", /^(?:ANGGARAN|PAGU|ALOKASI|DANA|BIAYA|KEUANGAN|PENDANAAN|RUPIAH|RP)$/],
  ["ket", /^(?:KETERANGAN|KET|CATATAN)$/],
  ["jabatan", /^(?:PENANGGUNG|PENANGGUNGJAWAB)$/],
  ["awal", /^(?:AWAL)$/],
];

/**
 * Role of a column from the words of its whole header path (normalised, spelling corrected), or undefined when the
 * words do not say. The bottom part weighs most; a measure (K / Rp / %) decides between the kinerja and the money
 * side of a target, realisation or achievement.
 */
export function scoreRole(normParts: string[], ctx: PathContext): ColumnRole | undefined {
  const score = new Map<Family, number>();
  const n = normParts.length;
  normParts.forEach((part, i) => {
    const weight = i === n - 1 ? 3 : 1 + i / Math.max(1, n);
    const words = part.split(" ");
    words.forEach((w, j) => {
      for (const [fam, re] of FAMILY_WORDS) {
        if (!re.test(w)) continue;
        // Words early in a title say what the column is; later ones qualify it ("Target ... Renja").
        const pos = j === 0 ? 1.5 : j < 3 ? 1 : 0.5;
        score.set(fam, (score.get(fam) ?? 0) + weight * pos);
      }
    });
  });
  const all = normParts.join(" ");
  const has = (f: Family) => (score.get(f) ?? 0) > 0;
  const top = (...fs: Family[]) => fs.reduce<Family | undefined>((best, f) => (has(f) && (!best || score.get(f)! > score.get(best)!) ? f : best), undefined);
  if (has("no") && normParts[n - 1].split(" ").length <= 2 && /^(?:NO|NOMOR|NOMER)\b/.test(normParts[n - 1])) return "no";
  if (has("satuan") && /^SAT(?:UAN)?\b/.test(normParts[n - 1])) return "satuan";
  if (has("kode") && /^(?:KODE|KD)\b/.test(normParts[n - 1])) return "kode";
  if (has("ket") && /^(?:KET|KETERANGAN|CATATAN)\b/.test(normParts[n - 1])) return "ket";
  if (has("jabatan") && /PENANGGUNG ?JAWAB/.test(all)) return "jabatan";
  const measure = ctx.measure;
  // The baseline ("Data capaian pada tahun awal", "Kondisi kinerja awal") is neither a target nor an achievement.
  if (has("awal") && /\bAWAL\b/.test(normParts[0]) && !/^(?:TARGET|REALISASI)\b/.test(normParts[0])) return "other";
  const fig = top("target", "realisasi", "capaian");
  // Tingkat capaian / capaian kinerja over realisations: the achievement side wins when it leads the title.
  const capaianLeads = /^(?:TINGKAT )?CAPAIAN\b|^PERSENTASE CAPAIAN\b|^RASIO\b/.test(normParts[0]) && !/^CAPAIAN REALISASI\b/.test(normParts[0]);
  const figure: Family | undefined = capaianLeads ? "capaian" : fig;
  if (figure) {
    const money = measure === "Rp" || (measure === undefined && has("money") && !/\bKINERJA\b/.test(normParts[n - 1]));
    if (measure === "%" && figure !== "capaian") return figure === "realisasi" ? "capaian" : "capaian";
    if (figure === "target") return money ? "pagu" : "target";
    if (figure === "realisasi") return money ? "realisasi_anggaran" : "realisasi";
    return money ? "capaian_anggaran" : "capaian";
  }
  if (has("money")) return measure === "K" ? "target" : "anggaran";
  if (has("awal")) return "other";
  const label = top("indikator", "sasaran", "uraian");
  if (label === "indikator") return "indikator";
  if (label === "sasaran") return "sasaran";
  if (label === "uraian") {
    const last = normParts[n - 1];
    if (/^SUB ?KEGIATAN$/.test(last)) return "subkegiatan";
    if (/^KEGIATAN$/.test(last)) return "kegiatan";
    if (/^PROGRAM$/.test(last)) return "program";
    return "uraian";
  }
  if (measure === "K") return "target";
  if (measure === "Rp") return "anggaran";
  return undefined;
}
