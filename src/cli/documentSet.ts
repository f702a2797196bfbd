// The CLI's document-set modes: --gabung (files validated as one set), --bandingkan (two versions compared),
// --nomenklatur (the official list loaded once). The combining and comparing are in core; this is the file side.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { readXlsx } from "../xlsx/read";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { combineWorkbooks, fileLabel, FILE_SHEET_SEPARATOR } from "../core/workbook/combine";
import { validateWorkbook } from "../core/validate";
import { compareVersions } from "../core/versions/compare";
import { nomenclatureFromWorkbook, type OfficialNomenclature } from "../core/nomenclature/official";
import type { ValidationSettings } from "../core/settings";
import type { Finding } from "../core/findings/finding";
import type { FileReport } from "../presenters/common";
import { readBytes, expandInput, InputError, type InputFile } from "./files";

/** Bytes of a file -> snapshot (the same reader as a single-file run, with the zip size guard). */
export async function readWorkbookFile(file: string, shown = file): Promise<WorkbookSnapshot> {
  const bytes = readBytes(file, shown);
  // zlib lets the reader count cells exactly before exceljs opens the file (the size guard).
  const inflateRaw = (data: Uint8Array) => zlib.inflateRawSync(data, { maxOutputLength: 512 * 1024 * 1024 });
  return readXlsx(bytes, { name: path.basename(file), inflateRaw });
}

/** "a.xlsx, b.xlsx, c.xlsx dan 47 lainnya": the set's name in reports, bounded. */
export function setName(shown: string[]): string {
  const head = shown.slice(0, 3).join(", ");
  return `gabungan ${shown.length} berkas: ${head}${shown.length > 3 ? ` dan ${shown.length - 3} lainnya` : ""}`;
}

/**
 * Every file read, then validated as one document set. Files that cannot be read are passed to `onError` and left
 * out (the others are still checked). Returns undefined when none could be read.
 */
export async function validateSet(files: InputFile[], settings: Partial<ValidationSettings>, onError: (file: InputFile, e: unknown) => void): Promise<FileReport | undefined> {
  const started = Date.now();
  const parts: Array<{ file: string; workbook: WorkbookSnapshot }> = [];
  for (const f of files) {
    try {
      parts.push({ file: f.shown, workbook: await readWorkbookFile(f.path, f.shown) });
    } catch (e) {
      onError(f, e);
    }
  }
  if (!parts.length) return undefined;
  const set = combineWorkbooks(parts, setName(parts.map((p) => p.file)));
  const result = validateWorkbook(set.workbook, settings);
  return {
    file: set.workbook.name,
    sheets: set.workbook.sheets.length,
    sheetNames: set.workbook.sheets.map((s) => s.name),
    findings: result.findings,
    elapsedMs: Date.now() - started,
  };
}

/** The nomenclature list of `--nomenklatur FILE`. Throws InputError when it holds no code. */
export async function loadNomenclature(given: string, cwd: string): Promise<OfficialNomenclature> {
  const [file] = expandInput(given, cwd);
  const wb = await readWorkbookFile(file.path, file.shown);
  const nom = nomenclatureFromWorkbook(wb, path.basename(file.shown));
  if (nom.size === 0) throw new InputError(`Berkas nomenklatur "${given}" tidak memuat kode program/kegiatan/sub kegiatan yang dikenali.`);
  return nom;
}

/** "FILE#SHEET" -> file and sheet; a '#' that is part of an existing file name stays in the name. */
export function splitVersionSpec(spec: string, cwd: string): { file: string; sheet?: string } {
  const i = spec.lastIndexOf("#");
  if (i <= 0 || fs.existsSync(path.resolve(cwd, spec))) return { file: spec };
  return { file: spec.slice(0, i), sheet: spec.slice(i + 1) || undefined };
}

/**
 * `--bandingkan A B`: A is the older version, B the newer. Each is FILE#SHEET, or FILE: then every sheet present in
 * both files (by name) is compared, and sheets only one side has are listed.
 */
export async function compareSpecs(a: string, b: string, cwd: string): Promise<FileReport> {
  const started = Date.now();
  const sa = splitVersionSpec(a, cwd);
  const sb = splitVersionSpec(b, cwd);
  const [fa] = expandInput(sa.file, cwd);
  const [fb] = expandInput(sb.file, cwd);
  const wa = await readWorkbookFile(fa.path, fa.shown);
  const sameFile = fs.realpathSync(fa.path) === fs.realpathSync(fb.path);
  const wb = sameFile ? wa : await readWorkbookFile(fb.path, fb.shown);
  const name = (file: string, sheet: string) => (sameFile ? sheet : fileLabel(file) + FILE_SHEET_SEPARATOR + sheet);
  const pairs: Array<[string, string]> = [];
  const has = (w: WorkbookSnapshot, s: string) => w.sheets.some((x) => x.name === s);
  if (sa.sheet || sb.sheet) {
    const x = sa.sheet ?? sb.sheet!;
    const y = sb.sheet ?? sa.sheet!;
    for (const [w, s, spec] of [[wa, x, a], [wb, y, b]] as const) {
      if (!has(w, s)) throw new InputError(`Lembar "${s}" tidak ada di "${spec.slice(0, spec.lastIndexOf("#")) || spec}"; lembar yang ada: ${w.sheets.map((q) => q.name).slice(0, 10).join(", ")}.`);
    }
    pairs.push([x, y]);
  } else {
    if (sameFile) throw new InputError("--bandingkan dengan satu berkas memerlukan nama lembar: BERKAS#LEMBAR_A BERKAS#LEMBAR_B.");
    for (const s of wa.sheets) if (has(wb, s.name)) pairs.push([s.name, s.name]);
    if (!pairs.length) throw new InputError(`"${a}" dan "${b}" tidak memiliki lembar bernama sama; sebutkan lembarnya: BERKAS#LEMBAR.`);
  }
  const findings: Finding[] = [];
  for (const [x, y] of pairs) {
    const la = name(fa.shown, x);
    const lb = name(fb.shown, y);
    findings.push(...compareVersions({ workbook: wa, sheet: x, label: la }, { workbook: wb, sheet: y, label: lb }));
  }
  const sheetNames = [...new Set(pairs.flatMap(([x, y]) => [name(fa.shown, x), name(fb.shown, y)]))];
  return { file: `${a} → ${b}`, sheets: sheetNames.length, sheetNames, findings, elapsedMs: Date.now() - started };
}
