// The journal: what the add-in changed in the workbook and how to put it back, kept in the document settings (they
// travel with the file) and saved BEFORE the cells change, so an interruption or a reload can always be undone.
// Highlight marks and applied fixes are its two sections.
import type { FixBatch } from "../../port";
import { MAX_FIX_BATCHES } from "../../port";
import type { OfficeHost } from "./host";

export const MARKS_KEY = "sakip.marks";
export const FIXES_KEY = "sakip.fixes";

type FillProps = Excel.CellPropertiesFill;

/** One marked cell (or range, from older versions): its original fill per cell. */
export interface Mark {
  /** sheet name, address, fill per cell as getCellProperties returned it */
  s: string;
  a: string;
  f: FillProps[][];
  /** Worksheet.id: finds the sheet after a rename. */
  i?: string;
  /** The colour we painted: a cell that no longer shows it was re-filled by the user and is left alone. */
  p?: string;
}

export class Journal {
  constructor(private host: OfficeHost) {}

  marks(): Mark[] {
    const raw = this.host.settings.get(MARKS_KEY);
    return Array.isArray(raw) ? (raw as Mark[]) : [];
  }

  setMarks(marks: Mark[]): void {
    if (marks.length) this.host.settings.set(MARKS_KEY, marks);
    else this.host.settings.remove(MARKS_KEY);
  }

  fixes(): FixBatch[] {
    const raw = this.host.settings.get(FIXES_KEY);
    return Array.isArray(raw) ? (raw as FixBatch[]).filter((b) => b && Array.isArray(b.changes)) : [];
  }

  setFixes(batches: FixBatch[]): void {
    const kept = batches.slice(-MAX_FIX_BATCHES);
    if (kept.length) this.host.settings.set(FIXES_KEY, kept);
    else this.host.settings.remove(FIXES_KEY);
  }

  /** Save the document settings (the journal goes with the workbook). */
  async persist(): Promise<void> {
    await persistSettings(this.host);
  }
}

export function persistSettings(host: OfficeHost): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    host.settings.saveAsync((r) => (String(r.status) === "failed" ? reject(new Error(r.error?.message || "saveAsync failed")) : resolve())),
  );
}
