// Predikat (category) of a capaian, Permendagri 86/2017 five-level scale and its common variants.
import { FormulaError } from "./errors";
import { roundHalfUp } from "../numbers/money";

export type PredikatScale = "permendagri" | "lkjip" | "enam";
export const PREDIKAT_SCALES: readonly PredikatScale[] = ["permendagri", "lkjip", "enam"];
export const PREDIKAT_SCALE_ALIASES: Record<string, PredikatScale> = {
  permendagri86: "permendagri", permendagri_86: "permendagri", "86": "permendagri", lima: "permendagri",
  baik: "lkjip", lakip: "lkjip", malteng: "enam", malteng6: "enam", "6": "enam",
};

/** Bands as [minimum percent (inclusive), label], highest first; checked on the percent rounded to 2 decimals. */
export const PREDIKAT_BANDS: Readonly<Record<PredikatScale, readonly [number, string][]>> = {
  // Permendagri 86/2017 wording: >= 91 Sangat Tinggi, >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah, else Sangat Rendah.
  permendagri: [[91, "Sangat Tinggi"], [76, "Tinggi"], [66, "Sedang"], [51, "Rendah"], [-Infinity, "Sangat Rendah"]],
  // Same bands, the labels many LKjIP use.
  lkjip: [[91, "Sangat Baik"], [76, "Baik"], [66, "Cukup"], [51, "Kurang"], [-Infinity, "Sangat Kurang"]],
  // Six-level scale of some pemda (LKjIP Maluku Tengah 2021): >85 Memuaskan ... 0-30 Kurang.
  enam: [[85.0001, "Memuaskan"], [75.0001, "Sangat Baik"], [65.0001, "Baik"], [50.0001, "Cukup Baik"], [30.0001, "Agak Kurang"], [-Infinity, "Kurang"]],
};

/**
 * Predikat of a capaian given as a fraction (0,95 = 95%). Above 100% stays in the top band.
 * Values above 10 are read as percent points (95 -> 95%): no capaian of 1000% is plausible, and planners often
 * keep capaian as 95 rather than 95%.
 */
export function predikat(capaian: number, scale: PredikatScale = "permendagri"): string {
  if (!Number.isFinite(capaian)) throw new FormulaError("value", "capaian bukan angka.");
  const pct = roundHalfUp(capaian > 10 ? capaian : capaian * 100, 2);
  for (const [min, label] of PREDIKAT_BANDS[scale]) if (pct >= min) return label;
  return PREDIKAT_BANDS[scale][PREDIKAT_BANDS[scale].length - 1][1];
}
