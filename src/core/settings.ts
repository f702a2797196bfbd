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
  /** Tables the planner described where recognition fails (see TableMapping); used instead of recognition there. */
  mappings?: TableMapping[];
  /** Official nomenclature to check codes and names against (`--nomenklatur FILE`, the pane's setting); none = not checked. */
  nomenclature?: OfficialNomenclature;
}

/**
 * A planner's description of one table: its sheet, header row, kind and each column's role. Stored in the
 * workbook's document settings ("sakip.settings".validation.mappings), read by the pane and by the CLI.
 */
export interface TableMapping {
  sheet: string;
  /** 1-based row of the header (its last row when the header spans several). */
  headerRow: number;
  kind: import("./tables/table").TableKind;
  /** Column letter -> role, e.g. { "B": "uraian", "D": "pagu" }. Columns not listed are not read. */
  columns: Record<string, import("./tables/table").ColumnRole>;
  /** 1-based last data row; default: where the rows end. */
  lastRow?: number;
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
    ...(Array.isArray(o.mappings) ? { mappings: o.mappings.filter(isMapping) } : {}),
    ...(isNomenclature(o.nomenclature) ? { nomenclature: o.nomenclature } : {}),
  };
}

const KINDS = ["indicator", "budget", "measurement", "efficiency", "skm", "merit", "staff", "list"];

function isMapping(m: unknown): m is TableMapping {
  if (!m || typeof m !== "object") return false;
  const x = m as Record<string, unknown>;
  return typeof x.sheet === "string" && typeof x.headerRow === "number" && Number.isInteger(x.headerRow) && x.headerRow >= 1 &&
    typeof x.kind === "string" && KINDS.includes(x.kind) && !!x.columns && typeof x.columns === "object" &&
    Object.entries(x.columns as Record<string, unknown>).every(([k, v]) => /^[A-Z]{1,3}$/.test(k) && typeof v === "string") &&
    (x.lastRow === undefined || (typeof x.lastRow === "number" && x.lastRow >= x.headerRow));
}
