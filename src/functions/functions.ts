// SAKIP custom functions: thin wrappers only. They coerce what Excel passes, call src/core/formulas,
// and map FormulaError to CustomFunctions.Error. The JSDoc below becomes dist/functions.json
// (custom-functions-metadata-plugin): plain types only, no unions/aliases, no digits in names.
//
// Excel facts the wrappers follow (docs/functions.md): omitted argument -> null; blank cell -> 0 (desktop) or
// null (web); a range arrives as any[][] (a single cell as [[v]]); null inside a returned array shows 0, so "".

/* global CustomFunctions */
import { parseRange } from "../core/numbers/parse";
import {
  FormulaError, isFormulaError, readNumber, readOption, capaian as capaianCore, POLARITIES, POLARITY_ALIASES, Polarity,
  efisiensi as efisiensiCore, EFISIENSI_METHODS, EfisiensiMethod, serapan as serapanCore, meritScore, meritIndex,
  meritCategoryText, MERIT_WEIGHT_PRESETS, ikmFromAnswers, ikmMutuText, predikat as predikatCore, PREDIKAT_SCALES,
  PREDIKAT_SCALE_ALIASES, PredikatScale, parseNip, excelSerial, krejcieMorgan, Target,
} from "../core/formulas";

// Outside Excel (the task pane previewed in a plain browser, same page in the shared runtime) there is no
// CustomFunctions runtime; the build appends CustomFunctions.associate(...) calls, so give them a no-op target
// instead of a page error. Inside Excel office.js defines CustomFunctions before this file runs.
if (typeof CustomFunctions === "undefined") {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers (not custom functions: no @customfunction tag)

type Cell = unknown;

/** FormulaError (or anything thrown) -> the Excel error object. Only #VALUE! and #N/A carry a message. */
function toExcelError(e: unknown): CustomFunctions.Error {
  if (isFormulaError(e)) {
    const fe = e as FormulaError;
    if (fe.kind === "div0") return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    if (fe.kind === "na") return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, fe.message);
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, fe.message);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Kesalahan tak terduga: ${msg}`);
}

/** A parameter as a matrix: ranges stay, a scalar (or omitted null) becomes [[v]]. */
function asMatrix(v: unknown): Cell[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [[null]];
    return (v as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[v]];
}

/**
 * Element-wise call with broadcasting: a 1-row or 1-column argument pairs with every row/column of the others,
 * the result spills the common shape. Shapes that cannot pair are a #VALUE! naming the arguments.
 * An element that fails shows its own error; never an unhandled exception.
 */
function elementwise(args: { name: string; value: unknown }[], fn: (...cells: Cell[]) => unknown): unknown[][] {
  const mats = args.map((a) => asMatrix(a.value));
  // Loops, not Math.max(...spread): a spread passes one argument per row and overflows the stack beyond
  // about 125.000 rows (a whole-column range showed #VALUE! "Maximum call stack size exceeded").
  const widest = (m: Cell[][]) => m.reduce((n, r) => (r.length > n ? r.length : n), 0);
  const rows = mats.reduce((n, m) => (m.length > n ? m.length : n), 0);
  const cols = mats.reduce((n, m) => Math.max(n, widest(m)), 0);
  mats.forEach((m, i) => {
    const r = m.length;
    const c = widest(m);
    if ((r !== 1 && r !== rows) || (c !== 1 && c !== cols)) {
      throw new FormulaError("value",
        `Ukuran ${args[i].name} (${r}x${c}) tidak cocok dengan argumen lain (${rows}x${cols}); pakai range yang sama ukurannya atau satu sel.`);
    }
  });
  // Hot loop (a whole-column spill is 100.000+ calls): no allocation per element, arguments read by index.
  const n = mats.length;
  const rowOf: Cell[][] = new Array(n);
  const cells: Cell[] = new Array(n);
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) rowOf[i] = mats[i].length === 1 ? mats[i][0] : mats[i][r];
    const row: unknown[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < n; i++) {
        const mr = rowOf[i];
        cells[i] = mr.length === 1 ? mr[0] : mr[c];
      }
      try {
        const v = n === 2 ? fn(cells[0], cells[1]) : n === 3 ? fn(cells[0], cells[1], cells[2]) : n === 4 ? fn(cells[0], cells[1], cells[2], cells[3]) : fn.apply(null, cells);
        row[c] = v === null || v === undefined ? "" : overflowChecked(v);
      } catch (e) {
        row[c] = toExcelError(e);
      }
    }
    out[r] = row;
  }
  return out;
}

/** A result beyond what Excel can hold (1e300 / 1e-300) is Excel's own #NUM!, never Infinity shown as a number. */
function overflowChecked<T>(v: T): T | CustomFunctions.Error {
  return typeof v === "number" && !Number.isFinite(v) ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber) : v;
}

/** Runs a whole-function body, turning a thrown error into the Excel error (thrown, so Excel shows it). */
function guard<T>(body: () => T): T {
  try {
    const v = body();
    if (typeof v === "number" && !Number.isFinite(v)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    return v;
  } catch (e) {
    throw e instanceof CustomFunctions.Error ? e : toExcelError(e);
  }
}

/** Text like "1.000" / "12,500" is read the Indonesian way (dot thousands, comma decimals): the users' Excel runs in
 *  Indonesian. Unambiguous English text ("Rp 197,951,250.00", "21.44") still reads as written. */
const ID = { convention: "id" } as const;

/** An optional per-element value is absent when null, "", or 0 (a blank cell on desktop). */
const absent = (v: Cell) => v === null || v === undefined || v === "" || v === 0;

/** Flattens a range row by row. */
const flatten = (m: unknown): Cell[] => asMatrix(m).reduce<Cell[]>((acc, r) => acc.concat(r), []);

/** An optional argument left out or given as one blank cell. */
const isBlank = (v: unknown) => absent(v) || (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && absent(v[0][0]));

/** polaritas left out, blank, or one cell saying "positif". */
function isBlankOrPositif(v: unknown): boolean {
  if (isBlank(v)) return true;
  const one = Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
  return typeof one === "string" && one.trim().toLowerCase() === "positif";
}

function readTarget(v: Cell): Target {
  if (typeof v === "string") {
    const range = parseRange(v, ID);
    if (range) return { low: range.low, high: range.high };
  }
  return readNumber(v, "target", ID);
}

// ---------------------------------------------------------------------------------------------------------------
// Custom functions

/**
 * Capaian kinerja: realisasi dibanding target, sebagai pecahan (1,0692 = 106,92%). Range dihitung per sel.
 * @customfunction CAPAIAN
 * @param target Target indikator: angka, teks angka ("21,44"), atau rentang ("80-90"). Range boleh.
 * @param realisasi Realisasi indikator. Range boleh, ukurannya sama dengan target atau satu sel.
 * @param [polaritas] "positif" (bawaan, realisasi/target), "negatif" ((2 x target - realisasi)/target, minimal 0) atau "negatif_rasio" (target/realisasi).
 * @param [batas_atas] Batas atas capaian, mis. 1,2 untuk 120%. Kosong: tanpa batas.
 * @returns Capaian sebagai pecahan; format sel sebagai persen.
 */
export function capaian(target: any[][], realisasi: any[][], polaritas?: any[][], batas_atas?: any[][]): any[][] {
  // The common call: one polarity "positif" (or none) and no cap for the whole range. Its numbers take a short path
  // with the same result as capaianCore (realisasi / target); anything else goes the general way.
  if (isBlankOrPositif(polaritas) && isBlank(batas_atas)) {
    return guard(() =>
      elementwise([{ name: "target", value: target }, { name: "realisasi", value: realisasi }], (t, r) =>
        typeof t === "number" && typeof r === "number" && t > 0 && Number.isFinite(r) && Number.isFinite(t)
          ? r / t
          : capaianCore(readTarget(t), readNumber(r, "realisasi", ID), { polaritas: "positif", batasAtas: null }),
      ),
    );
  }
  return guard(() =>
    elementwise(
      [{ name: "target", value: target }, { name: "realisasi", value: realisasi }, { name: "polaritas", value: polaritas },
        { name: "batas_atas", value: batas_atas }],
      (t, r, p, cap) => {
        const pol: Polarity = readOption(absent(p) ? null : p, "polaritas", POLARITIES, "positif", POLARITY_ALIASES);
        const tgt = readTarget(t);
        const real = readNumber(r, "realisasi", ID);
        const batas = absent(cap) ? null : readNumber(cap, "batas_atas", ID);
        return capaianCore(tgt, real, { polaritas: pol, batasAtas: batas });
      },
    ),
  );
}

/**
 * Efisiensi penggunaan anggaran dari capaian kinerja dan serapan anggaran (pecahan). Range dihitung per sel.
 * @customfunction EFISIENSI
 * @param capaian_kinerja Capaian kinerja (pecahan atau persen, mis. 106,92%).
 * @param serapan_anggaran Serapan anggaran (realisasi/pagu, mis. 89,16%).
 * @param [metode] "selisih" (bawaan: capaian - serapan), "rasio" (capaian/serapan) atau "sisa" (1 - serapan bila capaian >= 100%, selain itu 0).
 * @returns Efisiensi sebagai pecahan; format sel sebagai persen.
 */
export function efisiensi(capaian_kinerja: any[][], serapan_anggaran: any[][], metode?: any[][]): any[][] {
  return guard(() =>
    elementwise(
      [{ name: "capaian_kinerja", value: capaian_kinerja }, { name: "serapan_anggaran", value: serapan_anggaran },
        { name: "metode", value: metode }],
      (c, s, m) => {
        const method: EfisiensiMethod = readOption(absent(m) ? null : m, "metode", EFISIENSI_METHODS, "selisih");
        return efisiensiCore(readNumber(c, "capaian_kinerja", ID), readNumber(s, "serapan_anggaran", ID), method);
      },
    ),
  );
}

/**
 * Nilai Indeks Sistem Merit (100-400): jumlah nilai aspek, atau jumlah bobot x skor bila bobot diisi.
 * @customfunction MERIT_SCORE
 * @param nilai_atau_skor Nilai 8 aspek (sudah berbobot) atau skor 1-4 per aspek/sub-aspek bila bobot diisi.
 * @param [bobot] Bobot per aspek dalam persen (jumlah 100), atau "iku" (10/10/30/10/20/10/4/6) atau "teks" (20/10/25/10/15/10/5/5).
 * @param [keluaran] "nilai" (bawaan), "indeks" (0-1) atau "kategori" (I Buruk, II Kurang, III Baik, IV Sangat Baik).
 * @returns Nilai, indeks, atau kategori sistem merit.
 */
export function meritScoreFn(nilai_atau_skor: any[][], bobot?: any[][], keluaran?: string): any {
  return guard(() => {
    const out = readOption(keluaran, "keluaran", ["nilai", "indeks", "kategori"] as const, "nilai",
      { index: "indeks", category: "kategori", skor: "nilai", score: "nilai" });
    const values = flatten(nilai_atau_skor);
    let weights: number[] | null = null;
    const b = bobot === null || bobot === undefined ? [] : flatten(bobot);
    if (b.length === 1 && typeof b[0] === "string" && /^\s*(iku|teks)\s*$/i.test(b[0])) {
      weights = [...MERIT_WEIGHT_PRESETS[b[0].trim().toLowerCase() as "iku" | "teks"]];
    } else if (b.length && !(b.length === 1 && absent(b[0]))) {
      weights = b.map((w, i) => readNumber(w, `bobot ke-${i + 1}`, ID));
    }
    const nums = weights
      ? values.map((v, i) => readNumber(v, `skor ke-${i + 1}`, ID))
      // Without weights a blank aspect counts 0 (the total then falls out of 100-400 and says so).
      : values.map((v, i) => (v === null || v === "" ? 0 : readNumber(v, `nilai ke-${i + 1}`, ID)));
    const n = meritScore(nums, weights);
    if (out === "indeks") return meritIndex(n);
    if (out === "kategori") return meritCategoryText(n);
    return n;
  });
}

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) dari jawaban mentah: baris = responden, kolom = unsur, jawaban 1-4.
 * @customfunction IKM
 * @param jawaban Jawaban responden (1-4). Sel kosong atau 0 dianggap tidak menjawab.
 * @param [keluaran] "nilai" (bawaan, 25-100), "mutu" (A/B/C/D), "nrr" (NRR per unsur, tumpah ke kanan); tambahkan "_0111" untuk bobot lama 0,111.
 * @returns Nilai IKM, mutu pelayanan, atau NRR per unsur.
 */
export function ikm(jawaban: any[][], keluaran?: string): any[][] {
  return guard(() => {
    const out = readOption(keluaran, "keluaran", ["nilai", "mutu", "nrr", "nilai_0111", "mutu_0111"] as const, "nilai",
      { ikm: "nilai", nilai_ikm: "nilai" });
    const legacy = out.endsWith("_0111");
    if (out === "nrr") {
      // An unsur nobody answered shows blank in the spill instead of failing the whole row.
      let nrr: (number | null)[];
      try {
        nrr = ikmFromAnswers(asMatrix(jawaban)).nrr;
      } catch (e) {
        const partial = (e as { partial?: { nrr: (number | null)[] } }).partial;
        if (!partial) throw e;
        nrr = partial.nrr;
      }
      return [nrr.map((x) => (x === null ? "" : x))];
    }
    const r = ikmFromAnswers(asMatrix(jawaban), { legacyWeight: legacy });
    if (out.startsWith("mutu")) return [[ikmMutuText(r.ikm)]];
    return [[r.ikm]];
  });
}

/**
 * Predikat capaian menurut Permendagri 86/2017: >= 91% Sangat Tinggi, >= 76% Tinggi, >= 66% Sedang, >= 51% Rendah, selain itu Sangat Rendah.
 * @customfunction PREDIKAT
 * @param capaian Capaian sebagai pecahan atau persen (95% atau 0,95; angka di atas 10 dibaca sebagai persen, mis. 95).
 * @param [skala] "permendagri" (bawaan), "lkjip" (Sangat Baik ... Sangat Kurang) atau "enam" (6 tingkat: Memuaskan ... Kurang).
 * @returns Predikat capaian.
 */
export function predikat(capaian: any[][], skala?: any): any[][] {
  return guard(() => {
    const scale: PredikatScale = readOption(skala, "skala", PREDIKAT_SCALES, "permendagri", PREDIKAT_SCALE_ALIASES);
    return elementwise([{ name: "capaian", value: capaian }], (c) => predikatCore(readNumber(c, "capaian", ID), scale));
  });
}

/**
 * Serapan anggaran: realisasi anggaran dibagi pagu, sebagai pecahan (89,16%). Range dihitung per sel.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran (angka atau teks "Rp 4.850.842.200,00").
 * @param realisasi Realisasi anggaran.
 * @returns Serapan sebagai pecahan; format sel sebagai persen.
 */
export function serapan(pagu: any[][], realisasi: any[][]): any[][] {
  return guard(() =>
    elementwise([{ name: "pagu", value: pagu }, { name: "realisasi", value: realisasi }], (p, r) =>
      serapanCore(readNumber(p, "pagu", { expect: "money" }), readNumber(r, "realisasi", { expect: "money" })),
    ),
  );
}

/**
 * Memeriksa NIP PNS/NI PPPK (18 digit, boleh berspasi): "Valid" atau alasannya, atau satu bagiannya.
 * @customfunction NIP
 * @param nip NIP sebagai teks, mis. "19661019 198703 1 008". NIP yang tersimpan sebagai angka kehilangan digit.
 * @param [bagian] "status" (bawaan), "valid" (TRUE/FALSE), "tanggal_lahir", "tmt", "jenis_kelamin", "jenis" (PNS/PPPK) atau "urut".
 * @returns Status NIP atau bagian yang diminta.
 */
export function nip(nip: any[][], bagian?: any): any[][] {
  return guard(() => {
    const part = readOption(bagian, "bagian",
      ["status", "valid", "tanggal_lahir", "tmt", "jenis_kelamin", "jenis", "urut"] as const, "status",
      { lahir: "tanggal_lahir", tgl_lahir: "tanggal_lahir", kelamin: "jenis_kelamin", sex: "jenis_kelamin", nomor_urut: "urut" });
    return elementwise([{ name: "nip", value: nip }], (v) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
        throw new FormulaError("na", "NIP kosong.");
      const info = parseNip(v);
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
    });
  });
}

/**
 * Jumlah sampel minimal SKM menurut tabel Krejcie dan Morgan (populasi 100 -> 80; 1.000 -> 278; 100.000 ke atas -> 384).
 * @customfunction SAMPEL_SKM
 * @param populasi Jumlah populasi (bilangan bulat).
 * @returns Jumlah sampel minimal.
 */
export function sampelSkm(populasi: any[][]): any[][] {
  return guard(() => elementwise([{ name: "populasi", value: populasi }], (p) => krejcieMorgan(readNumber(p, "populasi", { expect: "count" }))));
}
