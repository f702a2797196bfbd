// Indeks Sistem Merit (KASN): score 100..400, category I..IV, index 0..1.
import { FormulaError, clean, shownNumber } from "./errors";

/** The 8 aspects, in the order of the KASN instrument. */
export const MERIT_ASPECTS = [
  "Perencanaan Kebutuhan",
  "Pengadaan",
  "Pengembangan Karier",
  "Promosi dan Mutasi",
  "Manajemen Kinerja",
  "Penggajian, Penghargaan, dan Disiplin",
  "Perlindungan dan Pelayanan",
  "Sistem Informasi",
] as const;

/** Weight presets (percent per aspect, sum 100). "iku" is the default: only it fits the seed's own scores
 *  (Manajemen Kinerja 62,5 exceeds 15% x 4 = 60 under "teks"). */
export const MERIT_WEIGHT_PRESETS: Readonly<Record<"iku" | "teks", readonly number[]>> = {
  iku: [10, 10, 30, 10, 20, 10, 4, 6],
  teks: [20, 10, 25, 10, 15, 10, 5, 5],
};
export type MeritPreset = keyof typeof MERIT_WEIGHT_PRESETS;

export const MERIT_MIN = 100;
export const MERIT_MAX = 400;

export interface MeritCategory {
  /** "I".."IV" */
  roman: "I" | "II" | "III" | "IV";
  label: "Buruk" | "Kurang" | "Baik" | "Sangat Baik";
  /** Nominal band of the score and of the index. */
  min: number;
  max: number;
  indexMin: number;
  indexMax: number;
}

/** KASN categories; index bands as the seed states them. */
export const MERIT_CATEGORIES: readonly MeritCategory[] = [
  { roman: "I", label: "Buruk", min: 100, max: 174, indexMin: 0.2, indexMax: 0.4 },
  { roman: "II", label: "Kurang", min: 175, max: 249, indexMin: 0.41, indexMax: 0.6 },
  { roman: "III", label: "Baik", min: 250, max: 324, indexMin: 0.61, indexMax: 0.8 },
  { roman: "IV", label: "Sangat Baik", min: 325, max: 400, indexMin: 0.81, indexMax: 1 },
];

/** Normalises weights: fractions summing to 1 (cells formatted as %) become percents; the sum must be 100. */
export function normaliseWeights(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = Math.abs(sum - 1) < 1e-9 ? weights.map((x) => x * 100) : [...weights];
  const total = clean(w.reduce((a, b) => a + b, 0));
  if (w.some((x) => x < 0)) throw new FormulaError("value", "bobot tidak boleh negatif.");
  if (Math.abs(total - 100) > 1e-9) throw new FormulaError("value", `jumlah bobot harus 100 (sekarang ${shownNumber(total)}).`);
  return w;
}

/**
 * Merit score.
 * - Without weights: the values are aspect values already weighted; the score is their sum
 *   (seed: 40 + 36 + 57,5 + 20 + 62,5 + 35 + 10 + 17 = 278).
 * - With weights (percent per aspect or sub-aspect, sum 100; or fractions summing to 1): each value is a skor 1..4,
 *   score = sum(bobot x skor), 100..400.
 * A total outside 100..400 is a "value" error (it cannot be a merit score).
 */
export function meritScore(values: readonly number[], weights?: readonly number[] | null): number {
  if (values.length === 0) throw new FormulaError("na", "nilai_atau_skor kosong.");
  let total: number;
  if (weights && weights.length) {
    if (weights.length !== values.length)
      throw new FormulaError("value", `jumlah bobot (${weights.length}) tidak sama dengan jumlah skor (${values.length}).`);
    const w = normaliseWeights(weights);
    values.forEach((s, i) => {
      if (!(s >= 1 && s <= 4)) throw new FormulaError("value", `skor ke-${i + 1} (${shownNumber(s)}) harus 1 sampai 4.`);
    });
    total = values.reduce((acc, s, i) => acc + s * w[i], 0);
  } else {
    total = values.reduce((a, b) => a + b, 0);
  }
  total = clean(total);
  if (total < MERIT_MIN - 1e-9 || total > MERIT_MAX + 1e-9)
    throw new FormulaError("value", `nilai sistem merit ${shownNumber(total)} di luar rentang 100-400.`);
  return total;
}

/** Aspect values above 4 x their weight (impossible): [{ index, value, max }]. For the validator. */
export function aspectsOverMax(values: readonly number[], weights: readonly number[] = MERIT_WEIGHT_PRESETS.iku) {
  return values
    .map((value, index) => ({ index, value, max: 4 * (weights[index] ?? NaN) }))
    .filter((a) => Number.isFinite(a.max) && a.value > a.max + 1e-9);
}

/**
 * The values of MERIT_SCORE without weights, checked per aspect before they are summed: a blank aspect is "na"
 * ("aspek ke-3 (Pengembangan Karier) kosong"), a value above 4 x its weight (the "iku" preset) is "value" naming the
 * aspect. With other than 8 values the aspects cannot be named: blanks are still "na", no maximum applies.
 */
export function checkAspectValues(values: readonly (number | null)[]): number[] {
  const named = values.length === MERIT_ASPECTS.length;
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const label = named ? `aspek ke-${i + 1} (${MERIT_ASPECTS[i]})` : `nilai ke-${i + 1}`;
    if (v === null) throw new FormulaError("na", `${label} kosong; isi nilainya (0 bila memang nol).`);
    if (named) {
      const max = 4 * MERIT_WEIGHT_PRESETS.iku[i];
      if (v > max + 1e-9)
        throw new FormulaError("value", `${label}: nilai ${shownNumber(v)} melebihi maksimum ${shownNumber(max)} (4 × bobot ${shownNumber(MERIT_WEIGHT_PRESETS.iku[i])}%).`);
      if (v < 0) throw new FormulaError("value", `${label}: nilai ${shownNumber(v)} negatif.`);
    }
    out[i] = v;
  }
  return out;
}

/** Category of a score: I Buruk 100-174, II Kurang 175-249, III Baik 250-324, IV Sangat Baik 325-400. */
export function meritCategory(nilai: number): MeritCategory {
  if (!(nilai >= MERIT_MIN && nilai <= MERIT_MAX))
    throw new FormulaError("value", `nilai sistem merit ${shownNumber(nilai)} di luar rentang 100-400.`);
  // Between nominal bands (174 < n < 175) the lower band holds: categories start at 175, 250, 325.
  for (let i = MERIT_CATEGORIES.length - 1; i >= 0; i--) if (nilai >= MERIT_CATEGORIES[i].min) return MERIT_CATEGORIES[i];
  return MERIT_CATEGORIES[0];
}

/** "III (Baik)", the way the seed writes it ("Kategori III (Baik)"). */
export const meritCategoryText = (nilai: number): string => {
  const c = meritCategory(nilai);
  return `${c.roman} (${c.label})`;
};

/**
 * Index 0..1: linear inside the band of the score, over the index band the seed states
 * (250-324 -> 0,61-0,80): 278 -> 0,61 + 28/74 x 0,19 = 0,6819 (shown 0,68). Not rounded.
 * This rule is our reading of the seed (no regulation text found); see docs/functions.md.
 */
export function meritIndex(nilai: number): number {
  const c = meritCategory(nilai);
  const t = Math.min(1, (nilai - c.min) / (c.max - c.min));
  return clean(c.indexMin + t * (c.indexMax - c.indexMin));
}
