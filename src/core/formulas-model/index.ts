// The workbook's own formulas as data: parse, compare as Excel's fill would, render in the user's notation.
import type { Cell } from "../workbook/snapshot";
import { CELL_FORMULA } from "../workbook/cellCache";
import type { ParsedFormula } from "./ast";
import { parseFormula } from "./parse";
import { renderFormula, type Notation } from "./render";

export * from "./ast";
export { parseFormula, parseRef } from "./parse";
export { renderFormula, r1c1Key, refA1, type Notation } from "./render";
export { follows, copyTo, shapeKey } from "./pattern";
export { evaluate, type Lookup, type Scalar } from "./evaluate";

const PARSED = CELL_FORMULA;
type CachedCell = Cell & { [PARSED]?: ParsedFormula | null };

/** The cell's formula parsed (cached on the cell, invisible to JSON), or null when it has none or it is unreadable. */
export function formulaOf(cell: Cell | undefined): ParsedFormula | null {
  if (!cell || !cell.formula) return null;
  const c = cell as CachedCell;
  const hit = c[PARSED];
  if (hit !== undefined) return hit;
  const p = parseFormula(cell.formula);
  c[PARSED] = p;
  return p;
}

/** A formula written in English notation, shown in the given notation ("=SUM(A1,B1)" -> "=SUM(A1;B1)" for "id"). */
export function inNotation(formula: string, notation: Notation): string {
  if (notation === "en") return formula;
  const p = parseFormula(formula);
  return p ? renderFormula(p.ast, { notation }) : formula;
}
