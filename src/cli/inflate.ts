// Node's zlib as the reader's raw inflater in the CLI: native speed, the same budget as the reader's own
// JavaScript inflater (src/xlsx/zip.ts), which the pane's preview uses.
import * as zlib from "zlib";
import { ZipTooLargeError, type NativeInflate } from "../xlsx/zip";

export const zlibInflate: NativeInflate = (data, maxOutput) => {
  try {
    // zlib stops at the end of the deflate stream (bytes after it are ignored) and refuses to grow past the cap.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(maxOutput, 2 ** 31 - 1)) });
  } catch (e: any) {
    if (e?.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw new ZipTooLargeError(maxOutput);
    throw e;
  }
};
