// A fix a rule can propose for its finding: the value the cell should hold and, where the figure is derived from
// others, the formula that would keep it right. Nothing is written unless the user asks (see src/port/fixes.ts).
import { a1 } from "../workbook/a1";

export interface FixFormula {
  /** With the add-in's functions: "=SAKIP.CAPAIAN(D5,E5)". English notation ("," separators), as Range.formulas takes. */
  sakip: string;
  /** Plain Excel, works without the add-in: "=IFERROR(E5/D5,\"\")", "=SUM(D10:D14)". */
  plain: string;
}

export interface Fix {
  /** The one cell to change (A1), on the finding's sheet. */
  cell: string;
  /** The value it should hold (a number as a number: a fraction for a percent). */
  value: number | string;
  /** Number format to give the cell when it has none that shows the value (e.g. "0.00%"); else its own is kept. */
  numberFormat?: string;
  formula?: FixFormula;
}

/** How a fix is applied: the value, or one of the two formulas. */
export type FixMode = "value" | "sakip" | "plain";

/** "=SUM(C10:C14)" over the rows of one column, as few ranges as the rows allow; null beyond Excel's 255 arguments. */
export function sumFormula(col: number, rows: number[]): string | null {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  if (!sorted.length) return null;
  const parts: string[] = [];
  let start = sorted[0];
  let prev = start;
  const close = () => parts.push(start === prev ? a1(start, col) : `${a1(start, col)}:${a1(prev, col)}`);
  for (const r of sorted.slice(1)) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    close();
    start = prev = r;
  }
  close();
  return parts.length <= 255 ? `=SUM(${parts.join(",")})` : null;
}

/**
 * The value to write for a percent figure, in the convention the cell already uses: a fraction in a cell that shows
 * "%" (given a percent format when it is text or has none), else percent points (106,92) in a cell that shows those.
 * `decimals` of the percent figure as shown.
 */
export function percentFix(cell: string, fraction: number, shown: { percent: boolean; decimals: number }): Fix {
  const d = Math.max(0, Math.min(4, shown.decimals));
  const round = (v: number, k: number) => Number(v.toFixed(k));
  if (shown.percent) return { cell, value: round(fraction, d + 2), numberFormat: d ? `0.${"0".repeat(d)}%` : "0%" };
  return { cell, value: round(fraction * 100, d) };
}

/** SAKIP.CAPAIAN and its plain Excel equivalent for target and realisasi cells ("D5", "E5"), with the polarity. */
export function capaianFormulas(target: string, realisasi: string, polarity: "positif" | "negatif" | "negatif_rasio"): FixFormula {
  const T = target;
  const R = realisasi;
  if (polarity === "negatif") return { sakip: `=SAKIP.CAPAIAN(${T},${R},"negatif")`, plain: `=IFERROR(MAX(0,(2*${T}-${R})/${T}),"")` };
  if (polarity === "negatif_rasio") return { sakip: `=SAKIP.CAPAIAN(${T},${R},"negatif_rasio")`, plain: `=IFERROR(${T}/${R},"")` };
  return { sakip: `=SAKIP.CAPAIAN(${T},${R})`, plain: `=IFERROR(${R}/${T},"")` };
}
