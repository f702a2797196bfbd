// A plain, source-independent picture of a workbook: what the engine reads.
// Both the .xlsx reader (Node, exceljs) and the Office.js adapter (Excel) produce this.

/** What kind of value a cell holds, as the source reports it. */
export type CellType = "number" | "string" | "boolean" | "date" | "error" | "empty";

export interface Cell {
  /** 0-based row and column inside the sheet (A1 is row 0, col 0). */
  row: number;
  col: number;
  /** The value: a number, a string, a boolean; dates as an ISO string (type "date"); errors as "#DIV/0!" etc. */
  value: number | string | boolean | null;
  type: CellType;
  /** Excel number format code, e.g. "#,##0", "0.00%", "@" (text). */
  numberFormat?: string;
  /** The text Excel displays, where the source knows it. */
  text?: string;
  /** The formula without any locale (English function names, "," separators), e.g. "=SUM(C3:C9)". */
  formula?: string;
  /** The same formula in the user's notation ("=SUM(C3;C9)" in Indonesian Excel), only where it differs: for messages. */
  formulaLocal?: string;
}

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** "visible" | "hidden" | "veryHidden" */
  visibility: "visible" | "hidden" | "veryHidden";
  /** Number of rows and columns of the used range, counted from A1. */
  rowCount: number;
  colCount: number;
  /** Non-empty cells only, sorted by row then column. */
  cells: Cell[];
  merges: MergedArea[];
}

export interface WorkbookSnapshot {
  /** File name or workbook name, for reports. */
  name: string;
  sheets: SheetSnapshot[];
}
