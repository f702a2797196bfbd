// Capaian kinerja (achievement) of an indicator: realisasi against target, by polarity.
// Sources: PermenPANRB manajemen kinerja ("kondisi normal" / "kondisi khusus", range targets), e-SAKIP practice.
import { FormulaError, clean } from "./errors";

import type { Polarity } from "../polarity";

export { POLARITIES, type Polarity } from "../polarity";
/** Words planners use for polarity, mapped to ours. */
export const POLARITY_ALIASES: Record<string, Polarity> = {
  positive: "positif", naik: "positif", semakin_tinggi_semakin_baik: "positif", maksimal: "positif", max: "positif",
  negative: "negatif", turun: "negatif", semakin_kecil_semakin_baik: "negatif", semakin_rendah_semakin_baik: "negatif",
  minimal: "negatif", min: "negatif", rasio: "negatif_rasio", negatif_ratio: "negatif_rasio",
};

/** A target: a number, or a range "80-90" as { low, high }. */
export type Target = number | { low: number; high: number };

export interface CapaianOptions {
  polaritas?: Polarity;
  /** Optional cap on the result, as a fraction (1.2 = 120%). null/undefined = no cap (the seed leaves 187,80% uncapped). */
  batasAtas?: number | null;
}

/**
 * Capaian as a fraction (1.0692 = 106,92%).
 * - positif: realisasi / target (278 / 260 = 1,0692)
 * - negatif: (2 x target - realisasi) / target, floored at 0 (target 7, realisasi 6,5 -> 1,0714); where 2 x target
 *   overflows (1e308) the same figure as 2 - realisasi / target
 * - negatif_rasio: target / realisasi
 * - range target {low, high}: realisasi inside the range -> 1 (100%); above it the upper bound is the target,
 *   below it the lower bound (both polarities).
 * - target 0 -> FormulaError "div0", except target 0 and realisasi 0 with a negative polarity -> 1.
 * - a negative target is a "value" error (a ratio against it has no meaning).
 * - batasAtas caps the result.
 */
export function capaian(target: Target, realisasi: number, options: CapaianOptions = {}): number {
  const pol = options.polaritas ?? "positif";
  if (!Number.isFinite(realisasi)) throw new FormulaError("value", "realisasi bukan angka.");
  let t: number;
  if (typeof target === "number") {
    t = target;
  } else {
    const { low, high } = target;
    if (!(low <= high)) throw new FormulaError("value", "target rentang tidak valid.");
    if (realisasi >= low && realisasi <= high) return applyCap(1, options.batasAtas);
    t = realisasi > high ? high : low;
  }
  if (!Number.isFinite(t)) throw new FormulaError("value", "target bukan angka.");
  if (t < 0) throw new FormulaError("value", "target negatif; capaian tidak dapat dihitung sebagai rasio.");
  if (t === 0) {
    if (pol !== "positif" && realisasi === 0) return applyCap(1, options.batasAtas);
    throw new FormulaError("div0", "target 0: capaian tidak dapat dihitung (pembagian dengan nol).");
  }
  // One division is already correctly rounded; only the subtraction of "negatif" leaves float noise to clean.
  let c: number;
  if (pol === "positif") c = realisasi / t;
  else if (pol === "negatif") c = capaianNegatif(t, realisasi);
  else {
    if (realisasi === 0) throw new FormulaError("div0", "realisasi 0 pada polaritas negatif_rasio (target / realisasi).");
    if (realisasi < 0) throw new FormulaError("value", "realisasi negatif pada polaritas negatif_rasio.");
    c = t / realisasi;
  }
  return applyCap(c, options.batasAtas);
}

/** "negatif" of a target above 0 and a realisasi, both finite: (2 x target - realisasi) / target floored at 0; where
 *  2 x target overflows, 2 - realisasi / target. A spill of one polarity calls it per element (no option lookups). */
export function capaianNegatif(t: number, realisasi: number): number {
  const q = (2 * t - realisasi) / t;
  const v = q - q === 0 ? q : 2 - realisasi / t;
  return v > 0 ? clean(v) : 0;
}

function applyCap(c: number, cap: number | null | undefined): number {
  if (cap === null || cap === undefined) return c;
  if (!(cap > 0)) throw new FormulaError("value", "batas_atas harus lebih dari 0 (mis. 1,2 untuk 120%).");
  return Math.min(c, cap);
}
