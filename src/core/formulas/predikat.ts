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
 * Predikat of a capaian given as a fraction (0,95 = 95%). Above 100% stays in the top band. Monotonic: a higher
 * capaian never gets a lower predikat. Whether a plain 95 means 95% is the caller's reading (see ./read.ts).
 */
export function predikat(capaian: number, scale: PredikatScale = "permendagri"): string {
  if (!Number.isFinite(capaian)) throw new FormulaError("value", "capaian bukan angka.");
  const bands = PREDIKAT_BANDS[scale];
  const raw = capaian * 100;
  // Bands compare the percent rounded to 2 decimals; only a figure within 0,01 of a bound needs that rounding.
  let k = 0;
  while (k < bands.length - 1 && raw < bands[k][0]) k++;
  const near = (k > 0 && bands[k - 1][0] - raw < 0.01) || (k < bands.length - 1 && raw - bands[k][0] < 0.01);
  if (!near) return bands[k][1];
  const pct = roundHalfUp(raw, 2);
  for (const [min, label] of bands) if (pct >= min) return label;
  return bands[bands.length - 1][1];
}
