// The one in-memory Excel for the adapter's tests, the reliability tests and the bench. It behaves like Office.js where
// mistakes could hide:
// - writes are QUEUED and applied only by context.sync(), in order, each journalled with its sheet and cell (a batch
//   that throws before its sync changes nothing; Excel.run syncs what is left after a batch that succeeds);
// - loads are answered at sync; with `strictLoads` a property read before load+sync throws, as Office does;
// - every sync is metered (request bytes: the JSON of what was queued; response bytes: the JSON of what was loaded)
//   and a request or response over 5 MB fails with PayloadSizeLimitExceeded, applying nothing;
// - numbers must be finite, a new sheet name must be unique (case-insensitive), protected sheets refuse writes,
//   hidden sheets refuse activation; API sets newer than the chosen ExcelApi version throw.
// Any API the adapter uses that this fake lacks throws, naming it.
import type { OfficeHost } from "../../../src/excel/office/host";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { a1 } from "../../../src/core/workbook/a1";
import {
  NO_FILL,
  area,
  areaAddress,
  cellKey,
  quoteSheet,
  sheetsFromSnapshot,
  usedArea,
  valueTypeOf,
  type CellInput,
  type FakeCell,
  type FakeSheet,
  type Write,
} from "./model";

export * from "./model";

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeOptions {
  /** Highest ExcelApi requirement set supported, e.g. "1.7" (Office 2019), "1.14" (Office 2021). Default "1.14". */
  api?: string;
  /** A property read before load + sync throws (Office's PropertyNotLoaded). Default false. */
  strictLoads?: boolean;
  documentName?: string;
  /** Separator formulasLocal shows (";" for an Indonesian Excel). Default ",". */
  listSeparator?: "," | ";";
  /**
   * Model Excel's apostrophe: a text written as "'100%" is held as "100%" marked `quotePrefix` (what Excel does).
   * Default false: the apostrophe stays in the value, where tests look for it.
   */
  quotePrefix?: boolean;
}

export interface RequestMeter {
  syncs: number;
  requests: { requestBytes: number; responseBytes: number; refused: boolean }[];
}

function unsupported(path: string): never {
  throw new Error(`fake Excel: unsupported API ${path}`);
}

function fail(code: string, message: string): never {
  throw Object.assign(new Error(`fake Excel: ${code}: ${message}`), { code });
}

/** Wraps an object so that reading an unknown property throws (the adapter must not rely on what we do not fake). */
function strict<T extends object>(obj: T, path: string): T {
  return new Proxy(obj, {
    get(target, prop, recv) {
      if (typeof prop === "symbol" || prop in target || prop === "then" || prop === "toJSON") return Reflect.get(target, prop, recv);
      return unsupported(`${path}.${String(prop)}`);
    },
  });
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** Every cell change applied, in order. */
  journal: Write[] = [];
  syncs = 0;
  /** Bytes each sync sent (writes and loads queued) and received (loaded properties). */
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Syncs (1-based) refused for passing the 5 MB limit. */
  refused: number[] = [];
  /** Called at the start of every sync with its number (tests abort or fail at a chosen moment). */
  beforeSync?: (n: number) => void;
  /** Called at each document-settings save (tests check what was saved before the cells changed). */
  onSettingsSave?: () => void;
  settingsStore = new Map<string, unknown>();
  settingsSaves = 0;
  /** The active sheet, what was selected ("Sheet!A1", "Sheet!A1,B2"), each activation. */
  active = "";
  selected: string[] = [];
  activated: string[] = [];
  changeHandlers: Array<(e: { triggerSource?: string }) => unknown> = [];
  /**
   * The fake does not calculate. A formula written into a cell takes the value `calculate` gives, else the value the
   * cell showed the last time it held that same formula (so an undo that puts a formula back shows its old value).
   */
  calculate?: (sheet: string, cell: string, formula: string) => FakeCell["value"] | undefined;
  private lastValues = new Map<string, FakeCell["value"]>();
  readonly options: Required<FakeOptions>;

  constructor(options: FakeOptions = {}) {
    this.options = { api: "1.14", strictLoads: false, documentName: "uji.xlsx", listSeparator: ",", quotePrefix: false, ...options };
  }

  /** A fake holding the cells of a snapshot (what the .xlsx reader read). */
  static fromSnapshot(wb: WorkbookSnapshot, options: FakeOptions = {}): FakeExcel {
    const x = new FakeExcel({ documentName: wb.name, ...options });
    for (const s of sheetsFromSnapshot(wb, x.options.quotePrefix)) x.sheets.push({ ...s, id: x.nextId() });
    return x;
  }

  get meter(): RequestMeter {
    return { syncs: this.syncs, requests: this.requestBytes.map((requestBytes, i) => ({ requestBytes, responseBytes: this.responseBytes[i] ?? 0, refused: this.refused.includes(i + 1) })) };
  }

  private nextId(): string {
    return `{${String(this.sheets.length + 1).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }

  supports(version: string): boolean {
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.options.api.split(".").map(Number);
    return a < x || (a === x && b <= y);
  }

  need(version: string, what: string): void {
    if (!this.supports(version)) unsupported(`${what} (needs ExcelApi ${version}, this Excel has ${this.options.api})`);
  }

  /** Cells by A1 address: `{ B2: { value: 1672255000, numberFormat: "#,##0" } }`. */
  addSheet(name: string, cells: Record<string, CellInput> = {}, opts: Partial<FakeSheet> = {}): FakeSheet {
    const s: FakeSheet = { id: this.nextId(), name, visibility: "Visible", protected: false, cells: new Map(), merges: [], conditionalFormats: [], charts: [], ...opts };
    for (const [ref, c] of Object.entries(cells)) {
      const { top, left } = area(ref);
      s.cells.set(cellKey(top, left), { numberFormat: "General", fill: { ...NO_FILL }, ...c });
    }
    this.sheets.push(s);
    return s;
  }

  /** Cells by rows, A1 first: numbers, texts, booleans, or full cells; null or "" leaves a cell empty. */
  addRows(name: string, rows: Array<Array<CellInput | number | string | boolean | null>>, opts: Partial<FakeSheet> = {}): FakeSheet {
    const cells: Record<string, CellInput> = {};
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        cells[a1(r, c)] = typeof v === "object" ? v : { value: v };
      }),
    );
    return this.addSheet(name, cells, opts);
  }

  /** What the user does between two clicks in the pane. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** The user types into a cell. */
  type(sheet: string, ref: string, value: FakeCell["value"]): void {
    const { top, left } = area(ref);
    const c = this.cell(this.sheet(sheet), top, left);
    c.value = value;
    c.formula = undefined;
  }

  /** Excel raises a change event (the user's or the add-in's own write). */
  fireChange(triggerSource = "Unknown"): void {
    for (const h of [...this.changeHandlers]) void h({ triggerSource });
  }

  /** A deep, comparable picture of everything a user could lose. */
  state(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: [...s.merges],
      conditionalFormats: JSON.parse(JSON.stringify(s.conditionalFormats)),
      charts: JSON.parse(JSON.stringify(s.charts)),
      cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
    }));
  }

  /** The fills of every cell, as one comparable string. */
  fills(): string {
    return JSON.stringify(this.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.fill]).sort()]));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name || x.id === name);
    if (!s) fail("ItemNotFound", `sheet "${name}"`);
    return s;
  }

  /** The cell at an A1 address, if it holds anything. */
  at(sheet: string, ref: string): FakeCell | undefined {
    const { top, left } = area(ref);
    return this.sheet(sheet).cells.get(cellKey(top, left));
  }

  /** Non-empty cells held. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + [...s.cells.values()].filter((c) => c.value !== "").length, 0);
  }

  /** Used-range cells (what a reader must transfer, empty cells inside the range included). */
  usedCellCount(): number {
    return this.sheets.reduce((n, s) => {
      const a = usedArea(s);
      return n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0);
    }, 0);
  }

  cell(s: FakeSheet, r: number, c: number): FakeCell {
    const k = cellKey(r, c);
    let cell = s.cells.get(k);
    if (!cell) {
      cell = { value: "", numberFormat: "General", fill: { ...NO_FILL } };
      s.cells.set(k, cell);
    }
    return cell;
  }

  host(): OfficeHost {
    const self = this;
    return {
      isSetSupported: (name: string, version: string) => name === "ExcelApi" && self.supports(version),
      documentName: this.options.documentName,
      settings: {
        get: (k: string) => (self.settingsStore.has(k) ? JSON.parse(JSON.stringify(self.settingsStore.get(k))) : null),
        set: (k: string, v: unknown) => void self.settingsStore.set(k, JSON.parse(JSON.stringify(v))),
        remove: (k: string) => void self.settingsStore.delete(k),
        saveAsync: ((cb?: (r: { status: string }) => void) => {
          self.settingsSaves++;
          self.onSettingsSave?.();
          cb?.({ status: "succeeded" });
        }) as any,
      },
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new FakeContext(self);
        const result = await batch(ctx as unknown as Excel.RequestContext); // a throw discards the queue
        if (ctx.pending()) await ctx.sync();
        return result;
      },
    };
  }

  // ---- used by the context ----
  readRange(sheet: string, ref: string, fields: string[]): Record<string, unknown> {
    const s = this.sheet(sheet);
    const a = area(ref);
    const out: Record<string, unknown> = { address: `${quoteSheet(s.name)}!${areaAddress(a)}` };
    const grid = fields.some((f) => f !== "address");
    if (!grid) return out;
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    if (rows * cols > 5_000_000) fail("ResponsePayloadSizeLimitExceeded", "range over 5 million cells");
    const want = (f: string) => fields.includes(f);
    const values: unknown[][] = [], formulas: unknown[][] = [], local: unknown[][] = [], numberFormat: unknown[][] = [], valueTypes: unknown[][] = [], text: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const v: unknown[] = [], f: unknown[] = [], l: unknown[] = [], n: unknown[] = [], t: unknown[] = [], x: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const cell = s.cells.get(cellKey(r, c));
        const value = cell?.value ?? "";
        v.push(value);
        f.push(cell?.formula ?? value);
        l.push(cell?.formula ? this.localFormula(cell.formula) : value);
        n.push(cell?.numberFormat ?? "General");
        t.push(valueTypeOf(cell));
        x.push(String(value));
      }
      values.push(v); formulas.push(f); local.push(l); numberFormat.push(n); valueTypes.push(t); text.push(x);
    }
    if (want("values")) out.values = values;
    if (want("formulas")) out.formulas = formulas;
    if (want("formulasLocal")) out.formulasLocal = local;
    if (want("numberFormat")) out.numberFormat = numberFormat;
    if (want("valueTypes")) out.valueTypes = valueTypes;
    if (want("text")) out.text = text;
    return out;
  }

  /** The user's notation: "," between arguments becomes ";" outside quoted text (decimals are not rewritten). */
  localFormula(f: string): string {
    if (this.options.listSeparator === ",") return f;
    let quoted = false;
    let out = "";
    for (const ch of f) {
      if (ch === '"') quoted = !quoted;
      out += ch === "," && !quoted ? ";" : ch;
    }
    return out;
  }

  usedAddress(sheet: string): string | null {
    const s = this.sheet(sheet);
    const a = usedArea(s);
    return a ? `${quoteSheet(s.name)}!${areaAddress(a)}` : null;
  }

  mergedAddress(sheet: string): string | null {
    const s = this.sheet(sheet);
    return s.merges.length ? s.merges.map((m) => `${quoteSheet(s.name)}!${m}`).join(",") : null;
  }

  forEachCell(sheet: string, ref: string, fn: (c: FakeCell, r: number, col: number) => void): void {
    const s = this.sheet(sheet);
    const a = area(ref);
    for (let r = a.top; r <= Math.min(a.bottom, a.top + 100000); r++) for (let c = a.left; c <= a.right; c++) fn(this.cell(s, r, c), r, c);
  }

  write(sheet: string, ref: string, what: string, fn: (c: FakeCell, i: number, j: number) => void): void {
    const s = this.sheet(sheet);
    if (s.protected) fail("AccessDenied", `sheet "${s.name}" is protected (${what} ${ref})`);
    const a = area(ref);
    this.forEachCell(sheet, ref, (c, r, cc) => {
      this.journal.push({ sheet: s.name, cell: a1(r, cc), what });
      fn(c, r - a.top, cc - a.left);
    });
  }

  /** A formula goes into a cell: remember what the old one showed, and show what the new one would. */
  setFormula(sheet: string, c: FakeCell, r: number, col: number, formula: string): void {
    const s = this.sheet(sheet);
    if (c.formula) this.lastValues.set(`${s.id}!${r},${col}|${c.formula}`, c.value);
    c.formula = formula;
    const v = this.calculate?.(s.name, a1(r, col), formula) ?? this.lastValues.get(`${s.id}!${r},${col}|${formula}`);
    if (v !== undefined) c.value = v;
  }

  /** A constant goes into a cell that may have held a formula. */
  clearFormula(sheet: string, c: FakeCell, r: number, col: number): void {
    if (c.formula) this.lastValues.set(`${this.sheet(sheet).id}!${r},${col}|${c.formula}`, c.value);
    c.formula = undefined;
  }

  addSheetByApi(name: string): void {
    if (this.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) fail("ItemAlreadyExists", `"${name}"`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) fail("InvalidArgument", `sheet name "${name}"`);
    this.journal.push({ sheet: name, cell: "*", what: "add sheet" });
    this.addSheet(name);
  }
}

/** Strict loads on: for tests that prove every property read was loaded and synced first. */
export class StrictFakeExcel extends FakeExcel {
  constructor(options: FakeOptions = {}) {
    super({ strictLoads: true, ...options });
  }

  static fromSnapshot(wb: WorkbookSnapshot, options: FakeOptions = {}): FakeExcel {
    return FakeExcel.fromSnapshot(wb, { strictLoads: true, ...options });
  }
}

type Op = () => void;

function fieldsOf(spec: unknown): string[] {
  if (!spec) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === "object") return Object.keys(spec as object);
  return [];
}

class FakeContext {
  private queue: Op[] = [];
  /** Loads answered at the next sync; each returns what it loaded (metered as the response). */
  private loads: Array<() => unknown> = [];
  private requestLog: unknown[] = [];
  workbook: any;

  constructor(private x: FakeExcel) {
    const ctx = this;
    const collection: any = {
      _items: null as any[] | null,
      get items() {
        if (!this._items) {
          if (x.options.strictLoads) unsupported("worksheets.items before load+sync");
          return x.sheets.map((s) => ctx.worksheet(s.name, true));
        }
        return this._items;
      },
      load(props?: unknown) {
        ctx.request({ op: "load", on: "worksheets", props });
        ctx.loads.push(() => {
          collection._items = x.sheets.map((s) => ctx.worksheet(s.name, true));
          return x.sheets.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
        });
        return collection;
      },
      getItem: (name: string) => ctx.worksheet(name, false),
      getItemOrNullObject: (name: string) => {
        const ws = ctx.worksheet(name, false);
        let isNull: boolean | undefined;
        ctx.loads.push(() => (isNull = !x.sheets.some((s) => s.name === name || s.id === name)));
        return new Proxy(ws, {
          get: (t, p, r) => (p === "isNullObject" ? (isNull ?? unsupported("isNullObject before sync")) : Reflect.get(t, p, r)),
        });
      },
      add: (name: string) => {
        ctx.request({ op: "add sheet", name });
        ctx.queue.push(() => x.addSheetByApi(name));
        return ctx.worksheet(name, false);
      },
      onChanged: {
        add: (h: any) => {
          x.need("1.7", "worksheets.onChanged");
          x.changeHandlers.push(h);
          const registration = {
            remove: () => {
              const i = x.changeHandlers.indexOf(h);
              if (i >= 0) x.changeHandlers.splice(i, 1);
            },
            context: { sync: async () => undefined },
          };
          return registration;
        },
      },
    };
    this.workbook = strict({ worksheets: strict(collection, "worksheets") }, "workbook");
  }

  pending(): boolean {
    return this.queue.length > 0 || this.loads.length > 0;
  }

  request(entry: unknown): void {
    this.requestLog.push(entry);
  }

  async sync(): Promise<void> {
    const x = this.x;
    x.beforeSync?.(x.syncs + 1);
    x.syncs++;
    const requestBytes = JSON.stringify(this.requestLog).length;
    const ops = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    this.requestLog = [];
    x.requestBytes.push(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT) {
      x.responseBytes.push(0);
      x.refused.push(x.syncs);
      fail("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    // Writes and loads run in the order they were queued: loads queued after a write see it.
    let responseBytes = 0;
    const answers: unknown[] = [];
    try {
      for (const op of ops) op();
    } finally {
      for (const l of loads) answers.push(l());
      responseBytes = JSON.stringify(answers).length;
      x.responseBytes.push(responseBytes);
    }
    if (responseBytes > PAYLOAD_LIMIT) x.refused.push(x.syncs);
    if (responseBytes > PAYLOAD_LIMIT) fail("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    await Promise.resolve();
  }

  worksheet(name: string, loaded: boolean): any {
    const ctx = this;
    const x = this.x;
    const find = () => x.sheets.find((s) => s.name === name || s.id === name);
    let snap = loaded ? find() : undefined;
    const prop = <T>(what: string, get: (s: FakeSheet) => T): T => {
      if (snap) return get(snap);
      if (x.options.strictLoads) unsupported(`worksheet.${what} not loaded`);
      const s = find();
      return s ? get(s) : unsupported(`worksheet.${what} of missing sheet ${name}`);
    };
    const ws: any = {
      get name() {
        return snap ? snap.name : name;
      },
      get id() {
        return prop("id", (s) => s.id);
      },
      get visibility() {
        return prop("visibility", (s) => s.visibility);
      },
      protection: {
        get protected() {
          return prop("protection.protected", (s) => s.protected);
        },
      },
      load(props?: unknown) {
        ctx.request({ op: "load", on: `worksheet(${name})`, props });
        ctx.loads.push(() => {
          snap = find();
          return snap ? { name: snap.name, visibility: snap.visibility } : null;
        });
        return ws;
      },
      activate: () => {
        ctx.request({ op: "activate", on: name });
        ctx.queue.push(() => {
          const s = find() ?? fail("ItemNotFound", `sheet "${name}"`);
          if (s.visibility !== "Visible") fail("InvalidOperation", `sheet "${name}" is hidden`);
          x.active = s.name;
          x.activated.push(s.name);
        });
      },
      getRange: (ref?: string) => ctx.range(name, ref ?? "A1:XFD1048576"),
      getCell: (r: number, c: number) => ctx.range(name, a1(r, c)),
      getRanges: (refs: string) => {
        x.need("1.9", "worksheet.getRanges");
        return strict(
          {
            select: () => {
              ctx.request({ op: "select", on: name, refs });
              ctx.queue.push(() => {
                refs.split(",").forEach((r) => area(r));
                x.selected.push(`${find()?.name ?? name}!${refs}`);
              });
            },
          },
          "RangeAreas",
        );
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        x.need("1.4", "worksheet.getUsedRangeOrNullObject");
        const r: any = { _addr: undefined as string | null | undefined, _vo: valuesOnly };
        r.load = () => {
          ctx.request({ op: "load used range", on: name, valuesOnly });
          ctx.loads.push(() => (r._addr = x.usedAddress(name)));
          return r;
        };
        Object.defineProperty(r, "isNullObject", { get: () => (r._addr === undefined ? unsupported("isNullObject before sync") : r._addr === null) });
        Object.defineProperty(r, "address", { get: () => r._addr ?? unsupported("address of null object") });
        return strict(r, "usedRange");
      },
      charts: strict(
        {
          add: (type: string, source: any, seriesBy: string) => {
            x.need("1.1", "charts.add");
            const chart: any = { _title: undefined as string | undefined, _pos: undefined as [string, string] | undefined };
            const address = source?._ref ?? unsupported("charts.add with a source that is not a range");
            ctx.request({ op: "add chart", on: name, type, address, seriesBy });
            ctx.queue.push(() => {
              const s = find() ?? fail("ItemNotFound", `sheet "${name}"`);
              s.charts.push({ type, source: address, seriesBy });
              x.journal.push({ sheet: s.name, cell: "*", what: `add chart ${type}` });
              chart._model = s.charts[s.charts.length - 1];
            });
            chart.title = strict(
              {
                set text(v: string) {
                  ctx.request({ op: "chart title", v });
                  ctx.queue.push(() => (chart._model.title = v));
                },
              },
              "chart.title",
            );
            chart.setPosition = (from: string, to: string) => {
              ctx.request({ op: "chart position", from, to });
              ctx.queue.push(() => (chart._model.position = [from, to]));
            };
            return strict(chart, "chart");
          },
        },
        "worksheet.charts",
      ),
    };
    return strict(ws, `worksheet(${name})`);
  }

  range(sheet: string, ref: string): any {
    const ctx = this;
    const x = this.x;
    const loaded: Record<string, unknown> = {};
    const read = (p: string) => {
      if (p in loaded) return loaded[p];
      if (x.options.strictLoads) unsupported(`range.${p} read before load+sync`);
      return x.readRange(sheet, ref, [p])[p];
    };
    const finite = (v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v)) fail("InvalidArgument", `non-finite number in ${sheet}!${ref}`);
    };
    const matrix = (v: unknown, i: number, j: number): unknown => (Array.isArray(v) ? (v as unknown[][])[i]?.[j] : v);
    const set = (what: string, v: unknown, fn: (c: FakeCell, i: number, j: number) => void) => {
      ctx.request({ op: "set", on: `${sheet}!${ref}`, what, v });
      ctx.queue.push(() => x.write(sheet, ref, what, fn));
    };
    const origin = () => area(ref);
    const r: any = {
      _ref: ref,
      load(props?: unknown) {
        const fields = fieldsOf(props);
        ctx.request({ op: "load", on: `${sheet}!${ref}`, fields });
        ctx.loads.push(() => {
          const got = x.readRange(sheet, ref, fields.length ? fields : ["address"]);
          Object.assign(loaded, got);
          return got;
        });
        return r;
      },
      get values() {
        return read("values");
      },
      set values(v: unknown) {
        set("values", v, (c, i, j) => {
          const val = matrix(v, i, j);
          finite(val);
          // Excel's own rule: text after "=" becomes a formula unless the cell is formatted as text.
          const o = origin();
          if (typeof val === "string" && val.startsWith("=") && c.numberFormat !== "@") {
            x.setFormula(sheet, c, o.top + i, o.left + j, val);
            return;
          }
          x.clearFormula(sheet, c, o.top + i, o.left + j);
          c.value = val as FakeCell["value"];
          c.valueType = undefined;
          if (x.options.quotePrefix) {
            if (typeof val === "string" && val.startsWith("'")) {
              c.value = val.slice(1);
              c.quotePrefix = true;
            } else delete c.quotePrefix;
          }
        });
      },
      get formulas() {
        return read("formulas");
      },
      set formulas(v: unknown) {
        set("formulas", v, (c, i, j) => {
          const f = matrix(v, i, j);
          const o = origin();
          if (typeof f === "string" && f.startsWith("=")) x.setFormula(sheet, c, o.top + i, o.left + j, f);
          else {
            finite(f);
            x.clearFormula(sheet, c, o.top + i, o.left + j);
            c.value = f as FakeCell["value"];
          }
          c.valueType = undefined;
        });
      },
      get formulasLocal() {
        return read("formulasLocal");
      },
      get numberFormat() {
        return read("numberFormat");
      },
      set numberFormat(v: unknown) {
        set("numberFormat", v, (c, i, j) => (c.numberFormat = String(matrix(v, i, j))));
      },
      get valueTypes() {
        return read("valueTypes");
      },
      get text() {
        return read("text");
      },
      get address() {
        return read("address");
      },
      set hyperlink(v: unknown) {
        ctx.request({ op: "set", on: `${sheet}!${ref}`, what: "hyperlink", v, pad: "x".repeat(40) });
        ctx.queue.push(() => x.write(sheet, ref, "hyperlink", (c) => (c.hyperlink = v)));
      },
      isNullObject: false,
      select: () => {
        ctx.request({ op: "select", on: `${sheet}!${ref}` });
        ctx.queue.push(() => {
          area(ref);
          x.selected.push(`${x.sheet(sheet).name}!${ref}`);
        });
      },
      format: strict(
        {
          fill: strict(
            {
              set color(v: string) {
                set("fill", v, (c) => (c.fill = { ...NO_FILL, color: v, pattern: "Solid" }));
              },
              clear: () => set("fill", "clear", (c) => (c.fill = { ...NO_FILL })),
            },
            "range.format.fill",
          ),
          font: strict(
            {
              set bold(v: boolean) {
                set("bold", v, (c) => (c.bold = v));
              },
            },
            "range.format.font",
          ),
          autofitColumns: () => {
            ctx.request({ op: "autofit", on: `${sheet}!${ref}` });
            ctx.queue.push(() => x.journal.push({ sheet: x.sheet(sheet).name, cell: "*", what: `autofit ${ref}` }));
          },
        },
        "range.format",
      ),
      getCellProperties(spec: { format?: { fill?: Record<string, boolean>; font?: Record<string, boolean>; indentLevel?: boolean } }) {
        x.need("1.9", "range.getCellProperties");
        const result: any = { _v: undefined };
        Object.defineProperty(result, "value", { get: () => result._v ?? unsupported("getCellProperties().value before sync") });
        const format = spec?.format ?? {};
        const unknown = Object.keys(spec ?? {}).filter((k) => k !== "format")
          .concat(Object.keys(format).filter((k) => !["fill", "font", "indentLevel"].includes(k)))
          .concat(Object.keys(format.font ?? {}).filter((k) => k !== "bold"));
        if (unknown.length) unsupported(`getCellProperties ${unknown.join(", ")}`);
        const keys = Object.keys(format.fill ?? {});
        ctx.request({ op: "getCellProperties", on: `${sheet}!${ref}`, spec });
        ctx.loads.push(() => {
          const rows: any[][] = [];
          const a = area(ref);
          const s = x.sheet(sheet);
          for (let rr = a.top; rr <= a.bottom; rr++) {
            const row: any[] = [];
            for (let cc = a.left; cc <= a.right; cc++) {
              const c = s.cells.get(cellKey(rr, cc));
              const f = c?.fill ?? NO_FILL;
              const out: any = {};
              if (format.fill) {
                out.fill = {};
                for (const k of keys) out.fill[k] = (f as any)[k];
              }
              if (format.font) out.font = { bold: !!c?.bold };
              if (format.indentLevel) out.indentLevel = c?.indent ?? 0;
              row.push({ format: out });
            }
            rows.push(row);
          }
          result._v = rows;
          return rows;
        });
        return result;
      },
      setCellProperties(props: any[][]) {
        x.need("1.9", "range.setCellProperties");
        set("setCellProperties", props, (c, i, j) => {
          const p = props[i]?.[j];
          if (Object.keys(p ?? {}).some((k) => k !== "format") || Object.keys(p?.format ?? {}).some((k) => k !== "fill")) unsupported(`setCellProperties ${JSON.stringify(p)}`);
          if (p?.format?.fill) c.fill = { ...c.fill, ...p.format.fill };
        });
      },
      getMergedAreasOrNullObject() {
        x.need("1.13", "range.getMergedAreasOrNullObject");
        const m: any = { _addr: undefined as string | null | undefined };
        m.load = () => {
          ctx.request({ op: "load merged areas", on: sheet });
          ctx.loads.push(() => (m._addr = x.mergedAddress(sheet)));
          return m;
        };
        Object.defineProperty(m, "isNullObject", { get: () => (m._addr === undefined ? unsupported("merged isNullObject before sync") : m._addr === null) });
        Object.defineProperty(m, "address", { get: () => m._addr ?? "" });
        return strict(m, "mergedAreas");
      },
    };
    return strict(r, `range(${sheet}!${ref})`);
  }
}

/** What a cell-by-cell reader costs: one request per cell of every used range (plus the sheet list and ranges). */
export async function cellByCellRead(fake: FakeExcel, limitCells = Infinity): Promise<{ syncs: number; cellsRead: number }> {
  const before = fake.syncs;
  let cellsRead = 0;
  await fake.host().run(async (ctx) => {
    const wss = ctx.workbook.worksheets;
    wss.load("items/name");
    await ctx.sync();
    const used = wss.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address"));
    await ctx.sync();
    outer: for (let i = 0; i < used.length; i++) {
      const u = used[i];
      if (u.isNullObject) continue;
      const a = area(u.address);
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (cellsRead >= limitCells) break outer;
          const cell = wss.items[i].getCell(r, c);
          cell.load("values,numberFormat,valueTypes");
          await ctx.sync();
          cellsRead++;
        }
      }
    }
  });
  return { syncs: fake.syncs - before, cellsRead };
}
