// The Office.js side of the port: a thin class over office/{read,marks,report,settings,fixes,chart,navigate}.ts.
// Everything else (rules, ordering, wording) lives in core and the presenters.
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellRef, Finding } from "../core/findings/finding";
import type { PerformanceChart } from "../core/charts/performance";
import { PortError, type Capabilities, type FixBatch, type FixChange, type HighlightResult, type ReadProgress, type ReportMeta, type StoredSettings, type UndoResult, type WorkbookPort } from "../port";
import { officeCapabilities, type OfficeHost } from "./office/host";
import { readWorkbook } from "./office/read";
import { clearHighlight, highlight } from "./office/marks";
import { writeReport } from "./office/report";
import { loadIgnored, loadSettings, saveIgnored, saveSettings } from "./office/settings";
import { applyFixes, undoFixes } from "./office/fixes";
import { insertChart } from "./office/chart";
import { selectCell, watchChanges } from "./office/navigate";
import { Journal } from "./office/journal";

export type { OfficeHost } from "./office/host";
export { CELL_BUDGET, MAX_CELLS, planBatches } from "./office/read";
export { MARK_COLOURS, MAX_MARKS } from "./office/marks";
export { MARKS_KEY, FIXES_KEY } from "./office/journal";
export { SETTINGS_KEY, IGNORED_KEY } from "./office/settings";
export { REPORT_REQUEST_BYTES } from "./office/report";

/** How long after our own write a change event is taken as ours (where Excel cannot say who changed the cell). */
const OWN_WRITE_MS = 5000;

export class OfficeAdapter implements WorkbookPort {
  readonly kind = "excel" as const;
  /** context.sync calls made by the last readSnapshot (reported in the pane's details and checked by tests). */
  lastReadSyncs = 0;
  private caps: Capabilities;
  private ownWritesUntil = 0;

  constructor(private host: OfficeHost) {
    this.caps = officeCapabilities(host);
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  private require(c: keyof Capabilities): void {
    const cap = this.caps[c];
    if (cap && !cap.ok) throw new PortError(cap.reason!);
  }

  private ours(): void {
    this.ownWritesUntil = Date.now() + OWN_WRITE_MS;
  }

  async readSnapshot(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    this.require("read");
    const { snapshot, syncs } = await readWorkbook(this.host, { merges: this.caps.merges.ok, onProgress, signal });
    this.lastReadSyncs = syncs;
    return snapshot;
  }

  selectCell(sheet: string, address: string, related: CellRef[] = []): Promise<void> {
    return selectCell(this.host, sheet, address, related, this.caps.selectRelated.ok);
  }

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    this.require("highlight");
    return highlight(this.host, findings);
  }

  clearHighlight(): Promise<number> {
    return clearHighlight(this.host);
  }

  async hasHighlight(): Promise<boolean> {
    return new Journal(this.host).marks().length > 0;
  }

  writeReport(findings: Finding[], meta: ReportMeta): Promise<string> {
    this.ours();
    return writeReport(this.host, findings, meta, this.caps.reportLinks.ok);
  }

  async applyFixes(changes: FixChange[]): Promise<FixBatch> {
    this.require("fix");
    this.ours();
    return applyFixes(this.host, changes);
  }

  undoFixes(id?: string): Promise<UndoResult> {
    this.ours();
    return undoFixes(this.host, id);
  }

  async fixHistory(): Promise<FixBatch[]> {
    return new Journal(this.host).fixes();
  }

  async insertChart(chart: PerformanceChart, language: "id" | "en"): Promise<string> {
    this.require("chart");
    this.ours();
    return insertChart(this.host, chart, language);
  }

  async loadSettings(): Promise<StoredSettings> {
    return loadSettings(this.host);
  }

  saveSettings(settings: StoredSettings): Promise<void> {
    return saveSettings(this.host, settings);
  }

  async loadIgnored(): Promise<string[]> {
    return loadIgnored(this.host);
  }

  saveIgnored(fingerprints: string[]): Promise<void> {
    return saveIgnored(this.host, fingerprints);
  }

  async onChanged(listener: () => void, debounceMs = 1500): Promise<() => void> {
    this.require("watch");
    return watchChanges(this.host, listener, debounceMs, () => this.ownWritesUntil);
  }
}

/** The adapter for the running Office host. */
export function createOfficeAdapter(): OfficeAdapter {
  const url = Office.context.document?.url || "";
  return new OfficeAdapter({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
    documentName: decodeURIComponent(url.split(/[\\/]/).pop() || "") || "Workbook",
  });
}
