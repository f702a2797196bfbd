// Rupiah amounts in cells, for the totals / hierarchy / conflict / budget rules.
import type { SheetGrid } from "./cells";
import { cellText } from "./cells";
import { formatRupiah } from "../numbers/money";

export interface Amount {
  /** Rupiah (percent cells are never amounts). */
  value: number;
  /** What the cell shows. */
  text: string;
  /** Read through the likely reading of malformed text ("Rp 577.255.000.00"). */
  likely: boolean;
}

/** The amount in a cell; null when empty, words, a percent, or malformed without `allowLikely`. */
export function amountAt(grid: SheetGrid, row: number, col: number, opts: { allowLikely?: boolean } = {}): Amount | null {
  const n = grid.number(row, col);
  if (!n || n.percent) return null;
  const text = cellText(grid.get(row, col));
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
export function unreadableAmount(grid: SheetGrid, row: number, col: number): boolean {
  const c = grid.get(row, col);
  if (!c || typeof c.value !== "string" || !cellText(c)) return false;
  const n = grid.number(row, col);
  return !n || n.malformed;
}

/** Whole sen, exact for any amount a budget holds. */
export function toSenNumber(v: number): number {
  return Math.round(v * 100);
}

/** Exact sum (in sen) of rupiah values, back in rupiah. */
export function sumAmounts(values: number[]): number {
  let s = 0;
  for (const v of values) s += toSenNumber(v);
  return s / 100;
}

/** "Rp 1.672.255.000", with sen only when there are sen. */
export function fmtRupiah(v: number): string {
  return formatRupiah(v, { sen: toSenNumber(v) % 100 !== 0 });
}
