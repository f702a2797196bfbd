// The port: everything the task pane may ask of a workbook, with no Office type in sight.
// Two implementations: src/excel/office-adapter.ts (Excel, Office.js) and src/excel/preview-port.ts (plain browser,
// .xlsx file).
// The UI receives one through props/context and never calls Excel.run itself.
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellRef, Finding } from "../core/findings/finding";
import type { ValidationSettings } from "../core/settings";
import type { Bilingual } from "../core/coverage";
import type { FixBatch, FixChange, UndoResult } from "./fixes";
import type { PerformanceChart } from "../core/charts/performance";

/** Bilingual text shown to the user. */
export type Said = Bilingual;

/** Whether a feature works here, and if not, why (shown in the pane instead of a broken button). */
export interface Capability {
  ok: boolean;
  reason?: Said;
}

export interface Capabilities {
  read: Capability;
  select: Capability;
  /** Select a finding's related cells together with its own cell (multi-area selection). */
  selectRelated: Capability;
  highlight: Capability;
  report: Capability;
  /** Hyperlinks from the report sheet to the cells. */
  reportLinks: Capability;
  /** Merged areas are part of the snapshot. */
  merges: Capability;
  /** Re-validate when the workbook changes. */
  watch: Capability;
  /** Settings and ignored findings travel with the workbook. */
  persist: Capability;
  // Optional: a port without them does not offer the feature.
  /** Write fixes into cells (and undo them). */
  fix?: Capability;
  /** Insert a native chart on a new sheet. */
  chart?: Capability;
  /** Download the report as .xlsx / CSV (the preview; Excel writes a report sheet instead). */
  export?: Capability;
}

export interface ReadProgress {
  /** Sheets whose cells are in the snapshot so far. */
  sheetsDone: number;
  sheetsTotal: number;
  /** The sheet just finished, if any. */
  sheet?: string;
  /** Cells read so far (non-empty or not: the size of what Excel sent). */
  cells: number;
}

export interface HighlightResult {
  /** Cells painted. */
  painted: number;
  /** Cells left untouched (gradient fills that cannot be restored exactly, protected sheets, too many cells). */
  skipped: number;
}

/** Settings as stored with the workbook: the engine's settings plus pane-only switches. */
export interface StoredSettings {
  validation: Partial<ValidationSettings>;
  /** Re-validate on change (off by default). */
  autoValidate: boolean;
}

export const DEFAULT_STORED: StoredSettings = { validation: {}, autoValidate: false };

export interface ReportMeta {
  workbookName: string;
  language: "id" | "en";
  /** Shown in the header of the report. */
  generatedAt: Date;
}

/** Raised when the user cancels a read; the UI says "dibatalkan", not an error. */
export class CancelledError extends Error {
  constructor() {
    super("Validasi dibatalkan.");
    this.name = "CancelledError";
  }
}

/** A read that the workbook cannot serve (too big, unreadable): shown as-is, in both languages. */
export class PortError extends Error {
  constructor(public said: Said) {
    super(said.id);
    this.name = "PortError";
  }
}

export interface WorkbookPort {
  readonly kind: "excel" | "preview";
  capabilities(): Capabilities;
  /** Read every sheet's used range. Rejects with CancelledError when `signal` aborts. */
  readSnapshot(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot>;
  /** Activate `sheet` and select `address` (A1 or A1:B2), plus `related` cells on the same sheet where supported. */
  selectCell(sheet: string, address: string, related?: CellRef[]): Promise<void>;
  /** Paint the findings' cells, remembering their exact formatting first. Repeated calls add to the marks. */
  highlight(findings: Finding[]): Promise<HighlightResult>;
  /** Restore exactly what highlight() changed. Returns the number of cells restored. */
  clearHighlight(): Promise<number>;
  /** Whether there are marks to clear (also after the pane was reloaded). */
  hasHighlight(): Promise<boolean>;
  /** Write the findings to a NEW sheet; returns its name ("Laporan Validasi", "Laporan Validasi (2)", ...). */
  writeReport(findings: Finding[], meta: ReportMeta): Promise<string>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
  loadIgnored(): Promise<string[]>;
  saveIgnored(fingerprints: string[]): Promise<void>;
  /**
   * Write the changes (a value, or a formula), journalling each cell's value, formula and number format first.
   * Protected or missing sheets are skipped and listed, never a half-applied batch without a journal.
   */
  applyFixes?(changes: FixChange[]): Promise<FixBatch>;
  /** Undo the last applied batch (or the one with `id`) exactly; cells the user changed since are kept. */
  undoFixes?(id?: string): Promise<UndoResult>;
  /** Applied batches that can still be undone, oldest first (also after the pane was reloaded). */
  fixHistory?(): Promise<FixBatch[]>;
  /** Insert the chart on a NEW sheet; returns the sheet's name. */
  insertChart?(chart: PerformanceChart, language: "id" | "en"): Promise<string>;
  /** Call `listener` (debounced) when cell values change; returns the unsubscribe function. */
  onChanged?(listener: () => void, debounceMs?: number): Promise<() => void>;
}

export const REPORT_SHEET = "Laporan Validasi";
/** Excel's limit on sheet-name length. */
export const MAX_SHEET_NAME = 31;

/** First free name among "Laporan Validasi", "Laporan Validasi (2)", ... (case-insensitive, like Excel). */
export function freeSheetName(existing: string[], base = REPORT_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * Text for a cell that Excel must take as text, never as a formula or a number:
 * a leading apostrophe is Excel's own "this is text" mark and is not displayed.
 */
export function asCellText(text: string): string {
  if (text === "") return text;
  // Formula starters, plus anything Excel would parse as a number, date or boolean.
  if (/^[=+\-@\t\r\n'"]/.test(text) || /^\s*[\d.,]/.test(text) || /^(true|false|benar|salah)$/i.test(text.trim())) {
    return "'" + text;
  }
  return text;
}

/** Quote a sheet name for an address: 'It''s'!A1. */
export function qualify(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
