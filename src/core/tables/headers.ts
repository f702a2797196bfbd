// Header words -> column roles. Everyone may add synonyms here (normalised with normHeader: upper case,
// punctuation as spaces, "(Rp.)" dropped). A header matches a phrase when it equals it after a trailing year or
// period ("TAHUN 2022", "S D TW IV") is removed. Multi-row headers are tried as "PARENT CHILD" first.
import type { ColumnRole, TableKind } from "./table";

export const HEADER_SYNONYMS: Array<{ role: ColumnRole; phrases: string[] }> = [
  { role: "no", phrases: ["NO", "NOMOR", "NO URUT", "NOMER"] },
  { role: "sasaran", phrases: ["SASARAN", "SASARAN STRATEGIS", "SASARAN PROGRAM", "SASARAN KEGIATAN", "SASARAN SUB KEGIATAN",
    "KINERJA UTAMA", "TUJUAN", "RENCANA STRATEGIS", "SASARAN STRATEGIS TUJUAN", "TUJUAN SASARAN"] },
  { role: "indikator", phrases: ["INDIKATOR", "INDIKATOR KINERJA", "INDIKATOR KINERJA UTAMA", "INDIKATOR SASARAN",
    "INDIKATOR KINERJA SASARAN", "INDIKATOR KINERJA PROGRAM", "INDIKATOR KINERJA KEGIATAN", "INDIKATOR KINERJA SUB KEGIATAN",
    "IKU", "INDIKATOR KINERJA INDIVIDU", "INDIKATOR KINERJA TUJUAN", "INDIKATOR TUJUAN", "INDIKATOR TUJUAN SASARAN",
    "INDIKATOR SASARAN PROGRAM", "INDIKATOR PROGRAM", "INDIKATOR KEGIATAN", "INDIKATOR SUB KEGIATAN", "INDIKATOR KINERJA UTAMA IKU"] },
  { role: "target", phrases: ["TARGET", "TARGET KINERJA", "KINERJA TARGET", "TARGET SASARAN", "TARGET INDIKATOR", "TARGET DAN SATUAN",
    "TARGET SATUAN", "TARGET KINERJA SASARAN"] },
  { role: "satuan", phrases: ["SATUAN", "SATUAN TARGET", "SAT"] },
  { role: "polaritas", phrases: ["POLARITAS", "POLARISASI", "SIFAT INDIKATOR"] },
  { role: "program", phrases: ["PROGRAM", "NAMA PROGRAM"] },
  { role: "kegiatan", phrases: ["KEGIATAN", "NAMA KEGIATAN"] },
  { role: "subkegiatan", phrases: ["SUB KEGIATAN", "SUBKEGIATAN", "NAMA SUB KEGIATAN"] },
  { role: "uraian", phrases: ["URAIAN", "PROGRAM KEGIATAN", "PROGRAM KEGIATAN SUB KEGIATAN", "KEGIATAN SUB KEGIATAN",
    "NAMA PROGRAM KEGIATAN", "PROGRAM KEGIATAN YANG MENUNJANG INDIKATOR KINERJA UTAMA", "PROGRAM KEGIATAN YANG MENUNJANG",
    "URAIAN PROGRAM KEGIATAN", "JENIS BELANJA"] },
  { role: "kode", phrases: ["KODE", "KODE REKENING", "KODE PROGRAM", "KODE KEGIATAN", "KODE SUB KEGIATAN", "KODE REK"] },
  { role: "realisasi_anggaran", phrases: ["REALISASI ANGGARAN", "ANGGARAN REALISASI", "REALISASI KEUANGAN", "KEUANGAN REALISASI",
    "REALISASI BELANJA", "REALISASI DANA"] },
  { role: "pagu", phrases: ["PAGU", "PAGU ANGGARAN", "PLAFON ANGGARAN", "PLAFON", "ANGGARAN PAGU", "ANGGARAN ALOKASI",
    "ALOKASI", "ALOKASI ANGGARAN", "KEUANGAN PAGU", "KEUANGAN ANGGARAN", "ANGGARAN TARGET", "KEUANGAN TARGET", "PAGU INDIKATIF"] },
  { role: "anggaran", phrases: ["ANGGARAN", "ANGARAN", "JUMLAH ANGGARAN", "NILAI ANGGARAN", "DANA", "BIAYA", "JUMLAH DANA", "PAGU DANA", "ANGGARAN BELANJA"] },
  { role: "ket", phrases: ["KET", "KETERANGAN", "SUMBER DANA", "CATATAN"] },
  { role: "serapan", phrases: ["SERAPAN", "PENYERAPAN", "SERAPAN ANGGARAN", "PENYERAPAN ANGGARAN", "PENYERAPAN ANGGARAN %",
    "% PENYERAPAN ANGGARAN", "% SERAPAN ANGGARAN", "% SERAPAN", "% PENYERAPAN"] },
  { role: "capaian_anggaran", phrases: ["ANGGARAN %", "ANGGARAN CAPAIAN", "ANGGARAN % CAPAIAN", "KEUANGAN %", "KEUANGAN CAPAIAN",
    "CAPAIAN ANGGARAN", "% CAPAIAN ANGGARAN", "CAPAIAN REALISASI ANGGARAN", "ANGGARAN PERSENTASE"] },
  { role: "capaian_kinerja", phrases: ["% CAPAIAN KINERJA", "CAPAIAN KINERJA", "CAPAIAN KINERJA %"] },
  { role: "realisasi", phrases: ["REALISASI", "REALISASI KINERJA", "KINERJA REALISASI", "CAPAIAN REALISASI", "REALISASI TARGET"] },
  { role: "capaian", phrases: ["CAPAIAN", "PERSENTASE CAPAIAN", "% CAPAIAN", "CAPAIAN %", "KINERJA %", "KINERJA CAPAIAN",
    "KINERJA % CAPAIAN", "TINGKAT CAPAIAN", "CAPAIAN KINERJA TARGET"] },
  { role: "sisa", phrases: ["SISA", "SISA ANGGARAN", "SISA DANA", "SILPA"] },
  { role: "efisiensi", phrases: ["EFISIENSI", "TINGKAT EFISIENSI", "% EFISIENSI", "NILAI EFISIENSI"] },
  { role: "share", phrases: ["PROPORSI", "PERSENTASE ANGGARAN", "% ANGGARAN", "PORSI"] },
  { role: "unsur", phrases: ["UNSUR", "UNSUR SKM", "UNSUR PELAYANAN", "UNSUR IKM"] },
  { role: "jumlah_nilai", phrases: ["NILAI UNSUR", "NILAI UNSUR SKM", "JUMLAH NILAI", "TOTAL NILAI", "JUMLAH NILAI PERSEPSI",
    "TOTAL NILAI PERSEPSI", "NILAI PERSEPSI"] },
  { role: "responden", phrases: ["RESPONDEN", "JUMLAH RESPONDEN"] },
  { role: "nrr", phrases: ["NRR", "NRR UNSUR", "NRR UNSUR SKM", "NILAI RATA RATA", "NRR PER UNSUR"] },
  { role: "nrr_tertimbang", phrases: ["NRR TERTIMBANG", "NILAI RATA RATA TERTIMBANG", "NRR X BOBOT"] },
  { role: "ikm", phrases: ["IKM", "NILAI IKM", "NILAI SKM", "SKM", "INDEKS KEPUASAN MASYARAKAT"] },
  { role: "mutu", phrases: ["MUTU", "MUTU PELAYANAN", "KINERJA UNIT PELAYANAN", "MUTU LAYANAN"] },
  { role: "aspek", phrases: ["ASPEK", "ASPEK PENILAIAN", "SUB ASPEK", "ASPEK SUB ASPEK", "ASPEK SISTEM MERIT"] },
  { role: "bobot", phrases: ["BOBOT", "BOBOT %", "% BOBOT"] },
  { role: "skor", phrases: ["SKOR", "SKOR PENILAIAN"] },
  { role: "nilai_maks", phrases: ["NILAI MAKSIMAL", "NILAI MAKS", "SKOR MAKSIMAL", "NILAI MAKSIMUM", "MAKS"] },
  { role: "nilai", phrases: ["NILAI", "NILAI AKHIR", "NILAI ASPEK", "NILAI TERTIMBANG"] },
  { role: "kategori", phrases: ["KATEGORI", "PREDIKAT"] },
  { role: "nama", phrases: ["NAMA", "NAMA PEGAWAI", "NAMA PEJABAT", "NAMA ASN", "NAMA LENGKAP",
    // Names in code lists of regions (SIPD, Kemendagri): a list is KODE beside them.
    "PROVINSI", "KABUPATEN KOTA", "KABUPATEN", "KOTA", "KECAMATAN", "DESA", "KELURAHAN", "DESA KELURAHAN", "NAMA DESA", "NAMA WILAYAH"] },
  { role: "nip", phrases: ["NIP", "NIP NIPPPK", "NIP NI PPPK", "NOMOR INDUK PEGAWAI"] },
  { role: "jabatan", phrases: ["JABATAN", "JENIS JABATAN", "JABATAN STRUKTURAL", "NAMA JABATAN", "PENANGGUNG JAWAB", "PENANGGUNGJAWAB", "PJ"] },
  // Grouping words of multi-row headers: they make a header row, the roles come from the row below.
  { role: "other", phrases: ["ESELON II", "ESELON III", "ESELON IV", "KINERJA", "KEUANGAN", "FISIK", "ANGGARAN KEUANGAN"] },
  { role: "pangkat", phrases: ["PANGKAT", "PANGKAT GOL", "GOLONGAN", "PANGKAT GOL RUANG", "PANGKAT GOLONGAN", "GOL"] },
];

/** Raw SKM answers: one column per unsur ("U1", "U 2", "UNSUR 3"). */
export const ANSWER_COLUMN = /^(?:U|UNSUR|P|Q)\s?\d{1,2}$/;

/** Labels that close a table (JUMLAH / TOTAL rows), after normHeader. */
export const TOTAL_LABEL = /^(?:JUMLAH|TOTAL|JUMLAH TOTAL|GRAND TOTAL|TOTAL KESELURUHAN|JUMLAH KESELURUHAN|JUMLAH SELURUHNYA|TOTAL ANGGARAN|JUMLAH ANGGARAN|JUMLAH BELANJA|TOTAL BELANJA)$/;
/** Labels of intermediate sums. */
export const SUBTOTAL_LABEL = /^(?:SUB ?TOTAL|SUB JUMLAH|JUMLAH SUB|JUMLAH PROGRAM|JUMLAH KEGIATAN|JUMLAH SUB KEGIATAN|TOTAL PROGRAM|TOTAL KEGIATAN)(?: .*)?$/;

/** Strips a trailing year / period so "TARGET TAHUN 2022" matches "TARGET". */
export function stripPeriod(h: string): string {
  return h
    .replace(/\s+(?:TAHUN|TH|THN|TA)?\s*(?:19|20)\d\d(?:\s+.*)?$/, "")
    .replace(/\s+(?:S D|SD|SAMPAI)\s+(?:TW|TRIWULAN|SEMESTER|BULAN)\b.*$/, "")
    .replace(/\s+(?:TW|TRIWULAN)\s+[IV1-4]+$/, "")
    .trim();
}

const PHRASE_ROLE = new Map<string, ColumnRole>();
let builtFor = 0;
function phraseMap(): Map<string, ColumnRole> {
  // Rebuilt when someone appends synonyms at run time.
  let n = HEADER_SYNONYMS.length;
  for (const e of HEADER_SYNONYMS) n += e.phrases.length << 8;
  if (n !== builtFor) {
    PHRASE_ROLE.clear();
    for (const e of HEADER_SYNONYMS) for (const p of e.phrases) if (!PHRASE_ROLE.has(p)) PHRASE_ROLE.set(p, e.role);
    builtFor = n;
  }
  return PHRASE_ROLE;
}

/** Role of one normalised header text, or undefined. */
export function roleOfPhrase(h: string): ColumnRole | undefined {
  if (!h) return undefined;
  const map = phraseMap();
  const direct = map.get(h) ?? map.get(stripPeriod(h));
  if (direct) return direct;
  if (ANSWER_COLUMN.test(h)) return "jawaban";
  // "%" alone is resolved from its neighbours by the recogniser.
  return undefined;
}

/** Role of a column from its header rows (top to bottom, already normalised; empty strings skipped). */
export function roleOfHeader(parts: string[]): ColumnRole | undefined {
  const p = parts.filter(Boolean);
  if (!p.length) return undefined;
  // Most specific first: all parts joined, then the last two, then the bottom part, then the top part.
  const tries = [p.join(" "), p.slice(-2).join(" "), p[p.length - 1], p[0]];
  for (const t of tries) {
    const r = roleOfPhrase(t);
    if (r) return r;
  }
  return undefined;
}

/** Kind of table from the roles found in its header; undefined when the header is not a known table. */
export function kindOfRoles(roles: Set<ColumnRole>): TableKind | undefined {
  const has = (r: ColumnRole) => roles.has(r);
  const item = has("program") || has("kegiatan") || has("subkegiatan") || has("uraian") || has("kode");
  const money = has("anggaran") || has("pagu") || has("realisasi_anggaran");
  if (has("efisiensi") || (has("capaian_kinerja") && (has("serapan") || has("capaian_anggaran")))) return "efficiency";
  if (has("unsur") && (has("nrr") || has("jumlah_nilai") || has("ikm") || has("nrr_tertimbang"))) return "skm";
  if (roles.has("jawaban") && (has("responden") || has("no") || has("nama"))) return "skm";
  if (has("aspek") && (has("bobot") || has("nilai") || has("skor"))) return "merit";
  if (has("target") && (has("realisasi") || has("capaian"))) return "measurement";
  if (has("pagu") && has("realisasi_anggaran")) return "measurement";
  if ((has("indikator") || has("sasaran")) && has("target")) return "indicator";
  if (item && money) return "budget";
  if (has("nip") && (has("nama") || has("jabatan"))) return "staff";
  if (has("nama") && has("jabatan") && has("pangkat")) return "staff";
  // A list of items (a nomenclature, an import template, a code list): codes or levels with their names, nothing to
  // add up. Understood, so its figures (codes, ids) are not reported as unchecked.
  const levels = ["program", "kegiatan", "subkegiatan"].filter((r) => has(r as ColumnRole)).length;
  if (!money && !has("target") && !has("realisasi") && ((has("kode") && (item || has("nama") || has("indikator"))) || levels >= 2)) return "list";
  return undefined;
}

let firstWords: Set<string> | null = null;
let firstBuiltFor = -1;
/** Cheap pre-check before normalising: does the text start with a word some header phrase starts with? */
export function mayBeHeader(raw: string): boolean {
  const n = HEADER_SYNONYMS.length + HEADER_SYNONYMS.reduce((a, e) => a + e.phrases.length, 0);
  if (!firstWords || n !== firstBuiltFor) {
    firstWords = new Set(["%", "U", "P", "Q"]);
    for (const e of HEADER_SYNONYMS) for (const p of e.phrases) firstWords.add(p.split(" ")[0]);
    firstBuiltFor = n;
  }
  const m = /^[\s(%]*([A-Za-z\u00C0-\u024F]+|%)/.exec(raw);
  if (!m) return false;
  return firstWords.has(m[1].toUpperCase()) || /^U\s?\d/i.test(raw.trim());
}
