// Validation settings, passed in by each presenter (CLI flags, task pane document settings).

export type Polarity = "positif" | "negatif" | "negatif_rasio";

export interface ValidationSettings {
  /** Rupiah difference tolerated between a total and its items (0 = exact). */
  moneyTolerance: number;
  /** Extra tolerance, in percent points, when comparing a stated percent with its recomputation,
   *  beyond the display precision (0 = strictly at the precision shown). */
  percentTolerance: number;
  /** Rules switched off by code. */
  disabledRules: string[];
  /** Merit weight preset: "iku" (10/10/30/10/20/10/4/6, the default) or "teks" (20/10/25/10/15/10/5/5). */
  meritWeightPreset: "iku" | "teks";
  /** Polarity assumed for an indicator that does not state one. */
  defaultPolarity: Polarity;
  /** Language of messages shown first. */
  language: "id" | "en";
}

export const DEFAULT_SETTINGS: ValidationSettings = {
  moneyTolerance: 0,
  percentTolerance: 0,
  disabledRules: [],
  meritWeightPreset: "iku",
  defaultPolarity: "positif",
  language: "id",
};
