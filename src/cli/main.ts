// sakip-validate: validates .xlsx workbooks and prints a text, JSON or HTML report.
// Exit codes: 0 no error finding, 1 some error findings, 2 an input cannot be read (or bad usage).
import * as fs from "fs";
import * as path from "path";
import { parseArgs, UsageError, USAGE_ID, type CliOptions } from "./args";
import { expandInput, outTargetProblem, sameFile, writeReportFile, InputError, type FolderProblem, type InputFile } from "./files";
import { WorkbookReadError } from "../xlsx/open";
import { validateWorkbook } from "../core/validate";
import type { ValidationSettings } from "../core/settings";
import { readWorkbookFile, validateSet, loadNomenclature, compareSpecs, splitVersionSpec } from "./documentSet";
import * as zlib from "zlib";
import { readDocumentSettings } from "../xlsx/documentSettings";

/** Key of the add-in's document settings (the Office adapter writes the same key). */
const SETTINGS_KEY = "sakip.settings";
import { cleanControls, type FileReport } from "../presenters/common";
import { renderJson } from "../presenters/json";
import { renderText } from "../presenters/text";
import { renderHtml } from "../presenters/html";

export const SAMPLE_RELATIVE = "assets/samples/lkjip-bkpsdm-lamongan-2022.xlsx";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Package root, to find the bundled sample. */
  root: string;
  /** Directory relative paths are read from (the user's, also under `npm run`); default process.cwd(). */
  cwd?: string;
}

export async function validateFile(file: string, displayName = file, settings?: Partial<ValidationSettings>): Promise<FileReport> {
  const started = Date.now();
  const wb = await readWorkbookFile(file, displayName);
  const stored = /\.xlsx$/i.test(file) ? storedMappings(file) : undefined;
  const result = validateWorkbook(wb, stored ? { ...settings, ...stored } : settings);
  return {
    file: displayName,
    sheets: wb.sheets.length,
    sheetNames: wb.sheets.map((s) => s.name),
    findings: result.findings,
    chart: result.chart ?? null,
    coverage: result.coverage,
    elapsedMs: Date.now() - started,
  };
}

/** The table mappings a planner saved in the pane (document settings inside the file), as the pane uses them. */
function storedMappings(file: string): Partial<ValidationSettings> | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const inflateRaw = (data: Uint8Array) => zlib.inflateRawSync(data, { maxOutputLength: 64 * 1024 * 1024 });
    const stored = readDocumentSettings(bytes, inflateRaw)[SETTINGS_KEY] as { validation?: { mappings?: unknown } } | undefined;
    const mappings = stored?.validation?.mappings;
    // resolveSettings (in the engine) keeps only well-formed mappings.
    return Array.isArray(mappings) ? { mappings: mappings as ValidationSettings["mappings"] } : undefined;
  } catch {
    return undefined;
  }
}

function render(reports: FileReport[], opts: CliOptions, several: boolean): string {
  // JSON: one object for one named file; an array as soon as several files or a folder were named,
  // so a script reading a folder's report always gets an array.
  if (opts.format === "json") return renderJson(reports, { forceArray: several });
  if (opts.format === "html") return renderHtml(reports, opts.lang);
  return renderText(reports, opts.lang);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`Galat: ${e.message}\n\n${USAGE_ID}`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE_ID);
    return 0;
  }
  if (opts.version) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(io.root, "package.json"), "utf8"));
      io.stdout(`sakip-validate ${pkg.version}\n`);
    } catch {
      io.stdout("sakip-validate\n");
    }
    return 0;
  }

  const cwd = io.cwd ?? process.cwd();
  const settings: Partial<ValidationSettings> = {};
  try {
    if (opts.nomenclature) settings.nomenclature = await loadNomenclature(opts.nomenclature, cwd);
    if (opts.compare) {
      const out = opts.out ? path.resolve(cwd, opts.out) : undefined;
      const hit = out && opts.compare.map((c) => splitVersionSpec(c, cwd).file).find((f) => sameFile(path.resolve(cwd, f), out));
      if (hit) {
        io.stderr(`Galat: --out menunjuk ke buku kerja masukan "${hit}"; laporan tidak ditulis agar buku kerja itu tidak tertimpa.\n`);
        return 2;
      }
      const report = await compareSpecs(opts.compare[0], opts.compare[1], cwd);
      return emit([report], opts, false, io, cwd) ?? 0;
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof WorkbookReadError) {
      io.stderr(`Galat: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  // No file: the bundled sample, named relative to where the user is.
  const sample = path.join(io.root, SAMPLE_RELATIVE);
  const inputs = opts.inputs.length ? opts.inputs : [path.relative(cwd, sample) || sample];
  let unreadable = false;
  const files: InputFile[] = [];
  const problems: FolderProblem[] = [];
  for (const input of inputs) {
    try {
      files.push(...expandInput(input, cwd, problems));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`Galat: ${e.message}\n`);
      unreadable = true;
    }
  }
  // A folder that cannot be opened does not stop the run: the readable files are reported, these are listed.
  for (const p of problems) {
    io.stderr(`Galat: ${p.message}\n`);
    unreadable = true;
  }

  // --out must never replace a workbook being read (same path spelled another way, or inside a named folder).
  if (opts.out) {
    const out = path.resolve(cwd, opts.out);
    const special = outTargetProblem(out, opts.out);
    if (special) {
      io.stderr(`Galat: ${special}\n`);
      return 2;
    }
    // Same path, or the same file under another name (a hard link shares the device and inode).
    const hit = files.find((f) => sameFile(f.path, out));
    if (hit) {
      io.stderr(`Galat: --out menunjuk ke buku kerja masukan "${hit.shown}"; laporan tidak ditulis agar buku kerja itu tidak tertimpa.\n`);
      return 2;
    }
  }

  const reports: FileReport[] = [];
  const failed = (file: InputFile, e: unknown) => {
    unreadable = true;
    if (e instanceof InputError || e instanceof WorkbookReadError) io.stderr(`Galat: ${e.message}\n`);
    else {
      const why = e instanceof Error ? e.message : String(e);
      io.stderr(`Galat: validasi berkas "${file.shown}" gagal: ${why}\n`);
      if (process.env.SAKIP_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    }
  };
  if (opts.combine) {
    // One document set, one report (a single JSON object).
    const report = await validateSet(files, settings, failed);
    if (report) reports.push(report);
  } else {
    for (const file of files) {
      try {
        reports.push(await validateFile(file.path, file.shown, settings));
      } catch (e) {
        failed(file, e);
      }
    }
  }

  const several = !opts.combine && (inputs.length > 1 || files.some((f) => f.fromFolder));
  const code = emit(reports, opts, several, io, cwd);
  if (code !== undefined) return code;
  if (unreadable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Prints or writes the report; returns 2 when --out cannot be written, else undefined (or 0 for a comparison). */
function emit(reports: FileReport[], opts: CliOptions, several: boolean, io: CliIo, cwd: string): number | undefined {
  if (reports.length > 0) {
    const text = render(reports, opts, several);
    if (opts.out) {
      try {
        writeReportFile(path.resolve(cwd, opts.out), text);
        io.stderr(`Laporan disimpan di ${opts.out}\n`);
      } catch {
        io.stderr(`Galat: laporan tidak dapat ditulis ke "${opts.out}".\n`);
        return 2;
      }
    } else io.stdout(text);
  }
  return undefined;
}

/** Entry used by bin/sakip-validate.js. Never lets a stack trace reach the user. */
export function main(argv: string[], root: string): void {
  // Output that cannot be written (a reader that stops early, `| head`; a full disk, `> /dev/full`): the report
  // is incomplete, so the run ends with exit 2 and one Indonesian line, never a stack trace.
  const outputFailed = (e: NodeJS.ErrnoException | undefined): never => {
    const why = e?.code === "EPIPE" ? "pembaca keluaran sudah menutup pipa" : e?.code === "ENOSPC" ? "ruang penyimpanan penuh" : "galat tulis";
    try {
      fs.writeSync(2, `Galat: laporan tidak dapat ditulis ke keluaran standar (${why}); laporan tidak lengkap.\n`);
    } catch {
      // stderr is gone too: the exit code says it
    }
    process.exit(2);
  };
  process.stdout.on("error", outputFailed);
  process.stderr.on("error", () => process.exit(2));
  const io: CliIo = {
    stdout: (s) => {
      try {
        process.stdout.write(s);
      } catch (e) {
        outputFailed(e as NodeJS.ErrnoException);
      }
    },
    // Messages quote file names and workbook text: no terminal control characters reach the terminal.
    stderr: (s) => {
      try {
        process.stderr.write(cleanControls(s, true));
      } catch {
        process.exit(2);
      }
    },
    root,
    // `npm run validate` runs in the package root; INIT_CWD is where the user typed the command.
    cwd: process.env.npm_lifecycle_event === "validate" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
  };
  run(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      const why = e instanceof Error ? e.message : String(e);
      process.stderr.write(`Galat: sakip-validate gagal: ${why}\n`);
      if (process.env.SAKIP_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + "\n");
      process.exitCode = 2;
    },
  );
}
