// Cell helpers every rule needs: A1 addresses, fast (row, col) lookup, display text, numeric value.
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { cellText } from "../workbook/cellText";
import { cellValue, type CellNumber } from "../numbers/cell";

export { cellText } from "../workbook/cellText";
export type { CellNumber } from "../numbers/cell";

export { colLetters, a1, a1Range, parseA1, parseA1Range } from "../workbook/a1";

/** Indexed view of one sheet: O(1) cell lookup, rows, merges. Built once per sheet (cached). */
export class SheetGrid {
  readonly sheet: SheetSnapshot;
  readonly name: string;
  /** Number of rows/cols actually spanned by cells (max index + 1). */
  readonly rowCount: number;
  readonly colCount: number;
  /** dense[row][col] for columns below DENSE_COLS (arrays are much faster than a Map on the hot path). */
  private readonly dense: Array<Array<Cell | undefined> | undefined> = [];
  /** Cells beyond DENSE_COLS (rare). */
  private readonly far = new Map<number, Cell>();
  /** Cells of each row, in column order (rows without cells are absent). */
  private readonly rowCells: Array<Cell[] | undefined> = [];
  private readonly rowList: number[] = [];
  /** For each cell inside a merge (not the master): key -> master key. */
  private readonly mergeMaster = new Map<number, number>();
  private readonly mergeOf = new Map<number, { top: number; left: number; bottom: number; right: number }>();

  constructor(sheet: SheetSnapshot) {
    this.sheet = sheet;
    this.name = sheet.name;
    let maxRow = -1;
    let maxCol = -1;
    for (const c of sheet.cells) {
      if (c.value == null && !c.formula && (c.text == null || c.text === "")) continue;
      if (c.col < DENSE_COLS) {
        let d = this.dense[c.row];
        if (!d) this.dense[c.row] = d = [];
        d[c.col] = c;
      } else this.far.set(key(c.row, c.col), c);
      let arr = this.rowCells[c.row];
      if (!arr) { this.rowCells[c.row] = arr = []; this.rowList.push(c.row); }
      arr.push(c);
      if (c.row > maxRow) maxRow = c.row;
      if (c.col > maxCol) maxCol = c.col;
    }
    let sorted = true;
    for (let i = 1; i < this.rowList.length; i++) if (this.rowList[i - 1] > this.rowList[i]) { sorted = false; break; }
    if (!sorted) this.rowList.sort((a, b) => a - b);
    for (const r of this.rowList) {
      const arr = this.rowCells[r]!;
      // Snapshots are sorted, but a source may not be: keep rows in column order.
      for (let i = 1; i < arr.length; i++) if (arr[i - 1].col > arr[i].col) { arr.sort((a, b) => a.col - b.col); break; }
    }
    for (const m of sheet.merges ?? []) {
      const mk = key(m.top, m.left);
      this.mergeOf.set(mk, m);
      // Merges are small; a giant accidental merge is capped so this stays linear in cells.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 20000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.mergeMaster.set(key(r, c), mk);
      if (m.bottom > maxRow) maxRow = m.bottom;
      if (m.right > maxCol) maxCol = m.right;
    }
    this.rowCount = maxRow + 1;
    this.colCount = maxCol + 1;
  }

  /** The cell at (row, col), or undefined when empty. */
  get(row: number, col: number): Cell | undefined {
    if (col < DENSE_COLS) return this.dense[row]?.[col];
    return this.far.get(key(row, col));
  }

  /** The cell, or the master cell of the merged area covering (row, col). */
  getMerged(row: number, col: number): Cell | undefined {
    const c = this.get(row, col);
    if (c || this.mergeMaster.size === 0) return c;
    const mk = this.mergeMaster.get(key(row, col));
    return mk === undefined ? undefined : this.get(Math.floor(mk / COLS), mk % COLS);
  }

  /** True when (row, col) lies inside a merged area but is not its top-left cell. */
  isMergedContinuation(row: number, col: number): boolean {
    return this.mergeMaster.size > 0 && this.mergeMaster.has(key(row, col));
  }

  /** The merged area whose top-left is (row, col), if any. */
  mergeAt(row: number, col: number): { top: number; left: number; bottom: number; right: number } | undefined {
    return this.mergeOf.get(key(row, col));
  }

  /** Master (row, col) for a cell inside a merge, or the cell itself. */
  masterOf(row: number, col: number): { row: number; col: number } {
    if (this.mergeMaster.size === 0) return { row, col };
    const mk = this.mergeMaster.get(key(row, col));
    return mk === undefined ? { row, col } : { row: Math.floor(mk / COLS), col: mk % COLS };
  }

  text(row: number, col: number): string {
    return cellText(this.get(row, col));
  }

  /** Non-empty cells of a row, in column order (empty array when none). */
  row(row: number): Cell[] {
    return this.rowCells[row] ?? EMPTY;
  }

  /** Row indices that have at least one cell, ascending. */
  rows(): number[] {
    return this.rowList.slice();
  }

  /** Numeric reading of the cell at (row, col) (numbers/cell.ts cellValue, cached on the cell). */
  number(row: number, col: number): CellNumber | null {
    return cellValue(this.get(row, col));
  }

}

const EMPTY: Cell[] = [];
const DENSE_COLS = 1024;
const COLS = 1 << 14; // Excel's column limit (16384)
function key(row: number, col: number): number {
  return row * COLS + col;
}

const gridCache = new WeakMap<SheetSnapshot, SheetGrid>();
/** The indexed grid of a sheet, built once and cached for the snapshot object. */
export function gridOf(sheet: SheetSnapshot): SheetGrid {
  let g = gridCache.get(sheet);
  if (!g) gridCache.set(sheet, (g = new SheetGrid(sheet)));
  return g;
}

interface SheetIndex {
  sheets: SheetSnapshot[];
  count: number;
  exact: Map<string, SheetSnapshot>;
  lower: Map<string, SheetSnapshot>;
}
const sheetIndexes = new WeakMap<WorkbookSnapshot, SheetIndex>();

/** Sheet by name (exact, then case-insensitive; the first of equal names). Every rule asks for every table's sheet:
 *  the names are indexed once per workbook instead of scanned each time. */
export function sheetByName(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  let ix = sheetIndexes.get(wb);
  if (!ix || ix.sheets !== wb.sheets || ix.count !== wb.sheets.length) {
    ix = { sheets: wb.sheets, count: wb.sheets.length, exact: new Map(), lower: new Map() };
    for (const s of wb.sheets) {
      if (!ix.exact.has(s.name)) ix.exact.set(s.name, s);
      const l = s.name.toLowerCase();
      if (!ix.lower.has(l)) ix.lower.set(l, s);
    }
    sheetIndexes.set(wb, ix);
  }
  const hit = ix.exact.get(name) ?? ix.lower.get(name.toLowerCase());
  if (hit) {
    if (hit.name.toLowerCase() === name.toLowerCase()) return hit;
    // A sheet renamed in place since the index was built: index again next time.
    sheetIndexes.delete(wb);
  }
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
