// Rupiah arithmetic for the totals / hierarchy / conflict / budget rules (reading an amount: numbers/cell.ts).
import { formatRupiah } from "../numbers/money";

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
