// File system side of the CLI: expands folders, reads bytes. The reader itself (src/xlsx) has no fs.
import * as fs from "fs";
import * as path from "path";

export class InputError extends Error {}

function listXlsx(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listXlsx(p));
    // "~$name.xlsx" is Excel's lock file for an open workbook, not a workbook.
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(p);
  }
  return out;
}

/** One input (file or folder) -> .xlsx files. Throws InputError (Indonesian) when it does not exist. */
export function expandInput(input: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(input);
  } catch {
    throw new InputError(`Berkas atau folder "${input}" tidak ditemukan.`);
  }
  if (st.isDirectory()) {
    const files = listXlsx(input);
    if (files.length === 0) throw new InputError(`Folder "${input}" tidak berisi berkas .xlsx.`);
    return files;
  }
  return [input];
}

export function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e: any) {
    const code = e?.code;
    if (code === "ENOENT") throw new InputError(`Berkas "${file}" tidak ditemukan.`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`Berkas "${file}" tidak dapat dibuka (izin ditolak).`);
    throw new InputError(`Berkas "${file}" tidak dapat dibaca.`);
  }
}
