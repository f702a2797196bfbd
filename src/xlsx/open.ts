// One entry for every workbook file a user may hand us, by its bytes (not its name): .xlsx/.xlsm (./read),
// .xls and .ods (SheetJS, loaded on first use), and clear Indonesian answers for what cannot be read (.xlsb,
// password-protected files). The CLI and the pane's preview both call readWorkbook, so they answer alike.
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { encryptedError, readXlsx, WorkbookReadError, type ReadOptions } from "./read";
import { inflateBudget, listZipEntries, readEntry } from "./zip";

export { WorkbookReadError } from "./read";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type WorkbookFormat = "xlsx" | "xls" | "ods" | "xlsb" | "unknown";

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** What the bytes are. Zip archives are told apart by their parts: xl/workbook.bin (.xlsb), an OpenDocument
 *  mimetype or content.xml (.ods); any other zip is read as .xlsx (the reader says when it is not one). */
export function sniffFormat(bytes: Uint8Array): WorkbookFormat {
  if (startsWith(bytes, CFB_SIGNATURE)) return "xls";
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return "unknown";
  const entries = listZipEntries(bytes);
  if (!entries) return "xlsx";
  if (entries.some((e) => /^xl\/workbook\.bin$/i.test(e.name))) return "xlsb";
  const mime = entries.find((e) => e.name === "mimetype");
  if (mime) {
    try {
      if (/opendocument\.spreadsheet/.test(new TextDecoder().decode(readEntry(bytes, mime, inflateBudget(4096))))) return "ods";
    } catch {
      // unreadable mimetype: decided by the other parts
    }
  }
  if (entries.some((e) => e.name === "content.xml") && !entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name))) return "ods";
  return "xlsx";
}

/** Reads any supported workbook's bytes into a WorkbookSnapshot. Throws WorkbookReadError (Indonesian, with English). */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const name = options.name ?? "workbook.xlsx";
  const format = bytes.length ? sniffFormat(bytes) : "unknown";
  if (format === "xlsb") {
    throw new WorkbookReadError(
      `Berkas "${name}" adalah Buku Kerja Biner Excel (.xlsb), yang belum dapat dibaca. Buka di Excel lalu simpan sebagai .xlsx (File > Simpan Sebagai > "Buku Kerja Excel (*.xlsx)").`,
      `File "${name}" is an Excel Binary Workbook (.xlsb), which cannot be read yet. Open it in Excel and save it as .xlsx (File > Save As > "Excel Workbook (*.xlsx)").`,
    );
  }
  if (format === "xls" || format === "ods") {
    const legacy = await import(/* webpackChunkName: "legacy-reader" */ "./legacy");
    // Excel writes a workbook with a password to open as an OLE file holding the encrypted .xlsx.
    if (format === "xls" && (await legacy.isEncryptedPackage(bytes))) throw encryptedError(name);
    return legacy.readLegacy(bytes, format, { name, displayText: options.displayText, maxCells: options.maxCells, inflateRaw: options.inflateRaw });
  }
  return readXlsx(bytes, options);
}
