// Validation settings: from CLI flags, or the workbook's document settings in the task pane.
import { POLARITIES, type Polarity } from "./polarity";
import { isNomenclature, type OfficialNomenclature } from "./nomenclature/official";

export type { Polarity } from "./polarity";

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
  /** Official nomenclature to check codes and names against (`--nomenklatur FILE`, the pane's setting); none = not checked. */
  nomenclature?: OfficialNomenclature;
}

export const DEFAULT_SETTINGS: ValidationSettings = {
  moneyTolerance: 0,
  percentTolerance: 0,
  disabledRules: [],
  meritWeightPreset: "iku",
  defaultPolarity: "positif",
  language: "id",
};

/**
 * Settings as they arrive from a workbook's document settings, CLI flags or an older version: each field is kept only
 * when it has the right type and a sensible value, else its default applies. Never throws.
 */
export function resolveSettings(input?: unknown): ValidationSettings {
  const o = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const tolerance = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : fallback);
  const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
  return {
    moneyTolerance: tolerance(o.moneyTolerance, DEFAULT_SETTINGS.moneyTolerance),
    percentTolerance: tolerance(o.percentTolerance, DEFAULT_SETTINGS.percentTolerance),
    disabledRules: Array.isArray(o.disabledRules) ? o.disabledRules.filter((r): r is string => typeof r === "string") : [],
    meritWeightPreset: oneOf(o.meritWeightPreset, ["iku", "teks"] as const, DEFAULT_SETTINGS.meritWeightPreset),
    defaultPolarity: oneOf(o.defaultPolarity, POLARITIES, DEFAULT_SETTINGS.defaultPolarity),
    language: oneOf(o.language, ["id", "en"] as const, DEFAULT_SETTINGS.language),
    ...(isNomenclature(o.nomenclature) ? { nomenclature: o.nomenclature } : {}),
  };
}
