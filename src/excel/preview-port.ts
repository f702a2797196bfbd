// The port outside Excel: an .xlsx file (the bundled sample or one from disk) read in the browser.
// Read-only: "select" moves the grid view, "highlight" colours the grid, nothing is written anywhere.
// The .xlsx reader (exceljs) is imported dynamically so it never weighs on the Excel path.
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellRef, Finding, Severity } from "../core/findings/finding";
import {
  CancelledError,
  Capabilities,
  DEFAULT_STORED,
  HighlightResult,
  PortError,
  ReadProgress,
  StoredSettings,
  WorkbookPort,
} from "./port";
import { parseArea, toA1 } from "./a1";

export interface PreviewView {
  sheet: string;
  address: string;
  related: string[];
}

const onlyInExcel = (id: string, en: string) => ({
  ok: false,
  reason: { id: `${id} hanya tersedia di Excel.`, en: `${en} is only available in Excel.` },
});

/** Read .xlsx bytes into a snapshot, loading exceljs on first use. Errors become the reader's Indonesian message. */
export async function readWorkbookBytes(bytes: ArrayBuffer, name: string): Promise<WorkbookSnapshot> {
  const mod = await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/open");
  try {
    return await mod.readWorkbook(bytes, { name });
  } catch (e) {
    if (e instanceof mod.WorkbookReadError) throw new PortError({ id: e.message, en: e.messageEn });
    // The library's own words ("Corrupted zip: ...") never reach the user.
    throw new PortError({ id: `Berkas "${name}" bukan buku kerja .xlsx yang dapat dibaca.`, en: `File "${name}" is not a readable .xlsx workbook.` });
  }
}

export class PreviewPort implements WorkbookPort {
  readonly kind = "preview" as const;
  private snapshot: WorkbookSnapshot | null = null;
  private view: PreviewView | null = null;
  private marks = new Map<string, Severity>();
  private stored: StoredSettings = { ...DEFAULT_STORED };
  private ignored: string[] = [];
  private listeners = new Set<() => void>();

  /** `bytes`: the .xlsx file; or pass a snapshot already read (tests, or a re-opened file). */
  constructor(
    readonly fileName: string,
    private source: ArrayBuffer | WorkbookSnapshot,
  ) {}

  capabilities(): Capabilities {
    return {
      read: { ok: true },
      select: { ok: true },
      selectRelated: { ok: true },
      highlight: { ok: true },
      report: onlyInExcel("Laporan di sheet baru", "A report sheet"),
      reportLinks: onlyInExcel("Tautan laporan", "Linking from the report"),
      merges: { ok: true },
      watch: onlyInExcel("Validasi ulang otomatis", "Automatic re-validation"),
      persist: {
        ok: false,
        reason: {
          id: "Pengaturan dan temuan yang diabaikan hanya tersimpan di workbook saat di Excel; di sini berlaku untuk sesi ini saja.",
          en: "Settings and ignored findings are saved in the workbook only in Excel; here they last for this session.",
        },
      },
    };
  }

  /** The grid view follows this; the UI subscribes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const l of this.listeners) l();
  }

  getView(): PreviewView | null {
    return this.view;
  }

  closeView(): void {
    this.view = null;
    this.changed();
  }

  getSnapshot(): WorkbookSnapshot | null {
    return this.snapshot;
  }

  markOf(sheet: string, address: string): Severity | undefined {
    return this.marks.get(`${sheet}!${address}`);
  }

  async readSnapshot(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    if (signal?.aborted) throw new CancelledError();
    if (!this.snapshot) {
      this.snapshot = this.source instanceof ArrayBuffer ? await readWorkbookBytes(this.source, this.fileName) : this.source;
    }
    const sheets = this.snapshot.sheets;
    let cells = 0;
    for (let i = 0; i < sheets.length; i++) {
      if (signal?.aborted) throw new CancelledError();
      cells += sheets[i].cells.length;
      onProgress?.({ sheetsDone: i + 1, sheetsTotal: sheets.length, sheet: sheets[i].name, cells });
      // Let the progress bar paint between sheets.
      if (i % 4 === 3) await new Promise((r) => setTimeout(r, 0));
    }
    return this.snapshot;
  }

  async selectCell(sheet: string, address: string, related: CellRef[] = []): Promise<void> {
    if (this.snapshot && !this.snapshot.sheets.some((s) => s.name === sheet)) {
      throw new PortError({ id: `Sheet "${sheet}" tidak ditemukan.`, en: `Sheet "${sheet}" not found.` });
    }
    this.view = { sheet, address, related: related.filter((r) => r.sheet === sheet).map((r) => r.cell) };
    this.changed();
  }

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    let painted = 0;
    const rank = (s: Severity) => (s === "error" ? 0 : s === "warning" ? 1 : 2);
    for (const f of findings) {
      const a = parseArea(f.cell);
      if (!a) continue;
      // Per cell, like the Excel adapter: overlapping findings colour each cell once, strongest severity.
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const key = `${f.sheet}!${toA1(r, c)}`;
          const prev = this.marks.get(key);
          if (!prev) painted++;
          if (!prev || rank(f.severity) < rank(prev)) this.marks.set(key, f.severity);
        }
      }
    }
    this.changed();
    return { painted, skipped: 0 };
  }

  async clearHighlight(): Promise<number> {
    const n = this.marks.size;
    this.marks.clear();
    this.changed();
    return n;
  }

  async hasHighlight(): Promise<boolean> {
    return this.marks.size > 0;
  }

  async writeReport(): Promise<string> {
    throw new PortError(this.capabilities().report.reason!);
  }

  async loadSettings(): Promise<StoredSettings> {
    return this.stored;
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.stored = settings;
  }

  async loadIgnored(): Promise<string[]> {
    return this.ignored;
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    this.ignored = [...new Set(fingerprints)];
  }
}
