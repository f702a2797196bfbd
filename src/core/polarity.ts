// Polarity of an indicator: whether a higher realisasi is better (positif), worse (negatif), or compared as a ratio
// target / realisasi (negatif_rasio). One type for the formulas, the rules, the settings and the custom functions.

export type Polarity = "positif" | "negatif" | "negatif_rasio";

export const POLARITIES: readonly Polarity[] = ["positif", "negatif", "negatif_rasio"];
