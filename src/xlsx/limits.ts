// Size guard before exceljs opens a workbook: exceljs builds an object per cell, so a workbook of millions of cells
// takes minutes and more memory than a laptop's browser tab or a CI job grants. The guard reads the zip's central
// directory (no decompression) and, where an inflater is given (Node's zlib in the CLI), counts the <c> elements of
// every worksheet. Pure: no Node modules, so the task pane's preview uses it too (size-based estimate there).

/** Same line as the pane's Office adapter (src/excel/office-adapter.ts MAX_CELLS). */
export const MAX_CELLS = 1_500_000;

/** Bytes of worksheet XML per cell in files Excel and exceljs write (`<c r="H10" s="3"><v>197951250</v></c>`);
 *  used to estimate when cells cannot be counted (the browser), erring towards letting a file through. */
const TYPICAL_BYTES_PER_CELL = 32;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** The entries of a zip archive, from its central directory; null when the directory cannot be found. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  const stop = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The stored (possibly compressed) data of an entry. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) return null;
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + e.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + e.compressedSize);
}

/** Number of <c ...> / <c> / <c/> elements (cells) in worksheet XML; <col>, <cfRule> ... are not cells. */
export function countCellElements(xml: Uint8Array): number {
  let n = 0;
  const len = xml.length - 2;
  for (let i = 0; i < len; i++) {
    if (xml[i] === 0x3c && xml[i + 1] === 0x63) {
      const next = xml[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    }
  }
  return n;
}

export interface SizeEstimate {
  /** Cells counted (exact) or estimated from the XML size. */
  cells: number;
  exact: boolean;
  /** False when the archive holds no workbook part. */
  hasWorkbook: boolean;
}

/** A cell element with a reference takes 11 bytes at the least (`<c r="A1"/>`). */
const MAX_CELLS_PER_BYTE = 1 / 11;

/**
 * Cells of an .xlsx from its bytes; `inflateRaw` (deflate without header) makes the count exact.
 * With `limit`, sheets too small to hold that many cells are not inflated (most files: no extra work).
 */
export function estimateCells(bytes: Uint8Array, inflateRaw?: (data: Uint8Array) => Uint8Array, limit?: number): SizeEstimate | null {
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const hasWorkbook = entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name));
  const sheetBytes = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)).reduce((n, e) => n + e.uncompressedSize, 0);
  if (limit !== undefined && sheetBytes * MAX_CELLS_PER_BYTE <= limit) {
    return { cells: Math.floor(sheetBytes / TYPICAL_BYTES_PER_CELL), exact: false, hasWorkbook };
  }
  let cells = 0;
  let exact = true;
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) continue;
    const data = e.method === 0 || inflateRaw ? entryData(bytes, e) : null;
    if (data && e.method === 0) cells += countCellElements(data);
    else if (data && e.method === 8 && inflateRaw) {
      try {
        cells += countCellElements(inflateRaw(data));
      } catch {
        exact = false;
        cells += Math.floor(e.uncompressedSize / TYPICAL_BYTES_PER_CELL);
      }
    } else {
      exact = false;
      cells += Math.floor(e.uncompressedSize / TYPICAL_BYTES_PER_CELL);
    }
  }
  return { cells, exact, hasWorkbook };
}
