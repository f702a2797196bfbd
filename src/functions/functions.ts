// SAKIP custom functions: what each one computes, nothing else. Each names its parameters once, in its signature
// (the JSDoc above it becomes dist/functions.json through custom-functions-metadata-plugin: plain types only, no
// unions/aliases, no digits in names); the runtime (./runtime.ts) takes the names from `{ target, realisasi }`,
// reads and broadcasts the arguments, and maps FormulaError to CustomFunctions.Error.

/* global CustomFunctions */
import {
  FormulaError, capaian as capaianCore, POLARITIES, POLARITY_ALIASES, efisiensi as efisiensiCore, EFISIENSI_METHODS,
  serapan as serapanCore, meritScore, meritIndex, meritCategoryText, MERIT_WEIGHT_PRESETS, checkAspectValues,
  ikmFromAnswers, ikmMutuText, predikatOn, PREDIKAT_SCALES, PREDIKAT_SCALE_ALIASES, parseNip, nipProblems, nipReason,
  excelSerial, krejcieMorgan, pointsError, POINTS_ABOVE, shownValue, type Figure, type TargetFigure, type CapaianOptions,
  type EfisiensiMethod, clean, capaianNegatif,
} from "../core/formulas";
import { cellwise, whole, isBlankCell, type Arg, type Cell } from "./runtime";

// Each element-wise function's kernels are module-level functions over a state its factory builds per call (see
// Loop in ./runtime.ts): a closure made per call would be inlined into the shared loop and die with the call.

// Outside Excel (the task pane previewed in a plain browser, same page in the shared runtime) there is no
// CustomFunctions runtime; the build appends CustomFunctions.associate(...) calls, so give them a no-op target
// instead of a page error. Inside Excel office.js defines CustomFunctions before this file runs.
if (typeof CustomFunctions === "undefined") {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined };
}

/** Capaian from what was read: a percent written on one side and a plain number above 3 on the other are units that
 *  differ ("80%-90%" against 85): refused, naming the plain one. */
function capaianOf(T: Arg, t: TargetFigure, R: Arg, r: Figure, polaritas: (typeof POLARITIES)[number], cap: number | null): number {
  if (t.percent && !r.percent && Math.abs(r.value) > POINTS_ABOVE) {
    throw new FormulaError("value", `${R.name} ${shownValue(r.value)} tampak seperti poin persen, sedangkan ${T.name} ditulis dengan %; tulis ${R.name} dengan % atau samakan satuannya.`);
  }
  if (r.percent && !t.percent) {
    const tv = typeof t.target === "number" ? t.target : t.target.high;
    if (Math.abs(tv) > POINTS_ABOVE)
      throw new FormulaError("value", `${T.name} ${shownValue(tv)} tampak seperti poin persen, sedangkan ${R.name} ditulis dengan %; tulis ${T.name} dengan % atau samakan satuannya.`);
  }
  return capaianCore(t.target, r.value, { polaritas, batasAtas: cap });
}

const isPositif = (v: Cell) => isBlankCell(v) || (typeof v === "string" && v.trim().toLowerCase() === "positif");

interface CapaianCall {
  T: Arg; R: Arg; P: Arg; B: Arg;
  /** The one polarity and cap of the call, and how they were written (for the general path of a text cell). */
  options: CapaianOptions | null;
  p: Cell; cap: Cell;
}

/** Any cells: each read and checked, polarity and cap per element. */
function capaianEach(s: CapaianCall, t: Cell, r: Cell, p: Cell, cap: Cell): number {
  return capaianOf(s.T, s.T.target(t), s.R, s.R.figure(r), s.P.option(p, POLARITIES, "positif", POLARITY_ALIASES), isBlankCell(cap) ? null : s.B.fraction(cap));
}

/** The common call (positive, no cap): plain numbers divide in place (the same figure as capaianCore). */
const capaianPositif = (s: CapaianCall, t: Cell, r: Cell): number =>
  typeof t === "number" && typeof r === "number" && t > 0 && t - t === 0 && r - r === 0 ? r / t : capaianEach(s, t, r, null, null);

/** "negatif" without a cap for the whole call: plain numbers go straight to the formula (no option lookups). */
const capaianNegatifOnce = (s: CapaianCall, t: Cell, r: Cell): number =>
  typeof t === "number" && typeof r === "number" && t > 0 && t - t === 0 && r - r === 0 ? capaianNegatif(t, r) : capaianEach(s, t, r, s.p, s.cap);

/** One polarity and one cap for the whole call, read once. */
const capaianOnce = (s: CapaianCall, t: Cell, r: Cell): number =>
  typeof t === "number" && typeof r === "number" && t - t === 0 && r - r === 0 ? capaianCore(t, r, s.options!) : capaianEach(s, t, r, s.p, s.cap);

/**
 * Capaian kinerja: realisasi dibanding target, sebagai pecahan (1,0692 = 106,92%). Range dihitung per sel.
 * @customfunction CAPAIAN
 * @param target Target indikator: angka, teks angka ("21,44"), atau rentang ("80-90"). Range boleh.
 * @param realisasi Realisasi indikator. Range boleh, ukurannya sama dengan target atau satu sel.
 * @param [polaritas] "positif" (bawaan, realisasi/target), "negatif" ((2 x target - realisasi)/target, minimal 0) atau "negatif_rasio" (target/realisasi).
 * @param [batas_atas] Batas atas capaian sebagai pecahan atau persen, mis. 1,2 atau 120%. Kosong: tanpa batas.
 * @returns Capaian sebagai pecahan; format sel sebagai persen.
 */
export function capaian(target: any[][], realisasi: any[][], polaritas?: any[][], batas_atas?: any[][]): any[][] {
  return cellwise({ target, realisasi, polaritas, batas_atas }, (T, R, P, B) => {
    const p1 = P.single();
    const cap1 = B.single();
    const state: CapaianCall = { T, R, P, B, options: null, p: p1, cap: cap1 };
    if (p1 === undefined || cap1 === undefined) return { state, kernel: capaianEach };
    // One polarity and one cap for the whole call: read once, the loop runs over target and realisasi only.
    if (isPositif(p1) && isBlankCell(cap1)) return { over: [T, R], state, kernel: capaianPositif };
    const options = (state.options = { polaritas: P.option(p1, POLARITIES, "positif", POLARITY_ALIASES), batasAtas: isBlankCell(cap1) ? null : B.fraction(cap1) });
    return { over: [T, R], state, kernel: options.polaritas === "negatif" && options.batasAtas === null ? capaianNegatifOnce : capaianOnce };
  });
}

/**
 * Efisiensi penggunaan anggaran dari capaian kinerja dan serapan anggaran (pecahan). Range dihitung per sel.
 * @customfunction EFISIENSI
 * @param capaian_kinerja Capaian kinerja sebagai pecahan atau persen (1,0692 atau 106,92%); angka di atas 3 ditolak sebagai poin persen.
 * @param serapan_anggaran Serapan anggaran (realisasi/pagu) sebagai pecahan atau persen, mis. 89,16%.
 * @param [metode] "selisih" (bawaan: capaian - serapan), "rasio" (capaian/serapan) atau "sisa" (1 - serapan bila capaian >= 100%, selain itu 0).
 * @returns Efisiensi sebagai pecahan; format sel sebagai persen.
 */
export function efisiensi(capaian_kinerja: any[][], serapan_anggaran: any[][], metode?: any[][]): any[][] {
  return cellwise({ capaian_kinerja, serapan_anggaran, metode }, (C, S, M) => {
    const one = M.single();
    if (one === undefined) return { state: { C, S, M, method: "selisih" as EfisiensiMethod }, kernel: efisiensiEach };
    return { over: [C, S], state: { C, S, M, method: M.option(one, EFISIENSI_METHODS, "selisih") }, kernel: efisiensiOnce };
  });
}

interface EfisiensiCall { C: Arg; S: Arg; M: Arg; method: EfisiensiMethod }

/** Both arguments read as fractions, one rule (runtime Arg.fraction); the message names each that looks like points. */
function fractionsOf(st: EfisiensiCall, c: Cell, s: Cell): [number, number] {
  const { C, S } = st;
  const cf = C.figure(c), sf = S.figure(s);
  const pc = !cf.percent && Math.abs(cf.value) > POINTS_ABOVE, ps = !sf.percent && Math.abs(sf.value) > POINTS_ABOVE;
  if (pc && ps) {
    throw new FormulaError("value", `${C.name} ${shownValue(cf.value)} dan ${S.name} ${shownValue(sf.value)} tampak seperti poin persen; tulis dengan % (mis. ${shownValue(cf.value)}%) atau sebagai pecahan.`);
  }
  if (pc) throw pointsError(C.name, cf.value);
  if (ps) throw pointsError(S.name, sf.value);
  return [cf.value, sf.value];
}

const plainFraction = (v: Cell): v is number => typeof v === "number" && v - v === 0 && v <= POINTS_ABOVE && v >= -POINTS_ABOVE;

/** One method for the whole call. */
function efisiensiOnce(st: EfisiensiCall, c: Cell, s: Cell): number {
  if (plainFraction(c) && plainFraction(s)) return efisiensiCore(c, s, st.method);
  const [cv, sv] = fractionsOf(st, c, s);
  return efisiensiCore(cv, sv, st.method);
}

/** A method per element. */
function efisiensiEach(st: EfisiensiCall, c: Cell, s: Cell, m: Cell): number {
  const [cv, sv] = fractionsOf(st, c, s);
  return efisiensiCore(cv, sv, st.M.option(m, EFISIENSI_METHODS, "selisih"));
}

/**
 * Nilai Indeks Sistem Merit (100-400): jumlah nilai aspek, atau jumlah bobot x skor bila bobot diisi.
 * @customfunction MERIT_SCORE
 * @param nilai_atau_skor Nilai 8 aspek (sudah berbobot) atau skor 1-4 per aspek/sub-aspek bila bobot diisi. Aspek kosong memberi #N/A.
 * @param [bobot] Bobot per aspek dalam persen (jumlah 100), atau "iku" (10/10/30/10/20/10/4/6) atau "teks" (20/10/25/10/15/10/5/5).
 * @param [keluaran] "nilai" (bawaan), "indeks" (0-1) atau "kategori" (I Buruk, II Kurang, III Baik, IV Sangat Baik).
 * @returns Nilai, indeks, atau kategori sistem merit.
 */
export function meritScoreFn(nilai_atau_skor: any[][], bobot?: any[][], keluaran?: string): any {
  return whole({ nilai_atau_skor, bobot, keluaran }, (V, W, K) => {
    const out = K.option(K.single(), ["nilai", "indeks", "kategori"] as const, "nilai",
      { index: "indeks", category: "kategori", skor: "nilai", score: "nilai" });
    const values = V.filled();
    const b = W.filled();
    let weights: number[] | null = null;
    if (b.length === 1 && typeof b[0] === "string" && /^\s*(iku|teks)\s*$/i.test(b[0])) {
      weights = [...MERIT_WEIGHT_PRESETS[b[0].trim().toLowerCase() as "iku" | "teks"]];
    } else if (b.length) {
      weights = b.map((w, i) => W.number(w, W.element(i)));
    }
    const n = weights
      ? meritScore(values.map((v, i) => V.number(v, `skor ke-${i + 1}`)), weights)
      // Without weights: aspect values. A blank (web: null or "") is "aspek ... kosong"; desktop passes 0.
      : meritScore(checkAspectValues(values.map((v, i) => (v === null || v === undefined || v === "" ? null : V.number(v, V.element(i))))), null);
    if (out === "indeks") return meritIndex(n);
    if (out === "kategori") return meritCategoryText(n);
    return n;
  });
}

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) dari jawaban mentah: baris = responden, kolom = unsur, jawaban 1-4.
 * @customfunction IKM
 * @param jawaban Jawaban responden (1-4). Sel kosong, 0, "N/A" atau "-" dianggap tidak menjawab.
 * @param [keluaran] "nilai" (bawaan, 25-100), "mutu" (A/B/C/D), "nrr" (NRR per unsur, tumpah ke kanan); tambahkan "_0111" untuk bobot lama 0,111.
 * @returns Nilai IKM, mutu pelayanan, atau NRR per unsur.
 */
export function ikm(jawaban: any[][], keluaran?: string): any[][] {
  return whole({ jawaban, keluaran }, (J, K) => {
    const out = K.option(K.single(), ["nilai", "mutu", "nrr", "nilai_0111", "mutu_0111"] as const, "nilai",
      { ikm: "nilai", nilai_ikm: "nilai" });
    const legacy = out.endsWith("_0111");
    if (out === "nrr") {
      // An unsur nobody answered shows blank in the spill instead of failing the whole row.
      let nrr: (number | null)[];
      try {
        nrr = ikmFromAnswers(J.matrix).nrr;
      } catch (e) {
        const partial = (e as { partial?: { nrr: (number | null)[] } }).partial;
        if (!partial) throw e;
        nrr = partial.nrr;
      }
      return [nrr.map((x) => (x === null ? "" : x))];
    }
    const r = ikmFromAnswers(J.matrix, { legacyWeight: legacy });
    if (out.startsWith("mutu")) return [[ikmMutuText(r.ikm)]];
    return [[r.ikm]];
  });
}

/**
 * Predikat capaian menurut Permendagri 86/2017: >= 91% Sangat Tinggi, >= 76% Tinggi, >= 66% Sedang, >= 51% Rendah, selain itu Sangat Rendah.
 * @customfunction PREDIKAT
 * @param capaian Capaian sebagai pecahan atau persen (0,95 atau 95%); angka di atas 3 ditolak sebagai poin persen.
 * @param [skala] "permendagri" atau 86 (bawaan), "lkjip" (Sangat Baik ... Sangat Kurang) atau "enam" atau 6 (6 tingkat: Memuaskan ... Kurang).
 * @returns Predikat capaian.
 */
export function predikat(capaian: any[][], skala?: any): any[][] {
  return cellwise({ capaian, skala }, (C, S) => ({
    over: [C],
    state: { C, classify: predikatOn(S.option(S.single(), PREDIKAT_SCALES, "permendagri", PREDIKAT_SCALE_ALIASES)) },
    kernel: predikatOf,
  }));
}

const predikatOf = (s: { C: Arg; classify: (capaian: number) => string }, c: Cell): string =>
  s.classify(typeof c === "number" && c <= POINTS_ABOVE && c >= -POINTS_ABOVE ? c : s.C.fraction(c));

/**
 * Serapan anggaran: realisasi anggaran dibagi pagu, sebagai pecahan (89,16%). Range dihitung per sel.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran (angka atau teks "Rp 4.850.842.200,00").
 * @param realisasi Realisasi anggaran.
 * @returns Serapan sebagai pecahan; format sel sebagai persen.
 */
export function serapan(pagu: any[][], realisasi: any[][]): any[][] {
  return cellwise({ pagu, realisasi }, (P, R) => ({ state: { P, R }, kernel: serapanOf }));
}

/** Plain amounts in range divide in place (the same figure as serapanCore); anything else is read and checked. */
const serapanOf = (s: { P: Arg; R: Arg }, p: Cell, r: Cell): number =>
  typeof p === "number" && typeof r === "number" && p > 0 && r >= 0 && p - p === 0 && r - r === 0 ? clean(r / p) : serapanCore(s.P.whole(p), s.R.whole(r));

/**
 * Memeriksa NIP PNS/NI PPPK (18 digit, boleh berspasi): "Valid" atau alasannya, atau satu bagiannya.
 * @customfunction NIP
 * @param nip NIP sebagai teks, mis. "19661019 198703 1 008" atau "NIP. 19661019 198703 1 008". NIP yang tersimpan sebagai angka kehilangan digit.
 * @param [bagian] "status" (bawaan), "valid" (TRUE/FALSE), "tanggal_lahir", "tmt", "jenis_kelamin", "jenis" (PNS/PPPK) atau "urut".
 * @returns Status NIP atau bagian yang diminta.
 */
export function nip(nip: any[][], bagian?: any): any[][] {
  return cellwise({ nip, bagian }, (V, B) => ({
    over: [V],
    state: {
      V,
      part: B.option(B.single(), NIP_PARTS, "status",
        { lahir: "tanggal_lahir", tgl_lahir: "tanggal_lahir", kelamin: "jenis_kelamin", sex: "jenis_kelamin", nomor_urut: "urut" }),
      today: new Date(),
    },
    kernel: nipOf,
  }));
}

const NIP_PARTS = ["status", "valid", "tanggal_lahir", "tmt", "jenis_kelamin", "jenis", "urut"] as const;

function nipOf(s: { V: Arg; part: (typeof NIP_PARTS)[number]; today: Date }, v: Cell): unknown {
  const { part, today } = s;
  // Blank: null or "" on the web, 0 on desktop.
  if (isBlankCell(v) || (typeof v === "string" && v.trim() === "")) throw new FormulaError("na", `${s.V.name} kosong.`);
  // The usual cell, 18 digits as text, checked without building the whole NipInfo.
  if ((part === "status" || part === "valid") && typeof v === "string" && v.length === 18 && /^\d{18}$/.test(v)) {
    const problems = nipProblems(v, today);
    if (part === "valid") return problems.length === 0;
    return problems.length === 0 ? "Valid" : `Tidak valid: ${problems.map(nipReason).join("; ")}`;
  }
  const info = parseNip(v, today);
  if (part === "valid") return info.valid;
  if (part === "status") return info.valid ? "Valid" : `Tidak valid: ${info.reasons.join("; ")}`;
  if (!info.valid) throw new FormulaError("value", `NIP tidak valid: ${info.reasons.join("; ")}`);
  switch (part) {
    case "tanggal_lahir": return excelSerial(info.birth!.year, info.birth!.month, info.birth!.day);
    case "tmt": return info.tmt!.month === null ? info.tmt!.year : excelSerial(info.tmt!.year, info.tmt!.month, 1);
    case "jenis_kelamin": return info.sexLabel!;
    case "jenis": return info.jenis!;
    default: return info.sequence!;
  }
}

/**
 * Jumlah sampel minimal SKM menurut tabel Krejcie dan Morgan (populasi 100 -> 80; 1.000 -> 278; 100.000 ke atas -> 384).
 * @customfunction SAMPEL_SKM
 * @param populasi Jumlah populasi (bilangan bulat).
 * @returns Jumlah sampel minimal.
 */
export function sampelSkm(populasi: any[][]): any[][] {
  return cellwise({ populasi }, (P) => ({ state: P, kernel: sampelOf }));
}

const sampelOf = (P: Arg, p: Cell): number => krejcieMorgan(typeof p === "number" ? p : P.whole(p));
