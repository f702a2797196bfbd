// .xlsx -> WorkbookSnapshot with exceljs. Runs in Node and in the browser (the task pane's preview
// dynamic-imports this module): no fs here; src/cli/files.ts reads files and passes the bytes.
import * as ExcelJSNs from "exceljs";
import type { Cell, CellType, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { displayText } from "../core/workbook/displayText";
import { estimateCells, MAX_CELLS } from "./limits";
import { parseA1Range } from "../core/workbook/a1";

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
function isoDate(d: Date): string {
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

interface Plain {
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
  /** Refuse workbooks with more cells than this before exceljs opens them (default MAX_CELLS; 0 = no limit). */
  maxCells?: number;
  /** Raw-deflate inflater (Node: zlib.inflateRawSync) to count cells exactly; without it the count is estimated. */
  inflateRaw?: (data: Uint8Array) => Uint8Array;
}

function readSheet(ws: any, withText: boolean): SheetSnapshot {
  const cells: Cell[] = [];
  let maxRow = 0;
  let maxCol = 0;
  // Walk the row store directly: eachRow/eachCell add closures per cell for nothing.
  const rows: any[] = ws._rows ?? [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const rowCells: any[] = row._cells ?? [];
    for (let c = 0; c < rowCells.length; c++) {
      const cell = rowCells[c];
      if (!cell) continue;
      const t: number = cell.type;
      if (t === T_NULL || t === T_MERGE) continue;
      const raw = cell.value;
      let p: Plain;
      let formula: string | undefined;
      if (t === T_FORMULA) {
        formula = toFormula(cell.formula);
        p = plain(raw?.result);
      } else if (t === T_NUMBER) p = { value: raw, type: "number" };
      else if (t === T_STRING || t === T_SHARED_STRING) p = { value: String(raw), type: "string" };
      else if (t === T_RICH_TEXT) p = { value: flattenRichText(raw), type: "string" };
      else if (t === T_HYPERLINK) p = plain(raw);
      else if (t === T_BOOLEAN) p = { value: Boolean(raw), type: "boolean" };
      else if (t === T_DATE) p = plain(raw);
      else if (t === T_ERROR) p = { value: String(raw?.error ?? raw), type: "error" };
      else p = plain(raw);
      if (p.type === "empty" && !formula) continue;
      const out: Cell = { row: r, col: c, value: p.value, type: p.type };
      const numFmt: string | undefined = cell.style?.numFmt;
      if (numFmt) out.numberFormat = numFmt;
      if (formula) out.formula = formula;
      if (withText) {
        if (p.type === "string") out.text = p.value as string;
        else if (p.type === "error") out.text = p.value as string;
        else if (p.type !== "empty") {
          const text = displayText(p.value, numFmt, { isDate: p.type === "date" });
          if (text !== undefined) out.text = text;
        }
      }
      cells.push(out);
      if (r + 1 > maxRow) maxRow = r + 1;
      if (c + 1 > maxCol) maxCol = c + 1;
    }
  }
  const merges: MergedArea[] = [];
  const mergeStore: Record<string, any> = ws._merges ?? {};
  for (const key of Object.keys(mergeStore)) {
    const m = mergeStore[key];
    const area = parseRange(m?.range ?? m?.shortRange ?? key);
    if (!area) continue;
    merges.push(area);
    if (area.bottom + 1 > maxRow) maxRow = area.bottom + 1;
    if (area.right + 1 > maxCol) maxCol = area.right + 1;
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
  return { name: String(ws.name), visibility: state, rowCount: maxRow, colCount: maxCol, cells, merges };
}

// exceljs applies a file's merged areas one by one and checks each against every merge already on the sheet:
// O(merges^2), minutes for a measurement sheet with thousands of merged SASARAN cells. A saved file's merges never
// overlap, so while loading they are applied without that scan (the rest of exceljs' own body, unchanged).
// Only the loader's hook (_parseMergeCells, called by the worksheet model setter) is swapped, and only during loads:
// ws.mergeCells() keeps its check. The bench floor (bench/lib/floor.ts) loads through it too.
let linearLoads = 0;
let originalParseMerges: ((model: any) => void) | undefined;

export async function withLinearMerges<T>(Workbook: new () => any, load: () => Promise<T>): Promise<T> {
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
        const master = this.getCell(d.top, d.left);
        for (let i = d.top; i <= d.bottom; i++) {
          for (let j = d.left; j <= d.right; j++) {
            if (i > d.top || j > d.left) this.getCell(i, j).merge(master, true);
          }
        }
        this._merges[master.address] = d;
      }
    };
  }
  try {
    return await load();
  } finally {
    if (--linearLoads === 0 && originalParseMerges) proto._parseMergeCells = originalParseMerges;
  }
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
  const size = estimateCells(bytes, options.inflateRaw, maxCells > 0 ? maxCells : undefined);
  if (size && !size.hasWorkbook) {
    throw new WorkbookReadError(
      `Berkas "${name}" adalah arsip zip, tetapi bukan buku kerja .xlsx (tidak ada bagian workbook).`,
      `File "${name}" is a zip archive but not an .xlsx workbook (no workbook part).`,
    );
  }
  if (size && maxCells > 0 && size.cells > maxCells) {
    const n = size.cells.toLocaleString("id-ID");
    const lim = maxCells.toLocaleString("id-ID");
    throw new WorkbookReadError(
      `Berkas "${name}" terlalu besar untuk divalidasi (${size.exact ? "" : "sekitar "}${n} sel, batas ${lim}). Pisahkan lembar kerjanya ke beberapa berkas.`,
      `File "${name}" is too large to validate (${size.exact ? "" : "about "}${size.cells.toLocaleString("en-US")} cells, limit ${maxCells.toLocaleString("en-US")}). Split its sheets into several files.`,
    );
  }
  const Workbook = workbookCtor();
  const wb = new Workbook();
  try {
    await withLinearMerges(Workbook, () => wb.xlsx.load(bytes as any));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new WorkbookReadError(
      `Berkas "${name}" tidak dapat dibaca sebagai buku kerja .xlsx (rusak atau terpotong): ${why}`,
      `File "${name}" cannot be read as an .xlsx workbook (damaged or truncated): ${why}`,
    );
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
