// A fix a rule can propose for its finding: the value the cell should hold and, where the figure is derived from
// others, the formula that would keep it right. Nothing is written unless the user asks (see src/port/fixes.ts).

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
