// .xlsx -> WorkbookSnapshot with exceljs. Runs in Node and in the browser (the task pane's preview
// dynamic-imports this module): no fs here; src/cli/files.ts reads files and passes the bytes.
import * as ExcelJSNs from "exceljs";
import { STYLE_COLUMNS, type Cell, type CellType, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../core/workbook/snapshot";
import { displayText } from "../core/workbook/displayText";
import { MAX_CELLS, MAX_XML_BYTES, measurePackage, type MeasuredPackage, type TooLarge } from "./limits";
import { storedZip, ZipEncryptedError, type NativeInflate } from "./zip";
import { parseA1Range } from "../core/workbook/a1";
import { formulaOfCell, SharedFormulas } from "./sharedFormulas";

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

// exceljs ValueType codes (lib/doc/enums.js).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

// The UMD browser build and the CommonJS build expose Workbook differently under interop.
function workbookCtor(): new () => any {
  const ns: any = ExcelJSNs as any;
  return ns.Workbook ?? ns.default?.Workbook;
}

/** Dates as ISO: "2022-12-31" at midnight, the full instant otherwise. */
export function isoDate(d: Date): string {
  if (isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}

function flattenRichText(v: any): string {
  const parts: any[] = v?.richText ?? [];
  let s = "";
  for (const p of parts) s += p?.text ?? "";
  return s;
}

export interface Plain {
  value: number | string | boolean | null;
  type: CellType;
}

/** A plain value from an exceljs value (or formula result). */
function plain(v: any): Plain {
  if (v === null || v === undefined) return { value: null, type: "empty" };
  switch (typeof v) {
    case "number":
      return { value: v, type: "number" };
    case "string":
      return { value: v, type: "string" };
    case "boolean":
      return { value: v, type: "boolean" };
  }
  if (v instanceof Date) return { value: isoDate(v), type: "date" };
  if (typeof v === "object") {
    if (v.error !== undefined) return { value: String(v.error), type: "error" };
    if (Array.isArray(v.richText)) return { value: flattenRichText(v), type: "string" };
    if (v.text !== undefined) {
      const t = typeof v.text === "object" ? flattenRichText(v.text) : String(v.text);
      return { value: t, type: "string" };
    }
    if (v.sharedString !== undefined) return { value: String(v.sharedString), type: "string" };
  }
  return { value: String(v), type: "string" };
}

function toFormula(f: string | undefined): string | undefined {
  if (!f) return undefined;
  return f.startsWith("=") ? f : "=" + f;
}

function parseRange(ref: string): MergedArea | undefined {
  return parseA1Range(ref.trim()) ?? undefined;
}

export interface ReadOptions {
  /** Name for reports (the file name); defaults to "workbook.xlsx". */
  name?: string;
  /** Compute Indonesian displayed text from number formats (default true). */
  displayText?: boolean;
  /** Refuse workbooks with more cells (or rows) than this before exceljs opens them (default MAX_CELLS; 0 = no limit). */
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

/** Indices of a row store (exceljs `_rows`, `_cells`): a plain loop when dense, the present keys when sparse, so a
 *  single far row never makes the reader walk billions of holes. */
function presentIndices(arr: any[], bound: number): number[] {
  const out: number[] = [];
  // Decide by the length alone (counting would walk the holes too): a store inside the grid is walked, at most
  // a million steps; one longer than the grid has a far entry, and only its present keys are visited.
  if (arr.length <= bound) {
    for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined) out.push(i);
    return out;
  }
  for (const k of Object.keys(arr)) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && i < bound) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

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
  // An invalid t="d" date (exceljs gives an Invalid Date, isoDate ""): the file's value is not a date Excel knows.
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
  const out: Cell = { row: r, col: c, value: p.value, type: p.type };
  if (numFmt) out.numberFormat = numFmt;
  if (formula) out.formula = formula;
  if (unknown) out.valueUnknown = true;
  if (withText) {
    if (p.type === "string" || p.type === "error") out.text = p.value as string;
    else if (p.type !== "empty") {
      const text = displayText(p.value, numFmt, { isDate: p.type === "date" });
      if (text !== undefined) out.text = text;
    }
  }
  return out;
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

function readSheet(ws: any, withText: boolean): SheetSnapshot {
  const sheet = new SheetCells();
  const shared = new SharedFormulas();
  const merges: MergedArea[] = [];
  const mergeStore: Record<string, any> = ws._merges ?? {};
  for (const key of Object.keys(mergeStore)) {
    const m = mergeStore[key];
    const area = parseRange(m?.range ?? m?.shortRange ?? key);
    if (!area) continue;
    merges.push(area);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const sweep = new MergeSweep(merges);
  // Walk the row store directly: eachRow/eachCell add closures per cell for nothing.
  const rows: any[] = ws._rows ?? [];
  for (const r of presentIndices(rows, GRID_ROWS)) {
    const row = rows[r];
    if (!row) continue;
    const rowCells: any[] = row._cells ?? [];
    for (const c of presentIndices(rowCells, GRID_COLS)) {
      const cell = rowCells[c];
      if (!cell) continue;
      const t: number = cell.type;
      if (t === T_NULL || t === T_MERGE) continue;
      if (sweep.hidden(r, c)) continue;
      const raw = cell.value;
      let p: Plain;
      let formula: string | undefined;
      let unknown = false;
      if (t === T_FORMULA) {
        formula = toFormula(formulaOfCell(ws, cell, shared));
        const result = raw?.result;
        // No cached result (tools that do not compute, links to other workbooks): the figure is unknown, not empty.
        unknown = result === undefined || result === null || result === "";
        p = plain(result);
      } else if (t === T_NUMBER) p = { value: raw, type: "number" };
      else if (t === T_STRING || t === T_SHARED_STRING) p = { value: String(raw), type: "string" };
      else if (t === T_RICH_TEXT) p = { value: flattenRichText(raw), type: "string" };
      else if (t === T_HYPERLINK) p = plain(raw);
      else if (t === T_BOOLEAN) p = { value: Boolean(raw), type: "boolean" };
      else if (t === T_DATE) p = plain(raw);
      else if (t === T_ERROR) p = { value: String(raw?.error ?? raw), type: "error" };
      else p = plain(raw);
      const style = cell.style;
      const out = snapshotCell(r, c, p, style?.numFmt, formula, unknown, withText);
      if (!out) continue;
      if (out.type === "string" && style) sheet.add(out, style.alignment?.indent, style.font?.bold, style.fill?.type === "pattern" ? fillKey(style.fill.pattern, style.fill.fgColor) : undefined);
      else sheet.add(out);
    }
  }
  const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
  return sheet.sheet(String(ws.name), state, merges);
}

// exceljs applies a file's merged areas cell by cell (every cell of F1:XFD1048576 becomes an object) and checks each
// against every merge already on the sheet: O(merges^2) and O(area). While loading, the areas are only recorded as
// rectangles; the reader above hides the covered cells with a sweep. Only the loader's hook (_parseMergeCells, called
// by the worksheet model setter) is swapped, and only during loads: ws.mergeCells() keeps exceljs' own behaviour.
let linearLoads = 0;
let originalParseMerges: ((model: any) => void) | undefined;

async function withRectangleMerges<T>(Workbook: new () => any, load: () => Promise<T>): Promise<T> {
  let proto: any;
  let RangeCtor: (new (ref: string) => any) | undefined;
  try {
    const probe = new Workbook().addWorksheet("probe");
    probe.mergeCells("A1:B1");
    proto = Object.getPrototypeOf(probe);
    RangeCtor = (Object.values(probe._merges ?? {})[0] as any)?.constructor;
  } catch {
    proto = undefined;
  }
  if (!proto || !RangeCtor || typeof proto._parseMergeCells !== "function") return load();
  if (linearLoads++ === 0) {
    originalParseMerges = proto._parseMergeCells;
    const Range = RangeCtor;
    proto._parseMergeCells = function (this: any, model: any) {
      for (const ref of model?.mergeCells ?? []) {
        const d = new Range(ref);
        this._merges[d.range ?? ref] = d;
      }
    };
  }
  try {
    return await load();
  } finally {
    if (--linearLoads === 0 && originalParseMerges) proto._parseMergeCells = originalParseMerges;
  }
}

/** The name the bench floor (bench/lib/floor.ts) loads through. */
export const withLinearMerges = withRectangleMerges;

/** Worksheet parts exceljs would expand cell by cell or that nothing here reads (the snapshot keeps none of them). */
const IGNORED_SHEET_NODES = ["dataValidations", "cols", "conditionalFormatting", "hyperlinks", "extLst", "drawing", "picture", "tableParts"];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** workbook.xml without its defined names: exceljs expands each name's range into one entry per cell
 *  (a Print_Area of $A$1:$IV$65536 is 16 million), and no rule reads names. */
export function withoutDefinedNames(xml: Uint8Array): Uint8Array {
  const s = decoder.decode(xml);
  if (!/<definedNames\b/.test(s)) return xml;
  return encoder.encode(s.replace(/<definedNames\b[^>]*\/>|<definedNames\b[\s\S]*?<\/definedNames>/g, ""));
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
  // exceljs reads a clean archive of exactly the parts measured: stored (no second inflation), no lying headers.
  const files: Array<[string, Uint8Array]> = [];
  for (const [part, content] of m.parts) files.push([part, part === "xl/workbook.xml" ? withoutDefinedNames(content) : content]);
  m.parts.clear();
  const clean = storedZip(files);
  const Workbook = workbookCtor();
  const wb = new Workbook();
  try {
    await withRectangleMerges(Workbook, () => wb.xlsx.load(clean as any, { ignoreNodes: IGNORED_SHEET_NODES }));
  } catch {
    throw damagedError(name);
  }
  const withText = options.displayText !== false;
  const sheets: SheetSnapshot[] = [];
  for (const ws of wb.worksheets as any[]) sheets.push(readSheet(ws, withText));
  if (sheets.length === 0) {
    throw new WorkbookReadError(
      `Berkas "${name}" tidak berisi lembar kerja; bukan buku kerja .xlsx yang dapat divalidasi.`,
      `File "${name}" contains no worksheet; not an .xlsx workbook that can be validated.`,
    );
  }
  return { name, sheets };
}

export { a1 } from "../core/workbook/a1";
