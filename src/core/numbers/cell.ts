// The one way rules read a number from a cell, in three variants:
//  - cellValue: the number a cell holds (number cells as they are, text parsed by parseNumber), with what the
//    parser noticed (percent, unit, malformed and its likely reading);
//  - cellShown: the figure as the user sees it, with the precision it is displayed at (for comparing a stated
//    figure with its recomputation);
//  - cellAmount: an amount in rupiah (never a percent), optionally through a malformed text's likely reading.
import { CELL_VALUE } from "../workbook/cellCache";
import type { Cell } from "../workbook/snapshot";
import { cellText } from "../workbook/cellText";
import { parseNumber, decimalsOf, type ParsedNumber, type ParseHint } from "./parse";

export interface CellNumber {
  /** The number (percent as a fraction); null when the text is malformed (see `likely`). */
  value: number | null;
  /** True when the cell is text that reads as a number ("Rp 1.000.000,00"). */
  fromText: boolean;
  /** Percent cell (number formatted with %, or text ending in %): value is a fraction. */
  percent: boolean;
  malformed: boolean;
  /** For malformed text: the reading a person most likely meant. */
  likely?: number | null;
  /** Trailing words ("1000 SK KP PNS" -> "SK KP PNS"). */
  unit: string | null;
  /** What the cell shows. */
  text: string;
  /** The parser's full answer for text cells. */
  parsed?: ParsedNumber;
}

/** Reads text as a number; null for missing markers ("N/A", "-") and words. */
export function textValue(text: string, hint?: ParseHint): CellNumber | null {
  const p = parseNumber(text, hint);
  if (p.kind === "missing" || p.kind === "text") return null;
  if (p.malformed) {
    return { value: null, fromText: true, percent: p.kind === "percent", malformed: true, likely: p.likely ?? null, unit: p.unit ?? null, text: text.trim(), parsed: p };
  }
  if (p.value === null) return null;
  return { value: p.value, fromText: true, percent: p.kind === "percent", malformed: false, unit: p.unit ?? null, text: text.trim(), parsed: p };
}

const VALUE = CELL_VALUE;
type CachedCell = Cell & { [VALUE]?: CellNumber | null };

/**
 * Numeric value of a cell: number cells as they are (percent-formatted cells stay fractions),
 * text cells parsed as Indonesian/English numbers ("Rp 1.672.255.000,00", "106,92%", "1000 SK KP PNS").
 * null when the cell holds no number (empty, "N/A", "-", words). Cached on the cell.
 */
export function cellValue(cell: Cell | undefined): CellNumber | null {
  if (!cell) return null;
  const hit = (cell as CachedCell)[VALUE];
  if (hit !== undefined) return hit;
  let n: CellNumber | null = null;
  if (cell.type === "number" && typeof cell.value === "number") {
    const pct = formatInfo(cell.numberFormat).percent;
    n = { value: cell.value, fromText: false, percent: pct, malformed: false, unit: null, text: cellText(cell) };
  } else if (cell.type === "string" && typeof cell.value === "string") n = textValue(cell.value);
  (cell as CachedCell)[VALUE] = n;
  return n;
}

/** A figure as the user sees it. */
export interface Shown {
  /** True value: a fraction for percents (106,92% -> 1.0692). */
  value: number;
  /** Decimals shown (of the percent figure for percents). */
  decimals: number;
  /** Shown with a % sign (format or text). */
  percent: boolean;
  /** Displayed text. */
  text: string;
  /** Text cell read as a number. */
  fromText: boolean;
  /** Read through the "likely" reading of malformed text (reported by SAKIP-NUM-001). */
  likely: boolean;
  unit?: string;
}

/** What a number format says, read once per format string (a workbook has a handful, its cells thousands). */
const formatInfos = new Map<string, { percent: boolean; decimals: number | undefined }>();
function formatInfo(fmt: string | undefined): { percent: boolean; decimals: number | undefined } {
  const key = fmt ?? "";
  let info = formatInfos.get(key);
  if (!info) {
    info = { percent: /%/.test(key.replace(/"[^"]*"/g, "")), decimals: formatDecimals(key) };
    if (formatInfos.size < 10_000) formatInfos.set(key, info);
  }
  return info;
}

/** Decimals a number format shows: "0.00%" -> 2, "#,##0" -> 0; undefined for General / unknown. */
export function formatDecimals(fmt: string | undefined): number | undefined {
  if (!fmt) return undefined;
  const section = fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (/general/i.test(section) || !/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** The figure in a cell with its display precision; null for empty, N/A, words (and malformed text unless
 *  `allowLikely`, which reads it at its likely reading). */
export function cellShown(cell: Cell | undefined, opts: { allowLikely?: boolean } = {}): Shown | null {
  const s = readShown(cell, opts);
  // Beyond 1e15 no figure is exact (and no budget is that large): nothing to recompute.
  return s && Number.isFinite(s.value) && Math.abs(s.value) < 1e15 ? s : null;
}

function readShown(cell: Cell | undefined, opts: { allowLikely?: boolean }): Shown | null {
  if (!cell) return null;
  const text = cellText(cell);
  if (cell.type === "number" && typeof cell.value === "number" && Number.isFinite(cell.value)) {
    const info = formatInfo(cell.numberFormat);
    const percent = info.percent;
    let decimals = info.decimals;
    if (decimals === undefined && text) {
      // General format: what Excel shows is in the displayed text when the source knows it.
      const p = parseNumber(text, { expect: "decimal" });
      if (p.value !== null && !p.malformed) decimals = p.decimals;
    }
    if (decimals === undefined) decimals = Math.min(10, decimalsOf(percent ? cell.value * 100 : cell.value));
    return { value: cell.value, decimals, percent, text: text || String(cell.value), fromText: false, likely: false };
  }
  if (cell.type === "string" && typeof cell.value === "string") {
    const p = parseNumber(cell.value);
    if (p.kind === "missing" || p.kind === "text") return null;
    if (p.malformed) {
      if (!opts.allowLikely || p.likely == null) return null;
      return { value: p.likely, decimals: p.decimals, percent: p.kind === "percent", text, fromText: true, likely: true, unit: p.unit };
    }
    if (p.value === null) return null;
    return { value: p.value, decimals: p.decimals, percent: p.kind === "percent", text, fromText: true, likely: false, unit: p.unit };
  }
  return null;
}

export interface Amount {
  /** Rupiah (percent cells are never amounts). */
  value: number;
  /** What the cell shows. */
  text: string;
  /** Read through the likely reading of malformed text ("Rp 577.255.000.00"). */
  likely: boolean;
}

/** The amount in a cell; null when empty, words, a percent, or malformed without `allowLikely`. */
export function cellAmount(cell: Cell | undefined, opts: { allowLikely?: boolean } = {}): Amount | null {
  const n = cellValue(cell);
  if (!n || n.percent) return null;
  const text = cellText(cell);
  if (n.malformed) {
    if (!opts.allowLikely || n.likely == null) return null;
    return { value: n.likely, text, likely: true };
  }
  if (n.value === null || !isAmount(n.value)) return null;
  return { value: n.value, text, likely: false };
}

/** Largest rupiah amount read as one: far above any budget (APBN is about 3,3e15), small enough that sums in sen stay
 *  finite. 9,99E+307 (Excel's largest number) is a placeholder, not an amount to compare. */
export const MAX_AMOUNT = 1e18;

export function isAmount(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= MAX_AMOUNT;
}

/** True when the cell holds text that is not a readable amount (malformed, or words where a number belongs). */
export function unreadableAmount(cell: Cell | undefined): boolean {
  if (!cell || typeof cell.value !== "string" || !cellText(cell)) return false;
  const n = cellValue(cell);
  return !n || n.malformed;
}
