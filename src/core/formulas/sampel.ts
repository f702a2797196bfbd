// SKM sample size, Krejcie & Morgan (1970), which PermenPANRB 14/2017 points to.
import { FormulaError } from "./errors";

/**
 * s = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)), X2 = 3,841, P = 0,5, d = 0,05, rounded to the nearest whole
 * (this reproduces every row of the published table: 100 -> 80, 1.000 -> 278, 10.000 -> 370);
 * the table's last row (384) holds from 100.000 up.
 */
export function krejcieMorgan(populasi: number): number {
  if (!Number.isFinite(populasi) || populasi < 1) throw new FormulaError("value", "populasi harus bilangan bulat 1 atau lebih.");
  if (!Number.isInteger(populasi)) throw new FormulaError("value", "populasi harus bilangan bulat.");
  if (populasi >= 100000) return 384;
  const x2 = 3.841;
  const pq = 0.25;
  const s = (x2 * populasi * pq) / (0.0025 * (populasi - 1) + x2 * pq);
  return Math.min(populasi, Math.round(s));
}
