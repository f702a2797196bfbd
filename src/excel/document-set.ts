// The pane's "Bandingkan dengan file lain…": other .xlsx files read beside the open workbook, as one document set.
// Read-only and local: the files' bytes are read in the pane (never written, never uploaded); the open workbook is
// read through the port as usual and keeps its sheet names, the other files' sheets are named "file › sheet".
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { Finding } from "../core/findings/finding";
import { combineWorkbooks, type CombinedWorkbook } from "../core/workbook/combine";
import { nomenclatureFromWorkbook, type OfficialNomenclature } from "../core/nomenclature/official";
import { PortError, type ReadProgress, type Said, type WorkbookPort } from "./port";
import { readWorkbookBytes } from "./preview-port";

/** A file opened beside the workbook. */
export interface CompanionFile {
  name: string;
  snapshot: WorkbookSnapshot;
}

/** What the user picked: a browser File, or bytes with a name (tests, drag and drop). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface CompanionRead {
  files: CompanionFile[];
  failed: Array<{ name: string; reason: Said }>;
}

/** Reads each picked .xlsx; a file that cannot be read is reported with the reader's message, the rest still count. */
export async function readCompanionFiles(picked: PickedFile[]): Promise<CompanionRead> {
  const out: CompanionRead = { files: [], failed: [] };
  for (const p of picked) {
    try {
      out.files.push({ name: p.name, snapshot: await readWorkbookBytes(await p.arrayBuffer(), p.name) });
    } catch (e) {
      const reason = e instanceof PortError ? e.said : { id: `Berkas "${p.name}" tidak dapat dibaca.`, en: `File "${p.name}" cannot be read.` };
      out.failed.push({ name: p.name, reason });
    }
  }
  return out;
}

/** The open workbook (through the port) and the companions as one snapshot; without companions, the workbook as is. */
export async function readDocumentSet(
  port: WorkbookPort,
  companions: CompanionFile[],
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<{ snapshot: WorkbookSnapshot; set?: CombinedWorkbook }> {
  const own = await port.readSnapshot(onProgress, signal);
  if (!companions.length) return { snapshot: own };
  const set = combineWorkbooks([{ file: own.name, workbook: own }, ...companions.map((c) => ({ file: c.name, workbook: c.snapshot }))], own.name, { keepFirst: true });
  return { snapshot: set.workbook, set };
}

/** Where a finding of a set stands: in the open workbook (select it there), or in a companion file (say so). */
export function findingPlace(set: CombinedWorkbook | undefined, f: Finding): { inWorkbook: true } | { inWorkbook: false; file: string; sheet: string } {
  const o = set?.origins.get(f.sheet);
  if (!set || !o || o.file === set.workbook.name) return { inWorkbook: true };
  return { inWorkbook: false, file: o.file, sheet: o.sheet };
}

/** The official nomenclature from a picked file (settings.nomenclature for the run). */
export async function readNomenclatureFile(picked: PickedFile): Promise<OfficialNomenclature> {
  const wb = await readWorkbookBytes(await picked.arrayBuffer(), picked.name);
  const nom = nomenclatureFromWorkbook(wb, picked.name);
  if (nom.size === 0) throw new PortError({ id: `Berkas "${picked.name}" tidak memuat kode nomenklatur yang dikenali.`, en: `File "${picked.name}" holds no nomenclature code the validator recognises.` });
  return nom;
}
