// An in-memory stand-in for the slice of Excel's object model the adapter uses, which METERS every request:
// each context.sync() is one request; its size is estimated as the JSON of the queued operations (request) and of
// the properties loaded in it (response). Like Excel on the web, a request or response over 5 MB fails with
// PayloadSizeLimitExceeded. Grids come from a WorkbookSnapshot, so any workbook the reader reads can be served.
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface RequestMeter {
  syncs: number;
  requests: { requestBytes: number; responseBytes: number }[];
}

interface SheetData {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** row -> col -> cell */
  grid: Map<number, Map<number, { value: number | string | boolean; format: string; type: string; formula?: string }>>;
  used: { top: number; left: number; bottom: number; right: number } | null;
  merges: { top: number; left: number; bottom: number; right: number }[];
  fills: Map<string, string>;
}

function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const one = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s.trim());
    if (!m) throw new Error(`fake-excel: bad address ${ref}`);
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: c - 1 };
  };
  const [x, y] = bare.split(":");
  const p = one(x);
  const q = y ? one(y) : p;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function fieldsOf(spec: unknown): string[] {
  if (!spec) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim());
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === "object") return Object.keys(spec as object);
  return [];
}

export class FakeExcel {
  readonly meter: RequestMeter = { syncs: 0, requests: [] };
  private queue: unknown[] = [];
  private loaders: (() => unknown)[] = [];
  private sheets: SheetData[];
  readonly settingsStore = new Map<string, unknown>();

  constructor(wb: WorkbookSnapshot) {
    this.sheets = wb.sheets.map((s) => {
      const grid: SheetData["grid"] = new Map();
      let used: SheetData["used"] = null;
      for (const c of s.cells) {
        if (c.value === null || c.value === "") continue;
        let row = grid.get(c.row);
        if (!row) grid.set(c.row, (row = new Map()));
        const type = c.type === "number" || c.type === "date" ? "Double" : c.type === "boolean" ? "Boolean" : c.type === "error" ? "Error" : "String";
        row.set(c.col, { value: c.value, format: c.numberFormat ?? "General", type, formula: c.formula });
        used = used
          ? { top: Math.min(used.top, c.row), left: Math.min(used.left, c.col), bottom: Math.max(used.bottom, c.row), right: Math.max(used.right, c.col) }
          : { top: c.row, left: c.col, bottom: c.row, right: c.col };
      }
      return { name: s.name, visibility: s.visibility === "hidden" ? "Hidden" : s.visibility === "veryHidden" ? "VeryHidden" : "Visible", grid, used, merges: s.merges, fills: new Map() };
    });
  }

  /** Non-empty cells held. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + [...s.grid.values()].reduce((k, r) => k + r.size, 0), 0);
  }

  /** Used-range cells (what a reader must transfer, empty cells inside the range included). */
  usedCellCount(): number {
    return this.sheets.reduce((n, s) => n + (s.used ? (s.used.bottom - s.used.top + 1) * (s.used.right - s.used.left + 1) : 0), 0);
  }

  private op(o: unknown): void {
    this.queue.push(o);
  }

  async sync(): Promise<void> {
    const requestBytes = JSON.stringify(this.queue).length;
    const payloads = this.loaders.map((l) => l());
    const responseBytes = JSON.stringify(payloads).length;
    this.queue = [];
    this.loaders = [];
    this.meter.syncs++;
    this.meter.requests.push({ requestBytes, responseBytes });
    if (requestBytes > PAYLOAD_LIMIT || responseBytes > PAYLOAD_LIMIT) {
      const e = new Error("The request payload size has exceeded the limit. (PayloadSizeLimitExceeded)") as Error & { code: string };
      e.code = "PayloadSizeLimitExceeded";
      throw e;
    }
    await Promise.resolve();
  }

  private range(sheet: SheetData, area: { top: number; left: number; bottom: number; right: number } | null, origin: string): any {
    const fake = this;
    const proxy: any = {
      isNullObject: area === null,
      load(spec: unknown) {
        const fields = fieldsOf(spec);
        fake.op({ op: "load", on: origin, fields });
        fake.loaders.push(() => {
          const out: Record<string, unknown> = {};
          for (const f of fields) out[f] = proxy[f] = fake.rangeField(sheet, area, f);
          return out;
        });
        return proxy;
      },
      getMergedAreasOrNullObject() {
        fake.op({ op: "getMergedAreasOrNullObject", on: origin });
        const m = sheet.merges;
        const areas: any = {
          isNullObject: m.length === 0,
          load(spec: unknown) {
            fake.op({ op: "load", on: "mergedAreas", fields: fieldsOf(spec) });
            fake.loaders.push(() => (areas.address = m.map((x) => `${quoteSheet(sheet.name)}!${a1(x.top, x.left)}:${a1(x.bottom, x.right)}`).join(",")));
            return areas;
          },
        };
        return areas;
      },
      getCellProperties(spec: unknown) {
        fake.op({ op: "getCellProperties", on: origin, spec });
        const result: any = {};
        fake.loaders.push(() => {
          const a = area!;
          result.value = [];
          for (let r = a.top; r <= a.bottom; r++) {
            const row: unknown[] = [];
            for (let c = a.left; c <= a.right; c++) {
              const color = sheet.fills.get(a1(r, c));
              row.push({ format: { fill: color ? { color, pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 } : { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 } } });
            }
            result.value.push(row);
          }
          return result.value;
        });
        return result;
      },
      setCellProperties(v: unknown) {
        fake.op({ op: "setCellProperties", on: origin, v });
      },
      select() {
        fake.op({ op: "select", on: origin });
      },
      format: {
        fill: {
          set color(v: string) {
            fake.op({ op: "set", on: origin, prop: "format/fill/color", v });
            const a = area!;
            for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) sheet.fills.set(a1(r, c), v);
          },
          clear() {
            fake.op({ op: "clear", on: origin, prop: "format/fill" });
            const a = area!;
            for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) sheet.fills.delete(a1(r, c));
          },
        },
      },
    };
    return proxy;
  }

  private rangeField(sheet: SheetData, area: { top: number; left: number; bottom: number; right: number } | null, field: string): unknown {
    if (!area) return undefined;
    if (field === "address") return `${quoteSheet(sheet.name)}!${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
    const out: unknown[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row = sheet.grid.get(r);
      const line: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = row?.get(c);
        if (field === "values") line.push(cell ? cell.value : "");
        else if (field === "numberFormat") line.push(cell ? cell.format : "General");
        else if (field === "valueTypes") line.push(cell ? cell.type : "Empty");
        else if (field === "formulas") line.push(cell ? cell.formula ?? cell.value : "");
        else if (field === "text") line.push(cell ? String(cell.value) : "");
        else line.push(null);
      }
      out.push(line);
    }
    return out;
  }

  private worksheet(sheet: SheetData): any {
    const fake = this;
    const origin = `ws:${sheet.name}`;
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      protection: { protected: false },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        fake.op({ op: "getUsedRangeOrNullObject", on: origin, valuesOnly });
        return fake.range(sheet, sheet.used, `${origin}:used`);
      },
      getUsedRange(valuesOnly?: boolean) {
        fake.op({ op: "getUsedRange", on: origin, valuesOnly });
        return fake.range(sheet, sheet.used, `${origin}:used`);
      },
      getRange(address?: string) {
        fake.op({ op: "getRange", on: origin, address });
        const area = address ? parseRef(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
        return fake.range(sheet, area, `${origin}!${address ?? "*"}`);
      },
      getCell(row: number, col: number) {
        fake.op({ op: "getCell", on: origin, row, col });
        return fake.range(sheet, { top: row, left: col, bottom: row, right: col }, `${origin}!${a1(row, col)}`);
      },
      getRanges(list: string) {
        fake.op({ op: "getRanges", on: origin, list });
        return { select: () => fake.op({ op: "select", on: origin }) };
      },
      activate() {
        fake.op({ op: "activate", on: origin });
      },
    };
  }

  /** The Excel.RequestContext stand-in. */
  context(): Excel.RequestContext {
    const fake = this;
    const items = this.sheets.map((s) => this.worksheet(s));
    const worksheets: any = {
      items: undefined as unknown,
      load(spec: unknown) {
        const fields = fieldsOf(spec);
        fake.op({ op: "load", on: "worksheets", fields });
        fake.loaders.push(() => {
          worksheets.items = items;
          return items.map((w) => ({ name: w.name, visibility: w.visibility, ...(fields.some((f) => f.includes("protection")) ? { protection: { protected: false } } : {}) }));
        });
        return worksheets;
      },
      getItem(name: string) {
        fake.op({ op: "getItem", on: "worksheets", name });
        return items.find((w) => w.name === name);
      },
    };
    return { workbook: { worksheets }, sync: () => fake.sync() } as unknown as Excel.RequestContext;
  }

  /** The OfficeHost the adapter takes. */
  host(apiVersion = "1.14"): {
    run<T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T>;
    isSetSupported(name: string, version: string): boolean;
    settings: any;
    documentName: string;
  } {
    const store = this.settingsStore;
    const ctx = this.context();
    const num = (v: string) => v.split(".").map(Number);
    return {
      run: (batch) => batch(ctx),
      isSetSupported: (_name, version) => {
        const [a, b] = num(version);
        const [x, y] = num(apiVersion);
        return a < x || (a === x && b <= y);
      },
      settings: {
        get: (k: string) => (store.has(k) ? store.get(k) : null),
        set: (k: string, v: unknown) => void store.set(k, v),
        remove: (k: string) => void store.delete(k),
        saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
      },
      documentName: "bench.xlsx",
    };
  }
}

/** What a cell-by-cell reader needs: one request per cell of every used range (plus the sheet list and ranges). */
export async function cellByCellRead(fake: FakeExcel, limitCells = Infinity): Promise<{ syncs: number; cellsRead: number }> {
  const ctx = fake.context();
  const before = fake.meter.syncs;
  const wss = ctx.workbook.worksheets;
  wss.load("items/name");
  await ctx.sync();
  const used = wss.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address"));
  await ctx.sync();
  let cellsRead = 0;
  outer: for (let i = 0; i < used.length; i++) {
    const u = used[i];
    if (u.isNullObject) continue;
    const a = parseRef(u.address);
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
  return { syncs: fake.meter.syncs - before, cellsRead };
}
