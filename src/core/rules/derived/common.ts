// Shared helpers for the derived-figure rules (capaian, serapan, efisiensi, sisa, share) and the SKM/merit checks:
// reading a stated figure with the precision it is shown at, and comparing it with a recomputation.
import type { Cell } from "../../workbook/snapshot";
import type { ColumnRole, RecognizedTable, TableRow } from "../../tables/table";
import type { RuleContext } from "../rule";
import { gridOf, sheetByName, cellText, type SheetGrid } from "../../tables/cells";
import { parseNumber, decimalsOf } from "../../numbers/parse";
import { formatNumberId, formatPercent, roundHalfUp } from "../../numbers/money";

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

/** A shown figure as a fraction: percent cells already are; a plain number above 3 beside percents is percent
 *  points (95 -> 0,95), a smaller one a fraction already (0,95 or 1,0692). */
export function asFraction(s: Shown): number {
  return s.percent ? s.value : s.value > 3 ? s.value / 100 : s.value;
}

/** Decimals a number format shows: "0.00%" -> 2, "#,##0" -> 0; undefined for General / unknown. */
export function formatDecimals(fmt: string | undefined): number | undefined {
  if (!fmt) return undefined;
  const section = fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (/general/i.test(section) || !/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** Reads the figure in a cell with its display precision; null for empty, N/A, words. */
export function shownOf(cell: Cell | undefined, opts: { allowLikely?: boolean } = {}): Shown | null {
  const s = readShown(cell, opts);
  // Beyond 1e15 no figure is exact (and no budget is that large): nothing to recompute.
  return s && Number.isFinite(s.value) && Math.abs(s.value) < 1e15 ? s : null;
}

function readShown(cell: Cell | undefined, opts: { allowLikely?: boolean }): Shown | null {
  if (!cell) return null;
  const text = cellText(cell);
  if (cell.type === "number" && typeof cell.value === "number" && Number.isFinite(cell.value)) {
    const fmt = cell.numberFormat ?? "";
    const percent = /%/.test(fmt.replace(/"[^"]*"/g, ""));
    let decimals = formatDecimals(fmt);
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

/** Grid of a table's sheet. */
export function gridFor(ctx: RuleContext, t: RecognizedTable): SheetGrid | undefined {
  const s = sheetByName(ctx.workbook, t.sheet);
  return s ? gridOf(s) : undefined;
}

/** Column indices with one of the roles, left to right. */
export function colsWith(t: RecognizedTable, ...roles: ColumnRole[]): number[] {
  return t.columns.filter((c) => roles.includes(c.role)).map((c) => c.col).sort((a, b) => a - b);
}

export function roleAt(t: RecognizedTable, col: number): ColumnRole | undefined {
  return t.columns.find((c) => c.col === col)?.role;
}

/** The nearest column left of `col` (and right of `after`) with one of the roles. */
export function nearestLeft(t: RecognizedTable, col: number, after: number, ...roles: ColumnRole[]): number | undefined {
  const cs = colsWith(t, ...roles).filter((c) => c < col && c > after);
  return cs.length ? cs[cs.length - 1] : undefined;
}

/** Cell of a data row in a column; a merged area covering the cell counts (a merged pagu spanning rows). */
export function cellAt(grid: SheetGrid, row: TableRow, col: number): Cell | undefined {
  return grid.get(row.row, col);
}

/** Rows that carry figures (items, groups, subtotals; totals only when asked). */
export function dataRows(t: RecognizedTable, withTotals = false): TableRow[] {
  return t.rows.filter((r) => withTotals || r.kind !== "total");
}

export interface PercentCheck {
  holds: boolean;
  /** Expected, formatted like the cell (percent or plain). */
  expectedText: string;
  /** expected - stated, as a fraction (or in the cell's unit when the cell holds percent points). */
  difference: number;
}

/** Truncated instead of rounded (99,735% shown as 99,73%): a common, deliberate habit; it holds. */
function truncHolds(statedDisplay: number, decimals: number, expectedDisplay: number): boolean {
  const f = Math.pow(10, decimals);
  const t = Math.trunc(Number((expectedDisplay * f).toPrecision(12))) / f;
  return Math.abs(t - statedDisplay) < 0.5 / f / 10;
}

/** Stated display value vs expected display value at the shown precision (+ tolerance), rounding or truncation. */
export function holdsAt(statedDisplay: number, decimals: number, expectedDisplay: number, tolerance = 0): boolean {
  if (!Number.isFinite(expectedDisplay)) return false;
  const stated = roundHalfUp(statedDisplay, decimals);
  if (roundHalfUp(expectedDisplay, decimals) === stated) return true;
  if (truncHolds(stated, decimals, expectedDisplay)) return true;
  const half = 0.5 * Math.pow(10, -decimals);
  return Math.abs(expectedDisplay - stated) <= half + tolerance + 1e-9 && tolerance > 0;
}

/**
 * Compares a stated percentage-like figure with a recomputed fraction. A cell shown with "%" is a fraction;
 * a plain number is read in percent points when that is clearly its scale (106,92 beside 278/260), else as a fraction.
 */
export function checkPercent(shown: Shown, expected: number, tolerancePoints: number): PercentCheck {
  // A recomputation that is not a number (a division by almost nothing) says nothing.
  if (!Number.isFinite(expected) || Math.abs(expected) > 1e12) return { holds: true, expectedText: "", difference: 0 };
  let points: boolean;
  if (shown.percent) points = false;
  else if (expected === 0 || shown.value === 0) points = Math.abs(shown.value) > 2;
  else points = Math.abs(Math.log10(Math.abs(shown.value / expected))) > 1;
  if (shown.percent || points) {
    const statedPct = shown.percent ? shown.value * 100 : shown.value;
    const holds = holdsAt(statedPct, shown.decimals, expected * 100, tolerancePoints);
    const expectedText = shown.percent ? formatPercent(expected, shown.decimals) : formatNumberId(expected * 100, shown.decimals);
    const difference = shown.percent ? expected - shown.value : expected * 100 - shown.value;
    return { holds, expectedText, difference: round12(difference) };
  }
  const holds = holdsAt(shown.value, shown.decimals, expected, tolerancePoints / 100);
  return { holds, expectedText: formatNumberId(expected, shown.decimals), difference: round12(expected - shown.value) };
}

/** Plain value (NRR, IKM, merit total) at its shown precision. */
export function checkValue(shown: Shown, expected: number, tolerance = 0): PercentCheck {
  if (!Number.isFinite(expected) || Math.abs(expected) > 1e15) return { holds: true, expectedText: "", difference: 0 };
  const holds = holdsAt(shown.value, shown.decimals, expected, tolerance);
  return { holds, expectedText: formatNumberId(expected, shown.decimals), difference: round12(expected - shown.value) };
}

export function round12(v: number): number {
  return Number(v.toPrecision(12));
}

/** Label of a row for messages: the row's label, else the first text cell of the row. */
export function rowLabel(grid: SheetGrid, t: RecognizedTable, row: TableRow): string {
  if (row.label) return row.label;
  const ind = colsWith(t, "indikator", "uraian", "subkegiatan", "kegiatan", "program", "unsur", "aspek", "nama", "sasaran");
  for (const c of ind) {
    const tx = cellText(grid.getMerged(row.row, c));
    if (tx) return tx;
  }
  return `baris ${row.row + 1}`;
}

/** Content that tells tables of one sheet apart without addresses (for fingerprints): the first row's label. */
export function tableAnchor(grid: SheetGrid, t: RecognizedTable): string {
  const first = t.rows[0];
  return first ? rowLabel(grid, t, first).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().slice(0, 60) : "";
}

/** Short label for keys and messages (first 80 characters). */
export function short(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
