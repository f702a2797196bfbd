// The port outside Excel: an .xlsx file (the bundled sample or one from disk) read in the browser.
// Read-only: "select" moves the grid view, "highlight" colours the grid, nothing is written anywhere.
// The workbook reader is imported dynamically so it never weighs on the Excel path.
import type { Cell, WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellRef, Finding, Severity } from "../core/findings/finding";
import { displayText } from "../core/workbook/displayText";
import {
  CancelledError,
  Capabilities,
  DEFAULT_STORED,
  HighlightResult,
  PortError,
  ReadProgress,
  StoredSettings,
  WorkbookPort,
  MAX_FIX_CHANGES,
  sameState,
  type CellState,
  type FixBatch,
  type FixChange,
  type UndoResult,
} from "../port";
import { parseA1, parseArea, toA1 } from "./a1";

export interface PreviewView {
  sheet: string;
  address: string;
  related: string[];
}

const onlyInExcel = (id: string, en: string) => ({
  ok: false,
  reason: { id: `${id} hanya tersedia di Excel.`, en: `${en} is only available in Excel.` },
});

/** Read .xlsx bytes into a snapshot, loading the reader on first use. Errors become the reader's Indonesian message. */
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
  /** Bumped each time another workbook is opened (the pane starts afresh). */
  generation = 0;
  private snapshot: WorkbookSnapshot | null = null;
  private fixes: FixBatch[] = [];
  /** The cells as they were before each batch, to put back exactly (text and all). */
  private originals = new Map<string, Array<Cell | undefined>>();
  private view: PreviewView | null = null;
  private marks = new Map<string, Severity>();
  private stored: StoredSettings = { ...DEFAULT_STORED };
  private ignored: string[] = [];
  private listeners = new Set<() => void>();

  /** `bytes`: the .xlsx file; or pass a snapshot already read (tests, or a re-opened file). None: open() one later. */
  constructor(
    public fileName = "",
    private source: ArrayBuffer | WorkbookSnapshot | null = null,
  ) {
    if (source) this.generation = 1;
  }

  /** Whether a workbook is open. */
  hasWorkbook(): boolean {
    return this.source !== null;
  }

  /**
   * Open another workbook. It is read at once: a file that is not a readable workbook is refused with a PortError
   * and the workbook open before stays open.
   */
  async open(name: string, source: ArrayBuffer | WorkbookSnapshot): Promise<void> {
    const snapshot = isBytes(source) ? await readWorkbookBytes(source, name) : source;
    this.fileName = name;
    this.source = source;
    this.snapshot = snapshot;
    this.view = null;
    this.marks.clear();
    this.fixes = [];
    this.originals.clear();
    // Settings (table mappings among them) and ignored findings belong to the workbook they were made for.
    this.stored = { ...DEFAULT_STORED };
    this.ignored = [];
    this.generation++;
    this.changed();
  }

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
      fix: { ok: true },
      chart: onlyInExcel("Grafik di sheet baru", "A chart on a new sheet"),
      export: { ok: true },
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
      if (!this.source) throw new PortError({ id: "Belum ada workbook yang dibuka.", en: "No workbook is open yet." });
      this.snapshot = isBytes(this.source) ? await readWorkbookBytes(this.source, this.fileName) : this.source;
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

  /** Fixes change the workbook held in memory (the file on disk is never touched); undo restores it exactly. */
  async applyFixes(changes: FixChange[]): Promise<FixBatch> {
    if (changes.length > MAX_FIX_CHANGES) throw new PortError({ id: `Terlalu banyak perubahan sekaligus (${changes.length}).`, en: `Too many changes at once (${changes.length}).` });
    const wb = await this.readSnapshot();
    const batch: FixBatch = { id: `fix-${this.fixes.length + 1}-${Date.now().toString(36)}`, at: new Date().toISOString(), changes: [], skipped: [] };
    const originals: Array<Cell | undefined> = [];
    for (const c of changes) {
      const sheet = wb.sheets.find((x) => x.name === c.sheet);
      const at = parseA1(c.cell);
      if (!sheet || !at) {
        batch.skipped.push({ sheet: c.sheet, cell: c.cell, reason: { id: "Sheet tidak ditemukan.", en: "Sheet not found." } });
        continue;
      }
      const original = sheet.cells.find((x) => x.row === at.row && x.col === at.col);
      originals.push(original && { ...original });
      const before = stateOf(original);
      const numberFormat = c.numberFormat && /^general$/i.test(before.numberFormat) ? c.numberFormat : before.numberFormat;
      const after: CellState = c.formula ? { value: c.value ?? before.value, formula: c.formula, numberFormat } : { value: c.value ?? "", formula: null, numberFormat };
      // A formula's value here is the one the fix computed (there is no calculation engine in the preview).
      if (c.formula && c.value === undefined) after.value = before.value;
      setCell(sheet.cells, at.row, at.col, after);
      batch.changes.push({ ...c, before, after });
    }
    this.fixes.push(batch);
    this.originals.set(batch.id, originals);
    this.changed();
    return batch;
  }

  async undoFixes(id?: string): Promise<UndoResult> {
    const batch = id ? this.fixes.find((b) => b.id === id) : this.fixes[this.fixes.length - 1];
    const result: UndoResult = { restored: 0, kept: [] };
    if (!batch || !this.snapshot) return result;
    const originals = this.originals.get(batch.id) ?? [];
    for (let k = batch.changes.length - 1; k >= 0; k--) {
      const a = batch.changes[k];
      const sheet = this.snapshot.sheets.find((x) => x.name === a.sheet);
      const at = parseA1(a.cell)!;
      const now = stateOf(sheet?.cells.find((x) => x.row === at.row && x.col === at.col));
      if (!sheet || !sameState(now, a.after)) {
        result.kept.push({ sheet: a.sheet, cell: a.cell });
        continue;
      }
      setCell(sheet.cells, at.row, at.col, a.before, originals[k]);
      result.restored++;
    }
    this.fixes = this.fixes.filter((b) => b !== batch);
    this.originals.delete(batch.id);
    this.changed();
    return result;
  }

  async fixHistory(): Promise<FixBatch[]> {
    return [...this.fixes];
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

/** Bytes, also from another realm (a frame, a worker), where `instanceof ArrayBuffer` says no. */
function isBytes(x: ArrayBuffer | WorkbookSnapshot): x is ArrayBuffer {
  return Object.prototype.toString.call(x) === "[object ArrayBuffer]";
}

function stateOf(c: Cell | undefined): CellState {
  if (!c) return { value: "", formula: null, numberFormat: "General" };
  return { value: c.value ?? "", formula: c.formula ?? null, numberFormat: c.numberFormat ?? "General" };
}

/** Write a cell state into a sheet's sorted cell list (removing the cell when it becomes empty). */
function setCell(cells: Cell[], row: number, col: number, s: CellState, exact?: Cell): void {
  const i = cells.findIndex((x) => x.row === row && x.col === col);
  if (exact) {
    if (i >= 0) cells[i] = { ...exact };
    else insertSorted(cells, { ...exact });
    return;
  }
  if (s.value === "" && !s.formula) {
    if (i >= 0) cells.splice(i, 1);
    return;
  }
  const type: Cell["type"] = typeof s.value === "number" ? "number" : typeof s.value === "boolean" ? "boolean" : "string";
  const cell: Cell = { row, col, value: s.value, type };
  if (s.numberFormat && !/^general$/i.test(s.numberFormat)) cell.numberFormat = s.numberFormat;
  const shown = type === "string" ? String(s.value) : displayText(s.value, s.numberFormat, { isDate: false });
  if (shown !== undefined) cell.text = shown;
  if (s.formula) cell.formula = s.formula;
  if (i >= 0) cells[i] = cell;
  else insertSorted(cells, cell);
}

function insertSorted(cells: Cell[], cell: Cell): void {
  let j = cells.findIndex((x) => x.row > cell.row || (x.row === cell.row && x.col > cell.col));
  if (j < 0) j = cells.length;
  cells.splice(j, 0, cell);
}
