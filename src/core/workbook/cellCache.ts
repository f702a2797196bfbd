// What rules derive from a cell once and keep on it: its shown text, its number, its parsed formula. Symbol keys are
// invisible to JSON and to structured clone.
import type { Cell, CellType } from "./snapshot";

export const CELL_TEXT = Symbol("sakip.text");
export const CELL_VALUE = Symbol("sakip.value");
export const CELL_FORMULA = Symbol("sakip.formula");

/**
 * A snapshot cell as the readers make it: every field present in one order (absent ones undefined) and the rules'
 * cache slots already there, so all cells of a workbook share one shape and the rules' property reads stay
 * monomorphic, whichever rule fills a slot first (about 15% of a validation on a large workbook).
 */
export function newCell(
  row: number,
  col: number,
  value: Cell["value"],
  type: CellType,
  numberFormat: string | undefined,
  text: string | undefined,
  formula: string | undefined,
  formulaLocal: string | undefined,
  valueUnknown: boolean,
): Cell {
  return {
    row, col, value, type, numberFormat, text, formula, formulaLocal, valueUnknown: valueUnknown || undefined,
    indent: undefined, bold: undefined, fill: undefined,
    [CELL_TEXT]: undefined, [CELL_VALUE]: undefined, [CELL_FORMULA]: undefined,
  } as Cell;
}
