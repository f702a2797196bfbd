// A plain, source-independent picture of a workbook: what the engine reads.
// Both the .xlsx reader (the CLI and the preview) and the Office.js adapter (Excel) produce this.

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
  /** True when the cell holds a formula whose result the file does not store (written by a tool that does not
   *  calculate, or linked to another workbook): the figure is unknown, not empty or zero. */
  valueUnknown?: boolean;
  /** The formula in the workbook's own notation where the source knows it (Office.js `formulasLocal`; Indonesian
   *  Excel writes "=SUM(C3:C9;D1)"). Findings show formulas in this notation when it differs from `formula`. */
  formulaLocal?: string;
  /** How a text cell is drawn, where the source knows it (the level of a row in a Renja/Renstra list often shows only
   *  this way). Read for text cells of the first STYLE_COLUMNS columns of the sheet's used range (the label columns),
   *  and left out when plain: indent level (Excel's "Increase Indent") when above 0, bold when bold, and the fill as
   *  "#RRGGBB" (or "theme:N" / "indexed:N" where the file names no colour) when the cell has one other than white. */
  indent?: number;
  bold?: boolean;
  fill?: string;
}

/** Columns, from the left of a sheet's used range, whose text cells carry indent / bold / fill in the snapshot. */
export const STYLE_COLUMNS = 8;

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
