// An in-memory Excel that behaves like Office.js where data loss could hide: writes are QUEUED and applied only by
// context.sync() (a batch that throws before its sync changes nothing; Excel.run syncs what is left after a batch
// that succeeds), properties can be read only after a sync loaded them, numbers must be finite, a new sheet name must be
// unique (case-insensitive), and every write is journalled with its sheet and cell so a test can prove which cells
// changed. Fills carry all five properties getCellProperties returns; conditional formats are kept per sheet so a test
// can check nothing touched them. Any API the adapter uses that this fake lacks throws, naming it.
import type { OfficeHost } from "../../src/excel/office-adapter";

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: Fill;
  bold?: boolean;
  hyperlink?: unknown;
}

export interface FakeSheet {
  /** Stable across renames, like Worksheet.id. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>; // "r,c" 0-based
  merges: string[]; // "A1:B2"
  conditionalFormats: unknown[];
}

export interface Write {
  sheet: string;
  cell: string; // A1 of one cell, or "*" for a sheet-level operation
  what: string;
}

const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const letters = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
export const a1 = (r: number, c: number): string => `${letters(c)}${r + 1}`;

/** "A1", "A1:C3", "A:J" (whole columns, bounded to 1.048.576 rows) -> 0-based bounds. */
export function area(ref: string): { top: number; left: number; bottom: number; right: number } {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(bare);
  if (cols) return { top: 0, left: col(cols[1]), bottom: 1048575, right: col(cols[2]) };
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(bare);
  if (!m) throw new Error(`fake Excel: InvalidArgument: address "${ref}"`);
  const t = Number(m[2]) - 1;
  const l = col(m[1]);
  const b = m[4] ? Number(m[4]) - 1 : t;
  const r = m[3] ? col(m[3]) : l;
  return { top: Math.min(t, b), left: Math.min(l, r), bottom: Math.max(t, b), right: Math.max(l, r) };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function unsupported(path: string): never {
  throw new Error(`fake Excel: unsupported API ${path}`);
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
  journal: Write[] = [];
  syncs = 0;
  /** Estimated request size (bytes of JSON written) of each sync, like Excel on the web meters it (5 MB limit). */
  requestBytes: number[] = [];
  /** Called at the start of every sync (tests use it to abort or fail at a chosen moment). */
  beforeSync?: (n: number) => void;
  settingsStore = new Map<string, unknown>();
  active = "";

  addSheet(name: string, cells: Record<string, Partial<FakeCell> & { value: FakeCell["value"] }> = {}, opts: Partial<FakeSheet> = {}): FakeSheet {
    const s: FakeSheet = { id: `{${String(this.sheets.length + 1).padStart(8, "0")}-0000-4000-8000-000000000000}`, name, visibility: "Visible", protected: false, cells: new Map(), merges: [], conditionalFormats: [], ...opts };
    for (const [ref, c] of Object.entries(cells)) {
      const { top, left } = area(ref);
      s.cells.set(`${top},${left}`, { numberFormat: "General", fill: { ...NO_FILL }, ...c });
    }
    this.sheets.push(s);
    return s;
  }

  /** What the user does between two clicks in the pane. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** A deep, comparable picture of everything a user could lose. */
  state(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: [...s.merges],
      conditionalFormats: JSON.parse(JSON.stringify(s.conditionalFormats)),
      cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
    }));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name || x.id === name);
    if (!s) throw Object.assign(new Error(`fake Excel: ItemNotFound: sheet "${name}"`), { code: "ItemNotFound" });
    return s;
  }

  private cell(s: FakeSheet, r: number, c: number): FakeCell {
    const k = `${r},${c}`;
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
      isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= 14, // ExcelApi 1.14
      documentName: "uji.xlsx",
      settings: {
        get: (k: string) => (self.settingsStore.has(k) ? JSON.parse(JSON.stringify(self.settingsStore.get(k))) : null),
        set: (k: string, v: unknown) => void self.settingsStore.set(k, JSON.parse(JSON.stringify(v))),
        remove: (k: string) => void self.settingsStore.delete(k),
        saveAsync: ((cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" })) as any,
      },
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new FakeContext(self);
        const result = await batch(ctx as unknown as Excel.RequestContext); // a throw discards the queue
        if (ctx.queue.length) await ctx.sync();
        return result;
      },
    };
  }

  // ---- used by the context ----
  readRange(sheet: string, ref: string) {
    const s = this.sheet(sheet);
    const a = area(ref);
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    if (rows * cols > 5_000_000) throw new Error("fake Excel: range over 5 million cells");
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const numberFormat: unknown[][] = [];
    const valueTypes: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const v: unknown[] = [], f: unknown[] = [], n: unknown[] = [], t: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const cell = s.cells.get(`${r},${c}`);
        const value = cell?.value ?? "";
        v.push(value);
        f.push(cell?.formula ?? value);
        n.push(cell?.numberFormat ?? "General");
        t.push(value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : String(value).startsWith("#") && cell?.formula ? "Error" : "String");
      }
      values.push(v); formulas.push(f); numberFormat.push(n); valueTypes.push(t);
    }
    return { values, formulas, numberFormat, valueTypes };
  }

  usedAddress(sheet: string): string | null {
    const s = this.sheet(sheet);
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [k, c] of s.cells) {
      if (c.value === "") continue;
      const [r, cc] = k.split(",").map(Number);
      top = Math.min(top, r); left = Math.min(left, cc); bottom = Math.max(bottom, r); right = Math.max(right, cc);
    }
    return bottom < 0 ? null : `${quoteSheet(s.name)}!${a1(top, left)}:${a1(bottom, right)}`;
  }

  mergedAddress(sheet: string): string | null {
    const s = this.sheet(sheet);
    return s.merges.length ? s.merges.map((m) => `${quoteSheet(s.name)}!${m}`).join(",") : null;
  }

  forEachCell(sheet: string, ref: string, fn: (c: FakeCell, r: number, col: number) => void) {
    const s = this.sheet(sheet);
    const a = area(ref);
    for (let r = a.top; r <= Math.min(a.bottom, a.top + 100000); r++) for (let c = a.left; c <= a.right; c++) fn(this.cell(s, r, c), r, c);
  }

  write(sheet: string, ref: string, what: string, fn: (c: FakeCell, i: number, j: number) => void) {
    const a = area(ref);
    this.forEachCell(sheet, ref, (c, r, cc) => {
      this.journal.push({ sheet, cell: a1(r, cc), what });
      fn(c, r - a.top, cc - a.left);
    });
  }

  addSheetByApi(name: string) {
    if (this.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      throw Object.assign(new Error(`fake Excel: ItemAlreadyExists: "${name}"`), { code: "ItemAlreadyExists" });
    }
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`fake Excel: InvalidArgument: sheet name "${name}"`);
    this.journal.push({ sheet: name, cell: "*", what: "add sheet" });
    this.addSheet(name);
  }
}

type Op = () => void;

class FakeContext {
  queue: Op[] = [];
  /** Bytes this batch would send: the JSON of every value, format, link and address written. */
  pendingBytes = 0;
  workbook: any;
  constructor(private x: FakeExcel) {
    const ctx = this;
    const collection: any = {
      _items: null as any[] | null,
      get items() {
        if (!this._items) unsupported("worksheets.items before load+sync");
        return this._items;
      },
      load(_props?: string) {
        ctx.queue.push(() => (collection._items = x.sheets.map((s) => ctx.worksheet(s.name, true))));
      },
      getItem: (name: string) => ctx.worksheet(name, false),
      getItemOrNullObject: (name: string) => {
        const ws = ctx.worksheet(name, false);
        let isNull: boolean | undefined;
        ctx.queue.push(() => (isNull = !x.sheets.some((s) => s.name === name || s.id === name)));
        return new Proxy(ws, { get: (t, p, r) => (p === "isNullObject" ? (isNull ?? unsupported("isNullObject before sync")) : Reflect.get(t, p, r)) });
      },
      add: (name: string) => {
        ctx.queue.push(() => x.addSheetByApi(name));
        return ctx.worksheet(name, false);
      },
      onChanged: { add: () => unsupported("worksheets.onChanged") },
    };
    this.workbook = strict({ worksheets: strict(collection, "worksheets") }, "workbook");
  }

  async sync(): Promise<void> {
    this.x.beforeSync?.(this.x.syncs + 1);
    this.x.syncs++;
    this.x.requestBytes.push(this.pendingBytes);
    this.pendingBytes = 0;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }

  worksheet(name: string, loaded: boolean): any {
    const ctx = this;
    const x = this.x;
    const find = () => x.sheets.find((s) => s.name === name || s.id === name);
    const snap = loaded ? find() : undefined;
    const ws: any = {
      get name() {
        return snap ? snap.name : name;
      },
      get id() {
        return snap ? snap.id : unsupported("worksheet.id not loaded");
      },
      get visibility() {
        return snap ? snap.visibility : unsupported("worksheet.visibility not loaded");
      },
      protection: { get protected() { return snap ? snap.protected : unsupported("protection.protected not loaded"); } },
      activate: () => ctx.queue.push(() => { find() ?? unsupported(`activate missing sheet ${name}`); x.active = name; }),
      getRange: (ref?: string) => ctx.range(name, ref ?? "A1:XFD1048576"),
      getRanges: (refs: string) => strict({ select: () => ctx.queue.push(() => refs.split(",").forEach((r) => area(r))) }, "RangeAreas"),
      getUsedRangeOrNullObject: (_valuesOnly?: boolean) => {
        const r: any = { _addr: undefined as string | null | undefined };
        r.load = () => ctx.queue.push(() => (r._addr = x.usedAddress(name)));
        Object.defineProperty(r, "isNullObject", { get: () => (r._addr === undefined ? unsupported("isNullObject before sync") : r._addr === null) });
        Object.defineProperty(r, "address", { get: () => r._addr ?? unsupported("address of null object") });
        return strict(r, "usedRange");
      },
    };
    return strict(ws, `worksheet(${name})`);
  }

  range(sheet: string, ref: string): any {
    const ctx = this;
    const x = this.x;
    const loaded: Record<string, unknown> = {};
    const notLoaded = (p: string) => unsupported(`range.${p} read before load+sync`);
    const finite = (v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v)) throw Object.assign(new Error(`fake Excel: InvalidArgument: non-finite number in ${sheet}!${ref}`), { code: "InvalidArgument" });
    };
    const matrix = (v: unknown, i: number, j: number): unknown => (Array.isArray(v) ? (v as unknown[][])[i]?.[j] : v);
    const r: any = {
      load(props: string) {
        ctx.queue.push(() => Object.assign(loaded, x.readRange(sheet, ref), { address: `${quoteSheet(sheet)}!${ref}` }));
        void props;
      },
      get values() { return "values" in loaded ? loaded.values : notLoaded("values"); },
      set values(v: unknown) {
        ctx.pendingBytes += JSON.stringify(v).length + ref.length;
        ctx.queue.push(() => x.write(sheet, ref, "values", (c, i, j) => { const val = matrix(v, i, j); finite(val); c.value = val as FakeCell["value"]; c.formula = undefined; }));
      },
      get formulas() { return "formulas" in loaded ? loaded.formulas : notLoaded("formulas"); },
      set formulas(_v: unknown) { ctx.queue.push(() => x.write(sheet, ref, "formulas", () => undefined)); },
      get numberFormat() { return "numberFormat" in loaded ? loaded.numberFormat : notLoaded("numberFormat"); },
      set numberFormat(v: unknown) { ctx.pendingBytes += JSON.stringify(v).length + ref.length; ctx.queue.push(() => x.write(sheet, ref, "numberFormat", (c, i, j) => (c.numberFormat = String(matrix(v, i, j))))); },
      get valueTypes() { return "valueTypes" in loaded ? loaded.valueTypes : notLoaded("valueTypes"); },
      get address() { return "address" in loaded ? loaded.address : notLoaded("address"); },
      set hyperlink(v: unknown) { ctx.pendingBytes += JSON.stringify(v).length + ref.length + 40; ctx.queue.push(() => x.write(sheet, ref, "hyperlink", (c) => (c.hyperlink = v))); },
      select: () => ctx.queue.push(() => area(ref)),
      format: strict({
        fill: strict({
          set color(v: string) { ctx.queue.push(() => x.write(sheet, ref, "fill", (c) => (c.fill = { ...NO_FILL, color: v, pattern: "Solid" }))); },
          clear: () => ctx.queue.push(() => x.write(sheet, ref, "fill", (c) => (c.fill = { ...NO_FILL }))),
        }, "range.format.fill"),
        font: strict({ set bold(v: boolean) { ctx.queue.push(() => x.write(sheet, ref, "bold", (c) => (c.bold = v))); } }, "range.format.font"),
        autofitColumns: () => ctx.queue.push(() => x.journal.push({ sheet, cell: "*", what: `autofit ${ref}` })),
      }, "range.format"),
      getCellProperties(_spec: unknown) {
        const result: any = { _v: undefined };
        Object.defineProperty(result, "value", { get: () => result._v ?? unsupported("getCellProperties().value before sync") });
        ctx.queue.push(() => {
          const rows: any[][] = [];
          const a = area(ref);
          x.forEachCell(sheet, ref, (c, rr, cc) => {
            (rows[rr - a.top] ??= [])[cc - a.left] = { format: { fill: { ...c.fill } } };
          });
          result._v = rows;
        });
        return result;
      },
      setCellProperties(props: any[][]) {
        ctx.pendingBytes += JSON.stringify(props).length + ref.length;
        ctx.queue.push(() =>
          x.write(sheet, ref, "setCellProperties", (c, i, j) => {
            const p = props[i]?.[j];
            const keys = Object.keys(p ?? {});
            if (keys.some((k) => k !== "format") || Object.keys(p?.format ?? {}).some((k) => k !== "fill")) unsupported(`setCellProperties ${JSON.stringify(p)}`);
            if (p?.format?.fill) c.fill = { ...c.fill, ...p.format.fill };
          }),
        );
      },
      getMergedAreasOrNullObject() {
        const m: any = { _addr: undefined as string | null | undefined };
        m.load = () => ctx.queue.push(() => (m._addr = x.mergedAddress(sheet)));
        Object.defineProperty(m, "isNullObject", { get: () => (m._addr === undefined ? unsupported("merged isNullObject before sync") : m._addr === null) });
        Object.defineProperty(m, "address", { get: () => m._addr ?? "" });
        return strict(m, "mergedAreas");
      },
    };
    return strict(r, `range(${sheet}!${ref})`);
  }
}
