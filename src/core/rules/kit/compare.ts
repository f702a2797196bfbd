// Comparing a stated figure with its recomputation at the precision it is shown: "106,92%" holds for anything in
// [106,915%; 106,925%), and a truncated figure (99,73% for 99,735%) holds too.
import type { Shown } from "../../numbers/cell";
import { formatNumberId, formatPercent, roundHalfUp } from "../../numbers/money";

/** A shown figure as a fraction: percent cells already are; a plain number above 3 beside percents is percent
 *  points (95 -> 0,95), a smaller one a fraction already (0,95 or 1,0692). */
export function asFraction(s: Shown): number {
  return s.percent ? s.value : s.value > 3 ? s.value / 100 : s.value;
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
    const difference = shown.percent ? expected - shown.value : expected * 100 - shown.value;
    return lazyText(holds, round12(difference), () => (shown.percent ? formatPercent(expected, shown.decimals) : formatNumberId(expected * 100, shown.decimals)));
  }
  const holds = holdsAt(shown.value, shown.decimals, expected, tolerancePoints / 100);
  return lazyText(holds, round12(expected - shown.value), () => formatNumberId(expected, shown.decimals));
}

/** Most checks hold and nobody reads their text: it is formatted when first read. */
function lazyText(holds: boolean, difference: number, format: () => string): PercentCheck {
  let text: string | undefined;
  return {
    holds,
    get expectedText() {
      return (text ??= format());
    },
    difference,
  };
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
