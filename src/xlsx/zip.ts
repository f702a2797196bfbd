// A small, distrustful zip reader for workbook packages (.xlsx, .ods). Pure (no Node modules): the CLI and the
// pane's preview read through the same code, so they give the same answers.
// Why not trust the archive: a file can lie about its sizes, carry bytes after its end record, name entries with a
// leading "/", or inflate a few KB into gigabytes. Here every entry is inflated with a budget counted on the bytes
// really produced, and the caller gets plain parts it can measure before any parser sees them.
import { Inflate } from "fflate";

export interface ZipEntry {
  /** Name as a reader resolves it: no leading "/" or "\", forward slashes. */
  name: string;
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The archive is damaged or uses something a workbook never does. */
export class ZipDamagedError extends Error {}
/** Inflating the parts asked for would produce more than the budget. */
export class ZipTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data above ${limit} bytes`);
  }
}
/** Entries are encrypted (zip encryption). */
export class ZipEncryptedError extends Error {}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

export function normalizeEntryName(raw: string): string {
  return raw.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** Is there a valid central directory ending at this end-of-central-directory record? */
function directoryAt(bytes: Uint8Array, eocd: number): { offset: number; count: number } | null {
  if (eocd + 22 > bytes.length) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (offset + size > eocd) return null;
  if (count > 0 && (offset + 4 > bytes.length || u32(bytes, offset) !== 0x02014b50)) return null;
  return { offset, count };
}

/**
 * The entries of a zip archive, from its central directory; null when no valid directory exists.
 * The end record is looked for from the end backwards through the whole file, so bytes appended after it
 * (a download tool, a mail gateway) do not hide the archive.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  let dir: { offset: number; count: number } | null = null;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      dir = directoryAt(bytes, i);
      if (dir) break;
    }
  }
  if (!dir) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let p = dir.offset;
  for (let k = 0; k < dir.count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    entries.push({
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
      name: normalizeEntryName(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen))),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Shared between the entries of one archive: how many inflated bytes may still be produced. */
export interface InflateBudget {
  left: number;
  readonly limit: number;
}

export function inflateBudget(limit: number): InflateBudget {
  return { left: limit, limit };
}

// Small enough that one push cannot inflate far past the budget (deflate expands at most about 1.032 times).
const CHUNK = 64 * 1024;

/**
 * The bytes of an entry. Deflated data is fed from its start towards the end of the file in small chunks (the
 * deflate stream ends itself; a declared size can lie) and inflation stops as soon as the budget is spent.
 */
/** A native raw-deflate inflater (Node's zlib in the CLI: several times faster than the JavaScript one). It gets the
 *  bytes from the entry's start to the end of the file, must stop at the end of the deflate stream, and must throw
 *  ZipTooLargeError once it would produce more than `maxOutput` bytes. */
export type NativeInflate = (data: Uint8Array, maxOutput: number) => Uint8Array;

export function readEntry(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, native?: NativeInflate): Uint8Array {
  if (e.flags & 1) throw new ZipEncryptedError(e.name);
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipDamagedError(`no local header for ${e.name}`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start > bytes.length) throw new ZipDamagedError(`entry ${e.name} starts past the end`);
  if (e.method === 0) {
    const end = Math.min(bytes.length, start + e.compressedSize);
    if (end - start > budget.left) throw new ZipTooLargeError(budget.limit);
    budget.left -= end - start;
    return bytes.slice(start, end);
  }
  if (e.method !== 8) throw new ZipDamagedError(`compression method ${e.method} in ${e.name}`);
  if (native) {
    let out: Uint8Array;
    try {
      out = native(bytes.subarray(start), budget.left);
    } catch (err) {
      if (err instanceof ZipTooLargeError) throw new ZipTooLargeError(budget.limit);
      throw new ZipDamagedError(`cannot inflate ${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (out.length > budget.left) throw new ZipTooLargeError(budget.limit);
    budget.left -= out.length;
    return out;
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate();
  inflater.ondata = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > budget.left) throw new ZipTooLargeError(budget.limit);
    parts.push(chunk);
  };
  // Declared compressed size first; a lying (too small) size is caught by the stream not ending there.
  const declaredEnd = e.compressedSize > 0 ? Math.min(bytes.length, start + e.compressedSize) : bytes.length;
  try {
    for (let i = start; i < bytes.length; i += CHUNK) {
      const end = Math.min(i + CHUNK, bytes.length);
      inflater.push(bytes.subarray(i, end), end === bytes.length);
      // Past the declared end with output: the stream ended in the declared range (later bytes are ignored).
      if (end >= declaredEnd && ended(inflater)) break;
    }
  } catch (err) {
    if (err instanceof ZipTooLargeError) throw err;
    throw new ZipDamagedError(`cannot inflate ${e.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  budget.left -= produced;
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(produced);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** fflate keeps whether the last deflate block has been read in its state (`s.f` final flag, `s.l` no more). */
function ended(inflater: Inflate): boolean {
  const s: any = (inflater as any).s;
  return !!s && s.f === 1 && !s.l;
}
