// File system side of the CLI: expands folders, reads bytes. The reader itself (src/xlsx) has no fs.
import * as fs from "fs";
import * as path from "path";

export class InputError extends Error {}

/** Workbook files a folder contributes: what the readers take (.xlsx, .xlsm, .xls, .ods) and .xlsb, which the
 *  reader refuses with a "save as .xlsx" hint rather than being skipped in silence. */
export const WORKBOOK_FILE = /\.(xlsx|xlsm|xls|ods|xlsb)$/i;

/** Files larger than this are refused before being read (no workbook a planner sends is near it). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A folder could not be listed, or an entry in it was skipped: said to the user, the run goes on. */
export interface FolderProblem {
  shown: string;
  message: string;
}

function errnoText(code: string | undefined): string {
  if (code === "EACCES" || code === "EPERM") return "izin ditolak";
  if (code === "ENOENT") return "tidak ditemukan";
  if (code === "ELOOP") return "tautan simbolik berputar";
  if (code === "ENOTDIR") return "bukan folder";
  return "tidak dapat dibaca";
}

function listWorkbooks(dir: string, shownDir: string, problems: FolderProblem[]): Array<{ abs: string; shown: string }> {
  const out: Array<{ abs: string; shown: string }> = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e: any) {
    problems.push({ shown: shownDir, message: `Folder "${shownDir}" tidak dapat dibuka (${errnoText(e?.code)}); berkas di dalamnya tidak diperiksa.` });
    return out;
  }
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const shown = path.join(shownDir, e.name);
    // "~$name.xlsx" is Excel's lock file for an open workbook, not a workbook.
    if (e.name.startsWith("~$")) continue;
    if (e.isDirectory()) {
      out.push(...listWorkbooks(abs, shown, problems));
      continue;
    }
    if (e.isSymbolicLink()) {
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch (err: any) {
        if (WORKBOOK_FILE.test(e.name)) problems.push({ shown, message: `Tautan "${shown}" tidak dapat diikuti (${errnoText(err?.code)}); dilewati.` });
        continue;
      }
      // A linked workbook is taken; a linked folder is not followed (it could lead back up the tree).
      if (st.isFile() && WORKBOOK_FILE.test(e.name)) out.push({ abs, shown });
      else if (st.isDirectory()) problems.push({ shown, message: `Tautan folder "${shown}" tidak diikuti; sebutkan folder itu sendiri bila perlu diperiksa.` });
      continue;
    }
    if (e.isFile() && WORKBOOK_FILE.test(e.name)) out.push({ abs, shown });
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
 * One input (file or folder) -> workbook files. `given` is what the user typed, `cwd` where relative paths start.
 * Throws InputError (Indonesian) when it does not exist or a folder holds no workbook. Folders or links inside a
 * folder that cannot be read go to `problems` and the rest is still taken.
 */
export function expandInput(given: string, cwd: string, problems: FolderProblem[] = []): InputFile[] {
  const abs = path.resolve(cwd, given);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e: any) {
    const code = e?.code;
    if (code === "EACCES" || code === "EPERM") throw new InputError(`Berkas atau folder "${given}" tidak dapat dibuka (izin ditolak).`);
    const dash = given.startsWith("-") ? ` Bila ini nama berkas yang diawali "-", tulis "--" sebelumnya: sakip-validate -- ${given}` : "";
    throw new InputError(`Berkas atau folder "${given}" tidak ditemukan.${dash}`);
  }
  if (st.isDirectory()) {
    const before = problems.length;
    const files = listWorkbooks(abs, given, problems);
    if (files.length === 0 && problems.length === before) throw new InputError(`Folder "${given}" tidak berisi buku kerja (.xlsx, .xlsm, .xls, .ods).`);
    return files.map((f) => ({ path: f.abs, shown: f.shown, fromFolder: true }));
  }
  // A device, a pipe or a socket (typed by mistake, or process substitution) would be read forever.
  if (!st.isFile()) throw new InputError(`"${given}" bukan berkas biasa (perangkat, pipa, atau soket); sebutkan berkas .xlsx.`);
  return [{ path: abs, shown: given, fromFolder: false }];
}

export function readBytes(file: string, shown = file): Buffer {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new InputError(`"${shown}" bukan berkas biasa (perangkat, pipa, atau soket).`);
    if (st.size > MAX_FILE_BYTES) {
      throw new InputError(`Berkas "${shown}" terlalu besar untuk divalidasi (${Math.round(st.size / (1024 * 1024)).toLocaleString("id-ID")} MB, batas ${MAX_FILE_BYTES / (1024 * 1024)} MB).`);
    }
    return fs.readFileSync(file);
  } catch (e: any) {
    if (e instanceof InputError) throw e;
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

/** The same file on disk: same path, or the same device and inode (a hard link is another name for the file). */
export function sameFile(a: string, b: string): boolean {
  if (samePath(a, b)) return true;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Why the report cannot go to `out`, or null when it can: an existing special file (a FIFO would block for
 *  ever, a device would swallow it) or a folder. */
export function outTargetProblem(out: string, shown: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(out);
  } catch {
    return null;
  }
  if (st.isDirectory()) return `--out menunjuk ke folder "${shown}"; sebutkan nama berkas laporan.`;
  if (!st.isFile()) return `--out menunjuk ke "${shown}", yang bukan berkas biasa (pipa, perangkat, atau soket); laporan tidak ditulis.`;
  return null;
}

/**
 * Writes the report next to its target and renames it into place: a hard link that shares the target's inode
 * keeps its content (only the name is replaced), and a failed write leaves no half report.
 */
export function writeReportFile(out: string, text: string): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { encoding: "utf8", flag: "wx" });
    fs.renameSync(tmp, out);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw e;
  }
}
