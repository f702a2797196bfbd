// An in-memory WorkbookPort for component tests: records every call, answers like the adapters do.
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { CellRef, Finding } from "../../src/core/findings/finding";
import {
  CancelledError,
  Capabilities,
  DEFAULT_STORED,
  HighlightResult,
  ReadProgress,
  ReportMeta,
  StoredSettings,
  WorkbookPort,
  freeSheetName,
} from "../../src/excel/port";

export const ALL_OK: Capabilities = {
  read: { ok: true },
  select: { ok: true },
  selectRelated: { ok: true },
  highlight: { ok: true },
  report: { ok: true },
  reportLinks: { ok: true },
  merges: { ok: true },
  watch: { ok: true },
  persist: { ok: true },
};

export class FakePort implements WorkbookPort {
  readonly kind = "excel" as const;
  calls: Array<[string, ...unknown[]]> = [];
  stored: StoredSettings = { ...DEFAULT_STORED };
  ignored: string[] = [];
  marks = new Set<string>();
  sheetNames: string[];
  listener: (() => void) | null = null;
  /** When set, readSnapshot waits for this before answering (to test progress and cancel). */
  gate: Promise<void> | null = null;

  constructor(
    public snapshot: WorkbookSnapshot,
    public caps: Capabilities = ALL_OK,
  ) {
    this.sheetNames = snapshot.sheets.map((s) => s.name);
  }

  capabilities() {
    return this.caps;
  }

  async readSnapshot(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    this.calls.push(["readSnapshot"]);
    const n = this.snapshot.sheets.length;
    onProgress?.({ sheetsDone: 0, sheetsTotal: n, cells: 0 });
    if (this.gate) {
      await Promise.race([
        this.gate,
        new Promise<void>((_, reject) => signal?.addEventListener("abort", () => reject(new CancelledError()))),
      ]);
    }
    if (signal?.aborted) throw new CancelledError();
    this.snapshot.sheets.forEach((s, i) => onProgress?.({ sheetsDone: i + 1, sheetsTotal: n, sheet: s.name, cells: 0 }));
    return this.snapshot;
  }

  async selectCell(sheet: string, address: string, related?: CellRef[]) {
    this.calls.push(["selectCell", sheet, address, related ?? []]);
  }

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    this.calls.push(["highlight", findings.map((f) => f.fingerprint)]);
    let painted = 0;
    for (const f of findings) if (!this.marks.has(`${f.sheet}!${f.cell}`)) (this.marks.add(`${f.sheet}!${f.cell}`), painted++);
    return { painted, skipped: 0 };
  }

  async clearHighlight() {
    this.calls.push(["clearHighlight"]);
    const n = this.marks.size;
    this.marks.clear();
    return n;
  }

  async hasHighlight() {
    return this.marks.size > 0;
  }

  async writeReport(findings: Finding[], meta: ReportMeta) {
    const name = freeSheetName(this.sheetNames);
    this.sheetNames.push(name);
    this.calls.push(["writeReport", findings.map((f) => f.fingerprint), meta.language, name]);
    return name;
  }

  async loadSettings() {
    return this.stored;
  }

  async saveSettings(s: StoredSettings) {
    this.calls.push(["saveSettings", s]);
    this.stored = JSON.parse(JSON.stringify(s));
  }

  async loadIgnored() {
    return [...this.ignored];
  }

  async saveIgnored(fps: string[]) {
    this.calls.push(["saveIgnored", fps]);
    this.ignored = [...fps];
  }

  async onChanged(listener: () => void) {
    this.calls.push(["onChanged"]);
    this.listener = listener;
    return () => {
      this.listener = null;
    };
  }

  named(name: string) {
    return this.calls.filter((c) => c[0] === name);
  }
}
