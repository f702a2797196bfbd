// The Office.js side of the port. Thin on purpose: batch proxies, sync a fixed number of times, convert.
// Everything else (rules, grouping, wording) lives in core or the UI.
import type { Cell, CellType, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellRef, Finding, Severity } from "../core/findings/finding";
import {
  CancelledError,
  Capabilities,
  Capability,
  DEFAULT_STORED,
  HighlightResult,
  PortError,
  ReadProgress,
  ReportMeta,
  StoredSettings,
  WorkbookPort,
  asCellText,
  freeSheetName,
  qualify,
} from "./port";
import { displayText } from "../core/workbook/displayText";
import { Area, areaToA1, isDateFormat, parseArea, serialToIso, splitAreas, toA1 } from "./a1";

/** Cells per request: values + formulas + numberFormat + valueTypes at ~80 bytes a cell stays near 3 MB, under 5 MB. */
export const CELL_BUDGET = 40_000;
/** Beyond this the pane says "too big" instead of freezing Excel (about 100 MB of JSON). */
export const MAX_CELLS = 1_500_000;
/** Marks kept at once; their original formats are stored in the document settings. */
export const MAX_MARKS = 1_000;
/** Target size of one request when writing the report sheet (Excel on the web refuses over 5 MB). */
export const REPORT_REQUEST_BYTES = 1_500_000;

export const SETTINGS_KEY = "sakip.settings";
export const IGNORED_KEY = "sakip.ignored";
export const MARKS_KEY = "sakip.marks";

export const MARK_COLOURS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/** What the adapter needs from the host; the real one comes from the Office globals, tests pass a mock. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;
  /** Workbook name for reports (Office.context.document.url's last segment). */
  documentName?: string;
}

type FillProps = Excel.CellPropertiesFill;
interface Mark {
  /** sheet name, address, fill per cell as getCellProperties returned it */
  s: string;
  a: string;
  f: FillProps[][];
  /** Worksheet.id: finds the sheet after a rename. */
  i?: string;
  /** The colour we painted: a cell that no longer shows it was re-filled by the user and is left alone. */
  p?: string;
}

function need(ok: boolean, version: string, whatId: string, whatEn: string): Capability {
  return ok
    ? { ok: true }
    : {
        ok: false,
        reason: {
          id: `${whatId} membutuhkan Excel dengan ExcelApi ${version} (Microsoft 365, Excel 2021 atau lebih baru, Excel di web).`,
          en: `${whatEn} needs Excel with ExcelApi ${version} (Microsoft 365, Excel 2021 or later, Excel on the web).`,
        },
      };
}

function severityRank(s: Severity): number {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}

function cellType(valueType: string, value: unknown, format: string | undefined): CellType {
  switch (valueType) {
    case "Empty":
      return "empty";
    case "Double":
    case "Integer":
      return typeof value === "number" && isDateFormat(format) ? "date" : "number";
    case "Boolean":
      return "boolean";
    case "Error":
      return "error";
    default:
      return typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string";
  }
}

interface Block {
  sheet: number;
  /** absolute 0-based area of the block */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function blockCells(b: Block): number {
  return b.rows * b.cols;
}

/** Split each used range into row blocks of at most CELL_BUDGET cells, then pack blocks into requests. */
export function planBatches(used: Array<Area | null>, budget = CELL_BUDGET): Block[][] {
  const blocks: Block[] = [];
  used.forEach((a, sheet) => {
    if (!a) return;
    const cols = a.right - a.left + 1;
    const rowsPer = Math.max(1, Math.floor(budget / cols));
    for (let top = a.top; top <= a.bottom; top += rowsPer) {
      blocks.push({ sheet, top, left: a.left, rows: Math.min(rowsPer, a.bottom - top + 1), cols });
    }
  });
  const batches: Block[][] = [];
  let cur: Block[] = [];
  let size = 0;
  for (const b of blocks) {
    if (cur.length && size + blockCells(b) > budget) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(b);
    size += blockCells(b);
  }
  if (cur.length) batches.push(cur);
  return batches;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  const msg = (e as { message?: string })?.message ?? "";
  return /PayloadSizeLimitExceeded/i.test(code) || /PayloadSizeLimitExceeded/i.test(msg);
}

export class OfficeAdapter implements WorkbookPort {
  readonly kind = "excel" as const;
  /** context.sync calls made by the last readSnapshot (reported in the pane's details and checked by tests). */
  lastReadSyncs = 0;
  private caps: Capabilities;
  private ownWritesUntil = 0;

  constructor(private host: OfficeHost) {
    const v = (n: string) => host.isSetSupported("ExcelApi", n);
    this.caps = {
      read: need(v("1.4"), "1.4", "Membaca workbook", "Reading the workbook"),
      select: { ok: true },
      selectRelated: need(v("1.9"), "1.9", "Memilih sel terkait sekaligus", "Selecting related cells together"),
      highlight: need(v("1.9"), "1.9", "Menandai sel dan memulihkan formatnya persis", "Marking cells and restoring their exact format"),
      report: { ok: true },
      reportLinks: need(v("1.7"), "1.7", "Tautan dari laporan ke sel", "Links from the report to the cells"),
      merges: need(v("1.13"), "1.13", "Membaca sel gabungan (merge)", "Reading merged cells"),
      watch: need(v("1.9"), "1.9", "Validasi ulang otomatis saat workbook berubah", "Re-validating when the workbook changes"),
      persist: { ok: true },
    };
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  private check(signal?: AbortSignal) {
    if (signal?.aborted) throw new CancelledError();
  }

  async readSnapshot(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    if (!this.caps.read.ok) throw new PortError(this.caps.read.reason!);
    this.check(signal);
    const mergesOk = this.caps.merges.ok;
    let syncs = 0;
    const snapshot = await this.host.run(async (context) => {
      const sync = async () => {
        this.check(signal);
        syncs++;
        await context.sync();
        this.check(signal);
      };
      // 1: the sheets.
      const wss = context.workbook.worksheets;
      wss.load("items/name,items/visibility");
      await sync();
      const sheets = wss.items;
      // 2: every sheet's used range (values only: formatting alone does not make a cell used) and merged areas.
      const usedProxies = sheets.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true);
        r.load("address");
        return r;
      });
      const mergeProxies = mergesOk
        ? sheets.map((ws) => {
            const m = ws.getRange().getMergedAreasOrNullObject();
            m.load("address");
            return m;
          })
        : [];
      await sync();
      const used = usedProxies.map((r) => (r.isNullObject ? null : parseArea(r.address)));
      const total = used.reduce((n, a) => n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
      if (total > MAX_CELLS) {
        throw new PortError({
          id: `Workbook ini terlalu besar untuk divalidasi di Excel (${total.toLocaleString("id-ID")} sel terpakai, batas ${MAX_CELLS.toLocaleString("id-ID")}). Hapus sheet yang tidak diperlukan atau gunakan alat baris perintah (sakip-validate).`,
          en: `This workbook is too large to validate in Excel (${total.toLocaleString("en-US")} used cells, limit ${MAX_CELLS.toLocaleString("en-US")}). Remove sheets you do not need or use the command-line tool (sakip-validate).`,
        });
      }
      const merges: MergedArea[][] = sheets.map((_, i) => {
        const m = mergeProxies[i];
        if (!m || m.isNullObject || !m.address) return [];
        return splitAreas(m.address)
          .map((s) => parseArea(s))
          .filter((a): a is Area => a !== null && (a.bottom > a.top || a.right > a.left));
      });

      // 3..: the cells, in as few requests as the size allows (one for most workbooks).
      const cells: Cell[][] = sheets.map(() => []);
      const remaining = sheets.map(() => 0);
      const batches = planBatches(used);
      for (const batch of batches) for (const b of batch) remaining[b.sheet]++;
      let cellsRead = 0;
      let sheetsDone = 0;
      const finish = (i: number) => {
        sheetsDone++;
        onProgress?.({ sheetsDone, sheetsTotal: sheets.length, sheet: sheets[i].name, cells: cellsRead });
      };
      used.forEach((a, i) => {
        if (!a) finish(i);
      });
      const readBatch = async (batch: Block[], depth: number): Promise<void> => {
        const proxies = batch.map((b) => {
          const r = sheets[b.sheet].getRange(`${toA1(b.top, b.left)}:${toA1(b.top + b.rows - 1, b.left + b.cols - 1)}`);
          r.load("values,numberFormat,valueTypes,formulas");
          return r;
        });
        try {
          await sync();
        } catch (e) {
          // A request or response over Excel's 5 MB limit (long texts): halve and retry, a few times at most.
          if (!isPayloadError(e) || depth >= 6) throw e;
          const halves = splitBatch(batch);
          if (!halves) throw e;
          for (const h of halves) await readBatch(h, depth + 1);
          return;
        }
        batch.forEach((b, k) => {
          const r = proxies[k];
          const out = cells[b.sheet];
          for (let i = 0; i < b.rows; i++) {
            const vals = r.values[i];
            for (let j = 0; j < b.cols; j++) {
              const vt = String(r.valueTypes[i][j]);
              const value = vals[j];
              if (vt === "Empty" || value === "" || value === null || value === undefined) continue;
              const nf = String(r.numberFormat[i][j] ?? "");
              const type = cellType(vt, value, nf);
              const cell: Cell = {
                row: b.top + i,
                col: b.left + j,
                value: type === "date" ? serialToIso(value as number) : (value as Cell["value"]),
                type,
              };
              if (nf && !/^general$/i.test(nf)) cell.numberFormat = nf;
              // Displayed text computed like the .xlsx reader does (Indonesian), so both paths agree.
              if (type === "string" || type === "error") cell.text = String(value);
              else {
                const shown = displayText(cell.value, nf, { isDate: type === "date" });
                if (shown !== undefined) cell.text = shown;
              }
              const f = r.formulas[i][j];
              if (typeof f === "string" && f.startsWith("=")) cell.formula = f;
              out.push(cell);
            }
          }
          cellsRead += blockCells(b);
          if (--remaining[b.sheet] === 0) finish(b.sheet);
        });
      };
      for (const batch of batches) await readBatch(batch, 0);

      const out: SheetSnapshot[] = sheets.map((ws, i) => {
        const a = used[i];
        const list = cells[i];
        list.sort((p, q) => p.row - q.row || p.col - q.col);
        return {
          name: ws.name,
          visibility: ws.visibility === "Hidden" ? "hidden" : ws.visibility === "VeryHidden" ? "veryHidden" : "visible",
          rowCount: a ? a.bottom + 1 : 0,
          colCount: a ? a.right + 1 : 0,
          cells: list,
          merges: merges[i],
        };
      });
      return { name: this.host.documentName || "Workbook", sheets: out };
    });
    this.lastReadSyncs = syncs;
    return snapshot;
  }

  async selectCell(sheet: string, address: string, related: CellRef[] = []): Promise<void> {
    try {
      await this.host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        const same = related.filter((r) => r.sheet === sheet && r.cell !== address).map((r) => r.cell);
        if (same.length && this.caps.selectRelated.ok) {
          // Main cell first so it becomes the active cell.
          ws.getRanges([address, ...same].join(",")).select();
        } else {
          ws.getRange(address).select();
        }
        await context.sync();
      });
    } catch (e) {
      // A hidden sheet cannot be activated; a renamed or deleted one cannot be found: say which.
      const state = await this.host
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
          ws.load("visibility");
          await context.sync();
          return ws.isNullObject ? "missing" : ws.visibility;
        })
        .catch(() => "unknown");
      if (state === "missing") throw new PortError({ id: `Sheet "${sheet}" tidak ditemukan; validasi ulang workbook.`, en: `Sheet "${sheet}" was not found; validate the workbook again.` });
      if (state === "Hidden" || state === "VeryHidden") {
        throw new PortError({
          id: `Sheet "${sheet}" tersembunyi. Tampilkan dulu (klik kanan tab sheet > Unhide) untuk membuka sel ${address}.`,
          en: `Sheet "${sheet}" is hidden. Unhide it first to go to cell ${address}.`,
        });
      }
      throw e;
    }
  }

  private readMarks(): Mark[] {
    const raw = this.host.settings.get(MARKS_KEY);
    return Array.isArray(raw) ? (raw as Mark[]) : [];
  }

  private async persist(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.host.settings.saveAsync((r) =>
        String(r.status) === "failed" ? reject(new Error(r.error?.message || "saveAsync failed")) : resolve(),
      ),
    );
  }

  async hasHighlight(): Promise<boolean> {
    return this.readMarks().length > 0;
  }

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    if (!this.caps.highlight.ok) throw new PortError(this.caps.highlight.reason!);
    const marks = this.readMarks();
    const marked = new Set(marks.map((m) => `${m.s}\u0000${m.a}`));
    // One mark per CELL (ranges expanded): overlapping findings, or marking twice, never save our own paint
    // as an "original". Strongest severity per cell.
    const wanted = new Map<string, { sheet: string; address: string; severity: Severity }>();
    let skipped = 0;
    for (const f of findings) {
      const area = parseArea(f.cell);
      if (!area) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const address = toA1(r, c);
          const key = `${f.sheet}\u0000${address}`;
          if (marked.has(key)) continue;
          const prev = wanted.get(key);
          if (!prev) {
            if (marks.length + wanted.size >= MAX_MARKS) {
              skipped++;
              continue;
            }
            wanted.set(key, { sheet: f.sheet, address, severity: f.severity });
          } else if (severityRank(f.severity) < severityRank(prev.severity)) prev.severity = f.severity;
        }
      }
    }
    const targets = [...wanted.values()];
    if (!targets.length) return { painted: 0, skipped };
    return this.host.run(async (context) => {
      // 1: which sheets exist and are unprotected (painting a protected sheet fails the whole batch).
      const wss = context.workbook.worksheets;
      wss.load("items/name,items/id,items/protection/protected");
      await context.sync();
      const open = new Map(wss.items.filter((w) => !w.protection.protected).map((w) => [w.name, w]));
      const live = targets.filter((t) => open.has(t.sheet));
      skipped += targets.length - live.length;
      // 2: the exact fill of every target cell, before anything changes.
      const props = live.map((t) =>
        open
          .get(t.sheet)!
          .getRange(t.address)
          .getCellProperties({
            format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
          }),
      );
      await context.sync();
      const paint: typeof live = [];
      live.forEach((t, k) => {
        const fills = props[k].value.map((row) => row.map((c) => ({ ...(c.format?.fill ?? {}) })));
        // A gradient cannot be written back through setCellProperties: leave such cells alone.
        if (fills.some((row) => row.some((f) => /Gradient/i.test(String(f.pattern))))) {
          skipped++;
          return;
        }
        marks.push({ s: t.sheet, i: open.get(t.sheet)!.id, a: t.address, f: fills, p: MARK_COLOURS[t.severity] });
        paint.push(t);
      });
      // Save the originals with the workbook BEFORE painting: an interruption can always be undone.
      this.host.settings.set(MARKS_KEY, marks);
      await this.persist();
      // 3: paint.
      for (const t of paint) open.get(t.sheet)!.getRange(t.address).format.fill.color = MARK_COLOURS[t.severity];
      await context.sync();
      return { painted: paint.length, skipped };
    });
  }

  async clearHighlight(): Promise<number> {
    const marks = this.readMarks();
    if (!marks.length) return 0;
    const restored = await this.host.run(async (context) => {
      // 1: the sheets, by id (survives a rename) and by name.
      const wss = context.workbook.worksheets;
      wss.load("items/name,items/id");
      await context.sync();
      const byId = new Map(wss.items.map((w) => [w.id, w]));
      const byName = new Map(wss.items.map((w) => [w.name, w]));
      // 2: what each marked cell shows now.
      const cells: Array<{ ws: Excel.Worksheet; address: string; fill: FillProps; painted?: string; now: Excel.CellPropertiesLoadOptions & { value?: Excel.CellProperties[][] } }> = [];
      for (const m of marks) {
        const ws = (m.i && byId.get(m.i)) || byName.get(m.s);
        const area = parseArea(m.a);
        if (!ws || !area) continue; // sheet deleted since: nothing to restore
        m.f.forEach((row, i) =>
          row.forEach((fill, j) => {
            const address = toA1(area.top + i, area.left + j);
            const now = ws.getRange(address).getCellProperties({ format: { fill: { color: true, pattern: true } } });
            cells.push({ ws, address, fill, painted: m.p, now: now as never });
          }),
        );
      }
      await context.sync();
      // 3: put back the original wherever our paint is still there; a fill the user chose since is theirs.
      let n = 0;
      for (const c of cells) {
        const cur = c.now.value?.[0]?.[0]?.format?.fill;
        const ours = !c.painted || (String(cur?.color).toUpperCase() === c.painted.toUpperCase() && cur?.pattern === "Solid");
        if (!ours) continue;
        const range = c.ws.getRange(c.address);
        // "None" is written back by clearing; every other fill is written back as it was read.
        range.format.fill.clear();
        if (c.fill.pattern !== "None") range.setCellProperties([[{ format: { fill: c.fill } }]]);
        n++;
      }
      await context.sync();
      return n;
    });
    this.host.settings.remove(MARKS_KEY);
    await this.persist();
    return restored;
  }

  async writeReport(findings: Finding[], meta: ReportMeta): Promise<string> {
    const en = meta.language === "en";
    const links = this.caps.reportLinks.ok;
    this.ownWritesUntil = Date.now() + 5000;
    return this.host.run(async (context) => {
      const wss = context.workbook.worksheets;
      wss.load("items/name");
      await context.sync();
      const name = freeSheetName(wss.items.map((w) => w.name));
      const ws = wss.add(name);
      const head = en
        ? ["No", "Severity", "Rule", "Sheet", "Cell", "Message", "Expected", "Actual", "Difference", "Suggestion"]
        : ["No", "Tingkat", "Aturan", "Sheet", "Sel", "Pesan", "Seharusnya", "Tertulis", "Selisih", "Saran"];
      const sev: Record<Severity, string> = en
        ? { error: "Error", warning: "Warning", info: "Info" }
        : { error: "Galat", warning: "Peringatan", info: "Info" };
      const title = [
        [en ? "Validation report" : "Laporan Validasi"],
        [`${en ? "Workbook" : "Workbook"}: ${meta.workbookName}`],
        [`${en ? "Created" : "Dibuat"}: ${meta.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`],
        [`${en ? "Findings" : "Temuan"}: ${findings.length}`],
      ];
      const top = title.length + 1; // blank row, then the table header
      const rows = findings.map((f, i) => [
        i + 1,
        sev[f.severity],
        f.rule,
        f.sheet,
        f.cell,
        en ? f.messageEn : f.message,
        f.expected ?? "",
        f.actual ?? "",
        // A non-finite number would make Excel refuse the whole request.
        typeof f.difference === "number" && Number.isFinite(f.difference) ? f.difference : "",
        f.suggestion ?? "",
      ]);
      // Text columns are formatted as text first, and every text is escaped: nothing we write is ever a formula.
      const text = (v: string | number) => (typeof v === "string" ? asCellText(v) : v);
      const titleRange = ws.getRange(`A1:A${title.length}`);
      titleRange.numberFormat = title.map(() => ["@"]);
      titleRange.values = title.map((r) => r.map(text));
      titleRange.format.font.bold = true;
      const head1 = ws.getRange(`A${top + 1}:J${top + 1}`);
      head1.numberFormat = [head.map(() => "@")];
      head1.values = [head.map(text)];
      head1.format.font.bold = true;
      // Rows go out in requests of about REPORT_REQUEST_BYTES: a report of thousands of findings must not
      // pass Excel on the web's 5 MB limit (values + formats + links are all in the request).
      const fmt = ["0", "@", "@", "@", "@", "@", "@", "@", "#,##0.##", "@"];
      let from = 0;
      let bytes = 0;
      const flush = async (to: number) => {
        if (to <= from) return;
        const first = top + 2 + from;
        const range = ws.getRange(`A${first}:J${first + (to - from) - 1}`);
        const chunk = rows.slice(from, to);
        range.numberFormat = chunk.map(() => fmt);
        range.values = chunk.map((r) => r.map(text));
        if (links) {
          for (let i = from; i < to; i++) {
            const f = findings[i];
            ws.getRange(`E${top + 2 + i}`).hyperlink = {
              documentReference: qualify(f.sheet, f.cell),
              textToDisplay: f.cell,
              screenTip: en ? `Go to ${f.sheet}!${f.cell}` : `Buka ${f.sheet}!${f.cell}`,
            };
          }
        }
        from = to;
        bytes = 0;
      };
      for (let i = 0; i < rows.length; i++) {
        // JSON of the values, the formats (~60 bytes), a link (~2x the address and sheet) and per-op overhead.
        const rowBytes = JSON.stringify(rows[i]).length + 60 + (links ? 2 * (findings[i].sheet.length + findings[i].cell.length) + 200 : 0);
        if (bytes + rowBytes > REPORT_REQUEST_BYTES && i > from) {
          await flush(i);
          await context.sync();
        }
        bytes += rowBytes;
      }
      await flush(rows.length);
      ws.getRange("A:J").format.autofitColumns();
      ws.activate();
      await context.sync();
      return name;
    });
  }

  async loadSettings(): Promise<StoredSettings> {
    const raw = this.host.settings.get(SETTINGS_KEY) as Partial<StoredSettings> | null;
    if (!raw || typeof raw !== "object") return { ...DEFAULT_STORED };
    return {
      validation: raw.validation && typeof raw.validation === "object" ? raw.validation : {},
      autoValidate: raw.autoValidate === true,
    };
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.host.settings.set(SETTINGS_KEY, settings);
    await this.persist();
  }

  async loadIgnored(): Promise<string[]> {
    const raw = this.host.settings.get(IGNORED_KEY);
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : [];
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    this.host.settings.set(IGNORED_KEY, [...new Set(fingerprints)]);
    await this.persist();
  }

  async onChanged(listener: () => void, debounceMs = 1500): Promise<() => void> {
    if (!this.caps.watch.ok) throw new PortError(this.caps.watch.reason!);
    const precise = this.host.isSetSupported("ExcelApi", "1.14");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = async (e: Excel.WorksheetChangedEventArgs) => {
      // Our own writes (the report sheet) are not the user's changes.
      if (precise ? e.triggerSource === "ThisLocalAddin" : Date.now() < this.ownWritesUntil) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(listener, debounceMs);
    };
    const registration = await this.host.run(async (context) => {
      const h = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return h;
    });
    return () => {
      if (timer) clearTimeout(timer);
      // A handler is removed in the context it was added in.
      registration.remove();
      void registration.context.sync().catch(() => undefined);
    };
  }
}

/** Halve a batch: by blocks if it has several, else by the rows of its one block. */
function splitBatch(batch: Block[]): [Block[], Block[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const b = batch[0];
  if (b.rows < 2) return null;
  const h = Math.floor(b.rows / 2);
  return [[{ ...b, rows: h }], [{ ...b, top: b.top + h, rows: b.rows - h }]];
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
