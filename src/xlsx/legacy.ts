// Excel 97-2003 (.xls) and OpenDocument (.ods) -> the same WorkbookSnapshot as .xlsx, through SheetJS
// (@e965/xlsx, SheetJS 0.20.3 from npm). Loaded on first use only (a dynamic import): the .xlsx path never pays
// for it, in the CLI or in the pane's preview. Cells become snapshot cells through the .xlsx reader's own
// snapshotCell, so a workbook saved in any of the three formats gives the same findings.
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { damagedError, encryptedError, fillKey, GRID_COLS, GRID_ROWS, MergeSweep, SheetCells, snapshotCell, tooLargeError, WorkbookReadError, type Plain } from "./read";
import { MAX_CELLS, MAX_XML_BYTES } from "./limits";
import { isoDate, serialToIso } from "../core/workbook/dates";
import { inflateBudget, listZipEntries, readEntry, ZipTooLargeError, type NativeInflate } from "./zip";

export type LegacyKind = "xls" | "ods";

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A", 0x2b: "#GETTING_DATA" };

/**
 * Cells an .ods content.xml would expand to: a cell with a value repeated over N columns, in a row repeated over M
 * rows, is N x M cells for SheetJS. Counted on the tags, before SheetJS sees the file.
 */
export function countOdsCells(xml: string): number {
  let total = 0;
  let rowRepeat = 1;
  const tag = /<table:table-row\b([^>]*)>|<table:table-cell\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    if (m[1] !== undefined) {
      const r = /number-rows-repeated="(\d+)"/.exec(m[1]);
      rowRepeat = r ? Math.min(Number(r[1]), GRID_ROWS) : 1;
    } else if (/office:value-type=/.test(m[2]) || /table:formula=/.test(m[2])) {
      const c = /number-columns-repeated="(\d+)"/.exec(m[2]);
      total += (c ? Math.min(Number(c[1]), GRID_COLS) : 1) * rowRepeat;
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
  }
  return total;
}

/** Inflated text of an .ods part (bounded like every .xlsx part), or null when absent. */
function odsPart(bytes: Uint8Array, name: string, limit: number, native?: NativeInflate): string | null {
  const entries = listZipEntries(bytes);
  const e = entries?.find((x) => x.name === name);
  if (!e) return null;
  return new TextDecoder().decode(readEntry(bytes, e, inflateBudget(limit), native));
}

export interface LegacyOptions {
  name: string;
  displayText?: boolean;
  maxCells?: number;
  inflateRaw?: NativeInflate;
}

/** Reads .xls or .ods bytes. Throws WorkbookReadError (Indonesian) on anything unreadable. */
export async function readLegacy(bytes: Uint8Array, kind: LegacyKind, options: LegacyOptions): Promise<WorkbookSnapshot> {
  const name = options.name;
  const maxCells = options.maxCells ?? MAX_CELLS;
  if (kind === "ods") {
    let content: string | null;
    try {
      const manifest = odsPart(bytes, "META-INF/manifest.xml", 1024 * 1024, options.inflateRaw);
      if (manifest && /encryption-data/.test(manifest)) throw encryptedError(name);
      content = odsPart(bytes, "content.xml", MAX_XML_BYTES, options.inflateRaw);
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      if (e instanceof ZipTooLargeError) throw tooLargeError(name, { kind: "bytes", limit: MAX_XML_BYTES });
      throw damagedError(name, ".ods");
    }
    if (content === null) throw damagedError(name, ".ods");
    const n = countOdsCells(content);
    if (maxCells > 0 && n > maxCells) throw tooLargeError(name, { kind: "cells", count: n, limit: maxCells });
  }
  const XLSX = await import(/* webpackChunkName: "legacy-reader" */ "@e965/xlsx");
  let wb: any;
  try {
    wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellDates: false, cellStyles: kind === "xls", sheetRows: GRID_ROWS, dense: false });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(why)) throw encryptedError(name);
    throw damagedError(name, kind === "xls" ? ".xls" : ".ods");
  }
  const date1904 = !!wb?.Workbook?.WBProps?.date1904;
  const withText = options.displayText !== false;
  const sheets: SheetSnapshot[] = [];
  let total = 0;
  (wb.SheetNames as string[]).forEach((sheetName, i) => {
    const ws = wb.Sheets[sheetName] ?? {};
    const hidden = wb?.Workbook?.Sheets?.[i]?.Hidden;
    // With cell styles SheetJS also lists blank cells that only carry a format ("z"): they are not cells here.
    const keys = Object.keys(ws).filter((k) => k[0] !== "!" && ws[k]?.t !== "z");
    total += keys.length;
    if (maxCells > 0 && total > maxCells) throw tooLargeError(name, { kind: "cells", count: total, limit: maxCells });
    const placed: Array<{ r: number; c: number; cell: any }> = [];
    for (const k of keys) {
      const a = XLSX.utils.decode_cell(k);
      if (a.r >= 0 && a.r < GRID_ROWS && a.c >= 0 && a.c < GRID_COLS) placed.push({ r: a.r, c: a.c, cell: ws[k] });
    }
    placed.sort((x, y) => x.r - y.r || x.c - y.c);
    const merges: MergedArea[] = ((ws["!merges"] ?? []) as any[])
      .map((m) => ({ top: m.s.r, left: m.s.c, bottom: Math.min(m.e.r, GRID_ROWS - 1), right: Math.min(m.e.c, GRID_COLS - 1) }))
      .filter((m) => m.top >= 0 && m.left >= 0 && m.top <= m.bottom && m.left <= m.right && m.top < GRID_ROWS && m.left < GRID_COLS)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const sweep = new MergeSweep(merges);
    // SheetJS gives an .xls cell's fill (pattern and colour) but not its font or indent, and nothing for .ods.
    const sheet = new SheetCells();
    for (const { r, c, cell } of placed) {
      if (sweep.hidden(r, c)) continue;
      const fmt: string | undefined = typeof cell.z === "string" && cell.z !== "General" ? cell.z : undefined;
      const formula = typeof cell.f === "string" && cell.f ? (cell.f.startsWith("=") ? cell.f : "=" + cell.f) : undefined;
      let p: Plain;
      if (cell.t === "n") p = fmt && XLSX.SSF.is_date(fmt) && Number.isFinite(cell.v) ? { value: serialToIso(cell.v, date1904), type: "date" } : { value: cell.v, type: "number" };
      else if (cell.t === "s" || cell.t === "str") p = { value: String(cell.v ?? ""), type: "string" };
      else if (cell.t === "b") p = { value: !!cell.v, type: "boolean" };
      else if (cell.t === "e") p = { value: typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : ERRORS[cell.v] ?? "#VALUE!", type: "error" };
      else if (cell.t === "d") p = { value: isoDate(new Date(cell.v)), type: "date" };
      else p = { value: null, type: "empty" };
      const unknown = !!formula && (cell.v === undefined || cell.v === null);
      const out = snapshotCell(r, c, p, fmt, formula, unknown, withText);
      if (!out) continue;
      sheet.add(out, undefined, undefined, out.type === "string" && cell.s ? fillKey(cell.s.patternType, cell.s.fgColor) : undefined);
    }
    sheets.push(sheet.sheet(sheetName, hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible", merges));
  });
  if (sheets.length === 0) {
    throw new WorkbookReadError(`Berkas "${name}" tidak berisi lembar kerja yang dapat divalidasi.`, `File "${name}" contains no worksheet that can be validated.`);
  }
  return { name, sheets };
}

/** Is this OLE compound file an encrypted Office Open XML package (what Excel writes for a password to open)? */
export async function isEncryptedPackage(bytes: Uint8Array): Promise<boolean> {
  const XLSX = await import(/* webpackChunkName: "legacy-reader" */ "@e965/xlsx");
  try {
    const cfb = XLSX.CFB.read(bytes, { type: "array" } as any);
    return !!(XLSX.CFB.find(cfb, "EncryptionInfo") || XLSX.CFB.find(cfb, "EncryptedPackage"));
  } catch {
    return false;
  }
}
