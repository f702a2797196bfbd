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
  return CLASSIFIERS[scale](capaian);
}

/** The classifier of one scale, for a caller that reads many capaian on one scale (a spill). */
export const predikatOn = (scale: PredikatScale): ((capaian: number) => string) => CLASSIFIERS[scale];

function classifier(bands: readonly [number, string][]): (capaian: number) => string {
  // Flat arrays: the per-element lookup reads numbers, not tuples.
  const mins = bands.map((b) => b[0]);
  const labels = bands.map((b) => b[1]);
  const last = mins.length - 1;
  return (capaian: number): string => {
    if (!(capaian - capaian === 0)) throw new FormulaError("value", "capaian bukan angka.");
    const raw = capaian * 100;
    let k = 0;
    while (k < last && raw < mins[k]) k++;
    // Bands compare the percent rounded to 2 decimals; only a figure within 0,01 of a bound needs that rounding.
    if ((k > 0 && mins[k - 1] - raw < 0.01) || (k < last && raw - mins[k] < 0.01)) {
      const pct = roundHalfUp(raw, 2);
      for (let i = 0; i < last; i++) if (pct >= mins[i]) return labels[i];
      return labels[last];
    }
    return labels[k];
  };
}

const CLASSIFIERS = Object.fromEntries(PREDIKAT_SCALES.map((s) => [s, classifier(PREDIKAT_BANDS[s])])) as Record<PredikatScale, (capaian: number) => string>;
