// A set of files as one document set: each file's sheets are put side by side in one snapshot, named
// "file › sheet", so every cross-sheet rule (budget and target conflicts, the PK chain, NIP names) runs across files.
// Findings come back with those names; `originOf` tells which file and sheet a combined name stands for.
import type { WorkbookSnapshot, SheetSnapshot } from "./snapshot";
import type { Finding } from "../findings/finding";

/** Between the file label and the sheet name in a combined sheet name. */
export const FILE_SHEET_SEPARATOR = " › ";

export interface NamedWorkbook {
  /** How the user named the file (path or name); its label in sheet names is derived from it. */
  file: string;
  workbook: WorkbookSnapshot;
}

export interface SheetOrigin {
  file: string;
  sheet: string;
}

export interface CombinedWorkbook {
  workbook: WorkbookSnapshot;
  /** Label used for each file, in input order (file name without folder and extension, made unique). */
  labels: string[];
  /** Combined sheet name -> the file and sheet it comes from. */
  origins: Map<string, SheetOrigin>;
}

/** "laporan/PK Kabid.xlsx" -> "PK Kabid". */
export function fileLabel(file: string): string {
  const base = file.split(/[\\/]/).filter(Boolean).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xls|ods)$/i, "") || base;
}

/** Sheet references inside a formula ("'PK Kabid'!C5", "Renja!B2:B9") renamed to the combined names. */
function renameRefs(formula: string, rename: Map<string, string>): string {
  if (!formula.includes("!")) return formula;
  return formula.replace(/'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g, (m, quoted: string | undefined, bare: string | undefined) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare!;
    const to = rename.get(name.toLowerCase());
    return to === undefined ? m : `'${to.replace(/'/g, "''")}'!`;
  });
}

/**
 * One snapshot holding every file's sheets, in input order. Files named alike get their folder, then a number, so
 * labels stay unique. Cells are shared with the inputs except where a formula names another sheet of its file.
 */
export function combineWorkbooks(parts: NamedWorkbook[], name = "gabungan", opts: { keepFirst?: boolean } = {}): CombinedWorkbook {
  const labels: string[] = [];
  const used = new Set<string>();
  for (const p of parts) {
    let label = fileLabel(p.file);
    if (used.has(label.toLowerCase())) {
      const dirs = p.file.split(/[\\/]/).filter(Boolean);
      const withDir = dirs.length > 1 ? `${dirs[dirs.length - 2]}/${label}` : label;
      label = withDir;
      for (let i = 2; used.has(label.toLowerCase()); i++) label = `${withDir} (${i})`;
    }
    used.add(label.toLowerCase());
    labels.push(label);
  }
  const origins = new Map<string, SheetOrigin>();
  const sheets: SheetSnapshot[] = [];
  parts.forEach((p, i) => {
    const rename = new Map<string, string>();
    // keepFirst: the open workbook beside other files keeps its own sheet names (so its cells can still be selected).
    const prefix = opts.keepFirst && i === 0 ? "" : labels[i] + FILE_SHEET_SEPARATOR;
    for (const s of p.workbook.sheets) rename.set(s.name.toLowerCase(), prefix + s.name);
    for (const s of p.workbook.sheets) {
      const combined = prefix + s.name;
      origins.set(combined, { file: p.file, sheet: s.name });
      const hasRefs = prefix !== "" && s.cells.some((c) => c.formula !== undefined && c.formula.includes("!"));
      const cells = hasRefs ? s.cells.map((c) => (c.formula && c.formula.includes("!") ? { ...c, formula: renameRefs(c.formula, rename) } : c)) : s.cells;
      sheets.push({ ...s, name: combined, cells });
    }
  });
  return { workbook: { name, sheets }, labels, origins };
}

/** Where a finding of the combined run stands in its own file (sheet and related cells renamed back). */
export function originOf(set: CombinedWorkbook, f: Finding): { file: string; finding: Finding } | undefined {
  const o = set.origins.get(f.sheet);
  if (!o) return undefined;
  const related = f.related.map((r) => {
    const ro = set.origins.get(r.sheet);
    return ro && ro.file === o.file ? { sheet: ro.sheet, cell: r.cell } : r;
  });
  return { file: o.file, finding: { ...f, sheet: o.sheet, related } };
}
