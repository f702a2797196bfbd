// .xlsx -> WorkbookSnapshot (the SpreadsheetML parts are read by ./sheetml). Runs in Node and in the browser (the task pane's preview
// dynamic-imports this module): no fs here; src/cli/files.ts reads files and passes the bytes.
import { STYLE_COLUMNS, type Cell, type CellType, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../core/workbook/snapshot";
import { displayText } from "../core/workbook/displayText";
import { MAX_CELLS, MAX_XML_BYTES, measurePackage, WORKSHEET_PART, type MeasuredPackage, type TooLarge } from "./limits";
import { ZipEncryptedError, type NativeInflate } from "./zip";
import { SharedFormulas } from "./sharedFormulas";
import { parseSharedStrings, parseStyles, parseWorkbook, parseWorkbookRels, parseWorksheet, type CellStyle, type RawCell } from "./sheetml";
import { a1 } from "../core/workbook/a1";
import { newCell } from "../core/workbook/cellCache";
import { isoDate, serialToIso } from "../core/workbook/dates";

export { MAX_CELLS } from "./limits";

/** An input that is not a readable .xlsx workbook. The message is Indonesian and fit for a user. */
export class WorkbookReadError extends Error {
  readonly messageEn: string;
  constructor(message: string, messageEn: string) {
    super(message);
    this.name = "WorkbookReadError";
    this.messageEn = messageEn;
  }
}

export interface Plain {
  value: number | string | boolean | null;
  type: CellType;
}

function toFormula(f: string | undefined): string | undefined {
  if (!f) return undefined;
  return f.startsWith("=") ? f : "=" + f;
}

export interface ReadOptions {
  /** Name for reports (the file name); defaults to "workbook.xlsx". */
  name?: string;
  /** Compute Indonesian displayed text from number formats (default true). */
  displayText?: boolean;
  /** Refuse workbooks with more cells (or rows) than this before any part is parsed (default MAX_CELLS; 0 = no limit). */
  maxCells?: number;
  /** Most inflated XML read (default MAX_XML_BYTES; 0 = no limit). */
  maxXmlBytes?: number;
  /** A native raw inflater (Node's zlib, see src/cli/inflate.ts) for speed; without it the reader's own JavaScript
   *  inflater runs (the browser). Both stop at the same budget, so the answers are the same. */
  inflateRaw?: NativeInflate;
}

/** Excel's grid: cells outside it are not addresses (a row r="4294967295" is not a row of any sheet). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLS = 16_384;

/** Merged areas as rectangles, and a sweep over row-ordered cells that says whether a cell is hidden by a merge
 *  (not its top-left): O(cells + merges), whatever the size of each area. */
export class MergeSweep {
  private next = 0;
  private active: MergedArea[] = [];
  private sorted = true;
  constructor(private readonly merges: MergedArea[]) {}

  hidden(r: number, c: number): boolean {
    if (this.merges.length === 0) return false;
    let changed = false;
    while (this.next < this.merges.length && this.merges[this.next].top <= r) {
      this.active.push(this.merges[this.next++]);
      changed = true;
    }
    const before = this.active.length;
    this.active = before ? this.active.filter((m) => m.bottom >= r) : this.active;
    if (changed || this.active.length !== before) this.sorted = false;
    if (!this.sorted) {
      this.active.sort((a, b) => a.left - b.left);
      this.sorted = true;
    }
    // Saved merges do not overlap: in one row the active areas are disjoint column intervals.
    let lo = 0;
    let hi = this.active.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.active[mid];
      if (c < m.left) hi = mid - 1;
      else if (c > m.right) lo = mid + 1;
      else return !(r === m.top && c === m.left);
    }
    return false;
  }
}

/** A number a file can hold but no cell can show: NaN, Infinity, 1e999. Excel itself would show #NUM!. */
function finiteOrError(p: Plain): Plain {
  if (p.type === "number" && !Number.isFinite(p.value as number)) return { value: "#NUM!", type: "error" };
  // An invalid date (isoDate ""): the file's value is not a date Excel knows.
  if (p.type === "date" && p.value === "") return { value: "#VALUE!", type: "error" };
  return p;
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** One snapshot cell from a plain value, the same way for every file format (.xlsx, .xls, .ods). */
export function snapshotCell(
  r: number,
  c: number,
  value: Plain,
  numFmt: string | undefined,
  formula: string | undefined,
  unknown: boolean,
  withText: boolean,
): Cell | null {
  let p = finiteOrError(value);
  if (p.type === "empty" && !formula) return null;
  // Excel holds at most 32.767 characters in a cell; a file carrying more was not written by Excel (which would cut
  // it on opening), and every rule reading text would pay for megabytes nobody can see.
  if (p.type === "string" && (p.value as string).length > MAX_CELL_TEXT) p = { value: (p.value as string).slice(0, MAX_CELL_TEXT), type: "string" };
  let text: string | undefined;
  if (withText) {
    if (p.type === "string" || p.type === "error") text = p.value as string;
    else if (p.type !== "empty") text = displayText(p.value, numFmt, { isDate: p.type === "date" });
  }
  return newCell(r, c, p.value, p.type, numFmt || undefined, text, formula || undefined, undefined, unknown);
}

/** A fill colour as the snapshot keeps it: "#RRGGBB" from an ARGB or RGB hex, else the theme / palette slot; none for
 *  white, for the automatic colour and for no pattern. */
export function fillKey(pattern: unknown, color: { argb?: unknown; rgb?: unknown; theme?: unknown; tint?: unknown; indexed?: unknown } | undefined): string | undefined {
  if (!color || !pattern || pattern === "none") return undefined;
  const hex = typeof color.argb === "string" ? color.argb : typeof color.rgb === "string" ? color.rgb : undefined;
  if (hex && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(hex)) {
    const rgb = "#" + hex.slice(-6).toUpperCase();
    return rgb === "#FFFFFF" ? undefined : rgb;
  }
  if (typeof color.theme === "number") return `theme:${color.theme}${typeof color.tint === "number" && color.tint ? `:${Math.round(color.tint * 100) / 100}` : ""}`;
  // Palette 9 is white, 64 the automatic (system) colour.
  if (typeof color.indexed === "number" && color.indexed !== 9 && color.indexed !== 64) return `indexed:${color.indexed}`;
  return undefined;
}

/** The cells of one sheet as a reader finds them, their used range, and the indent, bold and fill of its text cells. */
export class SheetCells {
  readonly cells: Cell[] = [];
  private maxRow = 0;
  private maxCol = 0;
  private minCol = Infinity;
  private marks: Array<[Cell, number, boolean, string | undefined]> = [];

  /** One snapshot cell, with the indent, bold and fill its reader knows (undefined where it knows none). */
  add(cell: Cell, indent?: unknown, bold?: unknown, fill?: string): void {
    this.cells.push(cell);
    if (cell.type === "string") {
      const ind = typeof indent === "number" && indent > 0 ? indent : 0;
      if (ind || bold === true || fill) this.marks.push([cell, ind, bold === true, fill]);
    }
    if (cell.row + 1 > this.maxRow) this.maxRow = cell.row + 1;
    if (cell.col + 1 > this.maxCol) this.maxCol = cell.col + 1;
    if (cell.col < this.minCol) this.minCol = cell.col;
  }

  /** The sheet: styles put on the text cells of the first STYLE_COLUMNS columns of the used range, and a size that
   *  takes in the merged areas. */
  sheet(name: string, visibility: SheetSnapshot["visibility"], merges: MergedArea[]): SheetSnapshot {
    for (const [cell, indent, bold, fill] of this.marks) {
      if (cell.col >= this.minCol + STYLE_COLUMNS) continue;
      if (indent) cell.indent = indent;
      if (bold) cell.bold = true;
      if (fill) cell.fill = fill;
    }
    let rowCount = this.maxRow;
    let colCount = this.maxCol;
    for (const m of merges) {
      if (m.bottom + 1 > rowCount) rowCount = m.bottom + 1;
      if (m.right + 1 > colCount) colCount = m.right + 1;
    }
    return { name, visibility, rowCount, colCount, cells: this.cells, merges };
  }
}

/** The shared pieces of a workbook every sheet reads through. */
interface BookContext {
  strings: string[];
  styles: CellStyle[];
  date1904: boolean;
  withText: boolean;
}

/** A cell's plain value from its type attribute and value text (formula results included). */
function valueOf(raw: RawCell, style: CellStyle | undefined, book: BookContext): Plain {
  const v = raw.value as string;
  switch (raw.t) {
    case "s": {
      const s = book.strings[parseInt(v, 10)];
      return s === undefined ? { value: null, type: "empty" } : { value: s, type: "string" };
    }
    case "str":
    case "inlineStr":
      return { value: v, type: "string" };
    case "b":
      return { value: parseInt(v, 10) !== 0, type: "boolean" };
    case "e":
      return { value: v, type: "error" };
    case "d":
      // An ISO 8601 date cell (one that is not a date becomes #VALUE! in snapshotCell).
      return { value: isoDate(new Date(v.trim())), type: "date" };
    default: {
      const n = parseFloat(v);
      if (style?.isDate && Number.isFinite(n)) return { value: serialToIso(n, book.date1904), type: "date" };
      return { value: n, type: "number" };
    }
  }
}

/** Cells in row-then-column order, one per address (the later of two wins, as when Excel opens the file). */
function inGridOrder(raws: RawCell[]): RawCell[] {
  // Array sort is stable: cells at one address stay in file order.
  raws.sort((a, b) => a.row - b.row || a.col - b.col);
  let w = 0;
  for (let i = 0; i < raws.length; i++) {
    if (i + 1 < raws.length && raws[i + 1].row === raws[i].row && raws[i + 1].col === raws[i].col) continue;
    raws[w++] = raws[i];
  }
  raws.length = w;
  return raws;
}

function readSheet(xml: Uint8Array, name: string, state: SheetSnapshot["visibility"], book: BookContext): SheetSnapshot {
  let raws: RawCell[] = [];
  let ordered = true;
  let lastRow = -1;
  let lastCol = -1;
  const merges = parseWorksheet(xml, (cell) => {
    if (cell.row < 0 || cell.row >= GRID_ROWS || cell.col < 0 || cell.col >= GRID_COLS) return;
    if (cell.row < lastRow || (cell.row === lastRow && cell.col <= lastCol)) ordered = false;
    lastRow = cell.row;
    lastCol = cell.col;
    raws.push(cell);
  });
  if (!ordered) raws = inGridOrder(raws);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const sweep = new MergeSweep(merges);
  const sheet = new SheetCells();
  const shared = new SharedFormulas();
  const masters = new Map<string, { address: string; formula: string }>();
  for (const raw of raws) {
    if (raw.formula === undefined && raw.value === undefined) continue;
    if (sweep.hidden(raw.row, raw.col)) continue;
    const style = raw.style ? book.styles[raw.style] : undefined;
    let formula: string | undefined;
    let unknown = false;
    let p: Plain;
    if (raw.formula !== undefined) {
      if (raw.shared?.master) {
        masters.set(raw.shared.si, { address: a1(raw.row, raw.col), formula: raw.formula });
        formula = raw.formula;
      } else if (raw.shared) {
        // A follower of a shared formula carries no text: its own formula is the master's, moved to it.
        const m = masters.get(raw.shared.si);
        formula = m ? shared.resolve(m.address, m.formula, a1(raw.row, raw.col)) : undefined;
      } else formula = raw.formula;
      formula = toFormula(formula);
      // No cached result (tools that do not compute, links to other workbooks): the figure is unknown, not empty.
      unknown = raw.value === undefined || raw.value === "";
      p = unknown ? { value: null, type: "empty" } : valueOf(raw, style, book);
    } else p = valueOf(raw, style, book);
    const out = snapshotCell(raw.row, raw.col, p, style?.numFmt, formula, unknown, book.withText);
    if (!out) continue;
    if (out.type === "string" && style) sheet.add(out, style.indent, style.bold, style.fillPattern ? fillKey(style.fillPattern, style.fillColor) : undefined);
    else sheet.add(out);
  }
  return sheet.sheet(name, state, merges);
}

/** The worksheets of a package's parts, in tab order (chart sheets and missing parts are not sheets). */
function readParts(parts: Map<string, Uint8Array>, withText: boolean): SheetSnapshot[] {
  const part = (n: string) => parts.get(n);
  const book = parseWorkbook(part("xl/workbook.xml")!);
  const relsXml = part("xl/_rels/workbook.xml.rels");
  const rels = relsXml ? parseWorkbookRels(relsXml) : new Map<string, string>();
  const stringsXml = part("xl/sharedStrings.xml");
  const stylesXml = part("xl/styles.xml");
  const ctx: BookContext = {
    strings: stringsXml ? parseSharedStrings(stringsXml) : [],
    styles: stylesXml ? parseStyles(stylesXml) : [],
    date1904: book.date1904,
    withText,
  };
  const sheets: SheetSnapshot[] = [];
  for (const s of book.sheets) {
    const target = rels.get(s.rId);
    const xml = target && WORKSHEET_PART.test(target) ? part(target) : undefined;
    if (xml) sheets.push(readSheet(xml, s.name, s.state, ctx));
  }
  return sheets;
}

function readError(name: string, id: string, en: string): WorkbookReadError {
  return new WorkbookReadError(id.replace("{name}", name), en.replace("{name}", name));
}

export const ENCRYPTED_ID = 'Berkas "{name}" tidak dapat dibaca: berkas ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, lalu validasi lagi.';
export const ENCRYPTED_EN = 'File "{name}" cannot be read: it is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, then validate again.';

export function encryptedError(name: string): WorkbookReadError {
  return readError(name, ENCRYPTED_ID, ENCRYPTED_EN);
}

export function damagedError(name: string, kind = ".xlsx"): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas "${name}" tidak dapat dibaca sebagai buku kerja ${kind} (rusak atau terpotong). Buka di Excel dan simpan ulang sebagai .xlsx.`,
    `File "${name}" cannot be read as an ${kind} workbook (damaged or truncated). Open it in Excel and save it again as .xlsx.`,
  );
}

export function tooLargeError(name: string, t: TooLarge): WorkbookReadError {
  if (t.kind === "cells") {
    return new WorkbookReadError(
      `Berkas "${name}" terlalu besar untuk divalidasi (${t.count.toLocaleString("id-ID")} sel, batas ${t.limit.toLocaleString("id-ID")}). Pisahkan lembar kerjanya ke beberapa berkas.`,
      `File "${name}" is too large to validate (${t.count.toLocaleString("en-US")} cells, limit ${t.limit.toLocaleString("en-US")}). Split its sheets into several files.`,
    );
  }
  const mb = Math.round(t.limit / (1024 * 1024));
  return new WorkbookReadError(
    `Berkas "${name}" terlalu besar untuk divalidasi (isinya melebihi ${mb} MB setelah diekstrak). Pisahkan lembar kerjanya ke beberapa berkas.`,
    `File "${name}" is too large to validate (its content exceeds ${mb} MB once extracted). Split its sheets into several files.`,
  );
}

/** Reads an .xlsx file's bytes into a WorkbookSnapshot. Throws WorkbookReadError on unreadable input. */
export async function readXlsx(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const name = options.name ?? "workbook.xlsx";
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) {
    throw new WorkbookReadError(`Berkas "${name}" kosong (0 bita), bukan buku kerja .xlsx.`, `File "${name}" is empty (0 bytes), not an .xlsx workbook.`);
  }
  // An .xlsx is a zip: "PK\x03\x04". Anything else (xls, csv, html) is refused with a clear message.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new WorkbookReadError(
      `Berkas "${name}" bukan buku kerja .xlsx (bukan arsip zip). Simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)".`,
      `File "${name}" is not an .xlsx workbook (not a zip archive). Save it again from Excel as "Excel Workbook (*.xlsx)".`,
    );
  }
  const maxCells = options.maxCells ?? MAX_CELLS;
  let m: MeasuredPackage | null;
  try {
    m = measurePackage(bytes, maxCells, options.maxXmlBytes ?? MAX_XML_BYTES, options.inflateRaw);
  } catch (e) {
    if (e instanceof ZipEncryptedError) throw encryptedError(name);
    throw damagedError(name);
  }
  if (!m) throw damagedError(name);
  if (!m.hasWorkbook) {
    throw new WorkbookReadError(
      `Berkas "${name}" adalah arsip zip, tetapi bukan buku kerja .xlsx (tidak ada bagian workbook).`,
      `File "${name}" is a zip archive but not an .xlsx workbook (no workbook part).`,
    );
  }
  if (m.tooLarge) throw tooLargeError(name, m.tooLarge);
  if (!m.parts.has("xl/workbook.xml")) throw damagedError(name);
  let sheets: SheetSnapshot[];
  try {
    sheets = readParts(m.parts, options.displayText !== false);
  } catch {
    throw damagedError(name);
  } finally {
    m.parts.clear();
  }
  if (sheets.length === 0) {
    throw new WorkbookReadError(
      `Berkas "${name}" tidak berisi lembar kerja; bukan buku kerja .xlsx yang dapat divalidasi.`,
      `File "${name}" contains no worksheet; not an .xlsx workbook that can be validated.`,
    );
  }
  return { name, sheets };
}

export { a1 } from "../core/workbook/a1";
