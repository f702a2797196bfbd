// Size guard before a workbook is parsed: the reader builds an object per cell, so a workbook of millions of them
// takes more memory and time than a laptop's browser tab or a CI job grants. The guard inflates the parts the reader
// will read (with a budget on the bytes really produced, see zip.ts), counts their cell and row elements, and refuses
// before any parser runs. Pure: the pane's preview runs the same guard.
import { inflateBudget, listZipEntries, readEntry, ZipTooLargeError, type NativeInflate, type ZipEntry } from "./zip";

export { listZipEntries } from "./zip";

/** Same line as the pane's Office adapter (src/excel/office-adapter.ts MAX_CELLS). */
export const MAX_CELLS = 1_500_000;

/** Inflated XML of the parts read (sheets, shared strings, styles, workbook). A 1.500.000-cell sheet as Excel
 *  writes it (`<c r="H10" s="3"><v>197951250</v></c>`) is about 50 MB; the rest is text nobody checks. */
export const MAX_XML_BYTES = 100 * 1024 * 1024;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Elements named exactly `tag` (`<c `, `<c\n`, `<c>`, `<c/>`); `<col>`, `<cfRule>` are not `<c>`. */
function countElements(xml: Uint8Array, tag: string): number {
  const t = Array.from(tag, (ch) => ch.charCodeAt(0));
  const n0 = t[0];
  let n = 0;
  const len = xml.length - t.length - 1;
  // indexOf jumps to the next "<" natively: a byte-by-byte loop costs half a second on a 10 MB sheet.
  outer: for (let i = xml.indexOf(0x3c); i >= 0 && i < len; i = xml.indexOf(0x3c, i + 1)) {
    if (xml[i + 1] !== n0) continue;
    for (let k = 1; k < t.length; k++) if (xml[i + 1 + k] !== t[k]) continue outer;
    const next = xml[i + 1 + t.length];
    if (isSpace(next) || next === 0x3e || next === 0x2f) n++;
  }
  return n;
}

/** Number of cell elements in worksheet XML. */
export function countCellElements(xml: Uint8Array): number {
  return countElements(xml, "c");
}

/** Number of row elements in worksheet XML (a file of a million empty rows is refused too). */
export function countRowElements(xml: Uint8Array): number {
  return countElements(xml, "row");
}

/** Cell and row elements of worksheet XML in one pass over its tags (what the two counts above give). */
export function countCellsAndRows(xml: Uint8Array): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  const end = (b: number) => isSpace(b) || b === 0x3e || b === 0x2f;
  const len = xml.length - 2;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < len; i = xml.indexOf(0x3c, i + 1)) {
    const a = xml[i + 1];
    if (a === 0x63 /* c */) {
      if (end(xml[i + 2])) cells++;
    } else if (a === 0x72 /* r */ && xml[i + 2] === 0x6f && xml[i + 3] === 0x77 && i + 4 < xml.length && end(xml[i + 4])) rows++;
  }
  return { cells, rows };
}

export interface SizeEstimate {
  /** Cells counted. */
  cells: number;
  /** Always true now: the count comes from the inflated XML. Kept for callers of the first version. */
  exact: boolean;
  /** False when the archive holds no workbook part. */
  hasWorkbook: boolean;
}

/** Parts the reader reads (names after the leading "/" is dropped). */
export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
export const READ_PARTS = /^(?:_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

export type TooLarge = { kind: "cells"; count: number; limit: number } | { kind: "bytes"; limit: number };

export interface MeasuredPackage {
  entries: ZipEntry[];
  /** Inflated parts the reader reads, by normalised name (the first entry of a name wins). */
  parts: Map<string, Uint8Array>;
  cells: number;
  rows: number;
  hasWorkbook: boolean;
  tooLarge?: TooLarge;
}

/**
 * Inflates and measures the parts the reader reads. `null` when there is no zip directory.
 * Stops at the first limit crossed (`tooLarge`); throws ZipDamagedError / ZipEncryptedError from zip.ts.
 */
export function measurePackage(bytes: Uint8Array, maxCells = MAX_CELLS, maxBytes = MAX_XML_BYTES, native?: NativeInflate): MeasuredPackage | null {
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const hasWorkbook = entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name));
  const parts = new Map<string, Uint8Array>();
  const budget = inflateBudget(maxBytes > 0 ? maxBytes : Number.MAX_SAFE_INTEGER);
  let cells = 0;
  let rows = 0;
  for (const e of entries) {
    if (!READ_PARTS.test(e.name) || parts.has(e.name)) continue;
    let data: Uint8Array;
    try {
      data = readEntry(bytes, e, budget, native);
    } catch (err) {
      if (err instanceof ZipTooLargeError) return { entries, parts, cells, rows, hasWorkbook, tooLarge: { kind: "bytes", limit: maxBytes } };
      throw err;
    }
    parts.set(e.name, data);
    if (WORKSHEET_PART.test(e.name)) {
      const counted = countCellsAndRows(data);
      cells += counted.cells;
      rows += counted.rows;
      if (maxCells > 0 && (cells > maxCells || rows > maxCells)) {
        return { entries, parts, cells, rows, hasWorkbook, tooLarge: { kind: "cells", count: Math.max(cells, rows), limit: maxCells } };
      }
    }
  }
  return { entries, parts, cells, rows, hasWorkbook };
}

/** Cells of an .xlsx from its bytes (kept for callers of the first version; the count is always exact now). */
export function estimateCells(bytes: Uint8Array, _inflateRaw?: unknown, limit?: number): SizeEstimate | null {
  const m = measurePackage(bytes, limit ?? 0, 0);
  if (!m) return null;
  return { cells: m.cells, exact: true, hasWorkbook: m.hasWorkbook };
}

/** The stored (possibly compressed) bytes of an entry as its headers declare them; null when outside the file.
 *  For small parts read beside the workbook (document settings); the workbook's own parts go through measurePackage. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const u16 = (o: number) => bytes[o] | (bytes[o + 1] << 8);
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || ((bytes[h] | (bytes[h + 1] << 8) | (bytes[h + 2] << 16) | (bytes[h + 3] << 24)) >>> 0) !== 0x04034b50) return null;
  const start = h + 30 + u16(h + 26) + u16(h + 28);
  if (start + e.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + e.compressedSize);
}
