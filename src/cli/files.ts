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

export interface InputFile {
  /** Absolute path, to read. */
  path: string;
  /** As the user named it (a folder's files: the folder as typed joined with the file's place inside). */
  shown: string;
  /** Found inside a folder the user named. */
  fromFolder: boolean;
}

/**
 * One input (file or folder) -> .xlsx files. `given` is what the user typed, `cwd` where relative paths start.
 * Throws InputError (Indonesian) when it does not exist or a folder holds no .xlsx.
 */
export function expandInput(given: string, cwd: string): InputFile[] {
  const abs = path.resolve(cwd, given);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new InputError(`Berkas atau folder "${given}" tidak ditemukan.`);
  }
  if (st.isDirectory()) {
    const files = listXlsx(abs);
    if (files.length === 0) throw new InputError(`Folder "${given}" tidak berisi berkas .xlsx.`);
    return files.map((f) => ({ path: f, shown: path.join(given, path.relative(abs, f)), fromFolder: true }));
  }
  // A device, a pipe or a socket (typed by mistake, or process substitution) would be read forever.
  if (!st.isFile()) throw new InputError(`"${given}" bukan berkas biasa (perangkat, pipa, atau soket); sebutkan berkas .xlsx.`);
  return [{ path: abs, shown: given, fromFolder: false }];
}

export function readBytes(file: string, shown = file): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e: any) {
    const code = e?.code;
    if (code === "ENOENT") throw new InputError(`Berkas "${shown}" tidak ditemukan.`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`Berkas "${shown}" tidak dapat dibuka (izin ditolak).`);
    if (code === "EISDIR") throw new InputError(`"${shown}" adalah folder, bukan berkas.`);
    throw new InputError(`Berkas "${shown}" tidak dapat dibaca.`);
  }
}

/** The same file, whatever the spelling (., .., symlinks). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      // not there yet: resolve its folder, keep its name
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  return real(a) === real(b);
}
