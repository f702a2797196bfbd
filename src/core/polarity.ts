// Polarity of an indicator: whether a higher realisasi is better (positif), worse (negatif), or compared as a ratio
// target / realisasi (negatif_rasio). One type for the formulas, the rules, the settings and the custom functions.

export type Polarity = "positif" | "negatif" | "negatif_rasio";

export const POLARITIES: readonly Polarity[] = ["positif", "negatif", "negatif_rasio"];

/** Words with which a sheet says an indicator is better when lower. */
export const NEGATIVE_WORDS = /semakin\s+(?:kecil|rendah|sedikit)\s+semakin\s+baik|\(\s*menurun\s*\)|indikator\s+negatif|\bnegatif\b|\bminimi[sz]e\b|lower\s+is\s+better/i;
/** Words with which a POLARITAS cell says higher is better. */
const POSITIVE_WORDS = /semakin\s+(?:besar|tinggi|banyak)\s+semakin\s+baik|\(\s*meningkat\s*\)|\bpositif\b|\bmaksimal\b|\bmaximi[sz]e\b|higher\s+is\s+better/i;
const NEGATIVE_CELL = /\bminimal\b|\bnegatif|\bmenurun\b/i;

/** Polarity a POLARITAS cell states ("Positif", "Negatif", "Maksimal", "Minimal", "semakin kecil semakin baik"). */
export function polarityOfText(text: string): { polarity: Polarity; words: string } | undefined {
  const n = NEGATIVE_WORDS.exec(text) ?? NEGATIVE_CELL.exec(text);
  if (n) return { polarity: /rasio|ratio/i.test(text) ? "negatif_rasio" : "negatif", words: n[0] };
  const p = POSITIVE_WORDS.exec(text);
  return p ? { polarity: "positif", words: p[0] } : undefined;
}

/**
 * Targets of one indicator over consecutive years (a Renstra row): "negatif" when they fall every year over three
 * years or more (a plan that asks for less each year wants the figure down), "positif" when they rise so; undefined
 * when flat, mixed or too short to tell.
 */
export function polarityOfTrend(values: readonly number[]): Polarity | undefined {
  if (values.length < 3) return undefined;
  let down = true, up = true;
  for (let i = 1; i < values.length; i++) {
    if (!(values[i] < values[i - 1])) down = false;
    if (!(values[i] > values[i - 1])) up = false;
  }
  return down ? "negatif" : up ? "positif" : undefined;
}
