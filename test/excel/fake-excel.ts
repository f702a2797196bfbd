// An in-memory Excel for the adapter tests, built on office-addin-mock's OfficeMockObject: properties must be
// load()ed and context.sync()ed before they can be read (else the mock's "Error, property was not loaded"
// string shows up), which is what catches batching mistakes. What the mock lacks (collections, ClientResult,
// null objects, payload limits, format writes) is added here, as Excel documents it.
import { OfficeMockObject } from "office-addin-mock";
import { parseArea, toA1 } from "../../src/excel/a1";

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}
export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

export interface FakeCell {
  value: number | string | boolean;
  /** Excel valueTypes: Double, String, Boolean, Error */
  valueType: string;
  numberFormat?: string;
  formula?: string;
  fill?: Fill;
  bold?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export interface FakeSheet {
  name: string;
  /** Worksheet.id: stable across renames. */
  id?: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  cells: Map<string, FakeCell>; // key "row,col"
  merges?: string[]; // "A1:B2"
}

export const key = (r: number, c: number) => `${r},${c}`;

export function sheet(name: string, rows: Array<Array<FakeCell | number | string | boolean | null>>, extra: Partial<FakeSheet> = {}): FakeSheet {
  const cells = new Map<string, FakeCell>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      cells.set(
        key(r, c),
        typeof v === "object" ? v : { value: v, valueType: typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String" },
      );
    }),
  );
  return { name, cells, visibility: "Visible", ...extra };
}

/** Excel's limit on one request/response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcel {
  sheets: FakeSheet[];
  syncs: number;
  /** JSON size of what each sync returned for the loaded ranges. */
  payloads: number[];
  settingsStore: Record<string, unknown>;
  /** Snapshots of cell fills taken at each settings save (to prove originals are saved before painting). */
  fillsAtSave: string[];
  selected: string[];
  activated: string[];
  changeHandlers: Array<(e: { triggerSource?: string }) => unknown>;
  host: {
    run<T>(batch: (context: any) => Promise<T>): Promise<T>;
    isSetSupported(name: string, version: string): boolean;
    settings: any;
    documentName: string;
  };
  fills(): string;
}

export function fakeExcel(sheets: FakeSheet[], apiVersion = "1.17"): FakeExcel {
  const state: FakeExcel = {
    sheets,
    syncs: 0,
    payloads: [],
    settingsStore: {},
    fillsAtSave: [],
    selected: [],
    activated: [],
    changeHandlers: [],
    fills: () =>
      JSON.stringify(
        state.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.fill ?? NO_FILL]).sort()]),
      ),
    host: undefined as any,
  };
  sheets.forEach((s, i) => (s.id ??= `{sheet-${i + 1}}`));
  const supported = (v: string) => {
    const [a, b] = v.split(".").map(Number);
    const [x, y] = apiVersion.split(".").map(Number);
    return a < x || (a === x && b <= y);
  };

  const mocks: OfficeMockObject[] = [];
  let syncing = false;
  const results: Array<() => void> = [];
  let batchLoads: Array<{ m: any; props: string }> = [];

  function track<T extends OfficeMockObject>(m: T): T {
    mocks.push(m);
    const orig = (m as any).load.bind(m);
    (m as any).load = (p: string) => {
      batchLoads.push({ m, props: p });
      return orig(p);
    };
    return m;
  }

  function cellsOf(s: FakeSheet, area: { top: number; left: number; bottom: number; right: number }) {
    const rows: Array<Array<FakeCell | undefined>> = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: Array<FakeCell | undefined> = [];
      for (let c = area.left; c <= area.right; c++) row.push(s.cells.get(key(r, c)));
      rows.push(row);
    }
    return rows;
  }

  function ensure(s: FakeSheet, r: number, c: number): FakeCell {
    let cell = s.cells.get(key(r, c));
    if (!cell) {
      cell = { value: "", valueType: "Empty" };
      s.cells.set(key(r, c), cell);
    }
    return cell;
  }

  function rangeMock(s: FakeSheet, address: string) {
    const area = parseArea(address)!;
    const grid = cellsOf(s, area);
    const m: any = track(
      new OfficeMockObject({
        address: `${s.name}!${address}`,
        values: grid.map((row) => row.map((c) => (c ? c.value : ""))),
        valueTypes: grid.map((row) => row.map((c) => (c ? c.valueType : "Empty"))),
        numberFormat: grid.map((row) => row.map((c) => c?.numberFormat ?? "General")),
        formulas: grid.map((row) => row.map((c) => c?.formula ?? (c ? c.value : ""))),
      }),
    );
    const each = (fn: (cell: FakeCell, i: number, j: number) => void) => {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(ensure(s, r, c), r - area.top, c - area.left);
    };
    // A property is both loadable (the mock fills it in at sync) and writable (a user-visible write).
    const shadow: Record<string, unknown> = { values: m.values, numberFormat: m.numberFormat };
    const write = (name: string, fn: (cell: FakeCell, v: any) => void) =>
      Object.defineProperty(m, name, {
        set(v: any[][]) {
          // The mock itself assigns its "not loaded"/"not synced" strings while loading and syncing.
          if (syncing || !Array.isArray(v)) {
            shadow[name] = v;
            return;
          }
          if (s.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
          each((cell, i, j) => fn(cell, v[i][j]));
        },
        get() {
          return shadow[name];
        },
        configurable: true,
      });
    m.isNullObject = false;
    m.format = {
      fill: {
        set color(v: string) {
          if (s.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
          each((cell) => (cell.fill = { ...(cell.fill ?? NO_FILL), color: v, pattern: "Solid", tintAndShade: 0 }));
        },
        clear() {
          each((cell) => (cell.fill = { ...NO_FILL }));
        },
      },
      font: {
        set bold(v: boolean) {
          each((cell) => (cell.bold = v));
        },
      },
      autofitColumns() {},
    };
    m.getCellProperties = (spec: any) => {
      if (!supported("1.9")) throw new Error("getCellProperties needs ExcelApi 1.9");
      const res: any = {};
      results.push(() => {
        res.value = cellsOf(s, area).map((row) =>
          row.map((c) => {
            const f = c?.fill ?? NO_FILL;
            const fill: any = {};
            for (const k of Object.keys(spec.format.fill)) fill[k] = (f as any)[k];
            return { format: { fill } };
          }),
        );
      });
      return res;
    };
    m.setCellProperties = (props: any[][]) => {
      each((cell, i, j) => {
        const f = props[i][j]?.format?.fill;
        if (f) cell.fill = { ...(cell.fill ?? NO_FILL), ...f };
      });
    };
    m.select = () => state.selected.push(`${s.name}!${address}`);
    m.getMergedAreasOrNullObject = () => {
      if (!supported("1.13")) throw new Error("needs 1.13");
      const list = s.merges ?? [];
      const r: any = track(new OfficeMockObject({ address: list.map((a) => `'${s.name.replace(/'/g, "''")}'!${a}`).join(", ") }));
      r.isNullObject = list.length === 0;
      return r;
    };
    write("values", (cell, v) => {
      cell.value = v;
      cell.valueType = typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : v === "" ? "Empty" : "String";
      // Excel's own rule: text in a cell formatted as text, or after an apostrophe, is never a formula.
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") cell.formula = v;
    });
    write("numberFormat", (cell, v) => (cell.numberFormat = v));
    Object.defineProperty(m, "hyperlink", {
      set(v: any) {
        each((cell) => (cell.hyperlink = v));
      },
      configurable: true,
    });
    return m;
  }

  function usedArea(s: FakeSheet) {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [k, c] of s.cells) {
      if (c.valueType === "Empty") continue;
      const [r, col] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  function worksheetMock(s: FakeSheet) {
    const w: any = track(
      new OfficeMockObject({ name: s.name, id: s.id!, visibility: s.visibility ?? "Visible", protection: { protected: !!s.protected } }),
    );
    w.getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
      if (!supported("1.4")) throw new Error("needs 1.4");
      if (valuesOnly !== true) throw new Error("test expects valuesOnly");
      const a = usedArea(s);
      if (!a) {
        const n: any = track(new OfficeMockObject({ address: "" }));
        n.isNullObject = true;
        return n;
      }
      // Only the address is loadable here: loading the used range's values directly would be one huge request.
      const r: any = track(new OfficeMockObject({ address: `${s.name}!${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}` }));
      r.isNullObject = false;
      return r;
    };
    w.getRange = (address?: string) => {
      if (!address) return wholeSheet(s);
      // Whole columns ("A:J") are only used for autofit.
      if (/^[A-Z]+:[A-Z]+$/.test(address)) return { format: { autofitColumns() {} } };
      return rangeMock(s, address.replace(/\$/g, ""));
    };
    w.getRanges = (list: string) => {
      if (!supported("1.9")) throw new Error("needs 1.9");
      return { select: () => state.selected.push(`${s.name}!${list}`) };
    };
    w.activate = () => {
      // Excel refuses to activate a hidden sheet.
      if ((s.visibility ?? "Visible") !== "Visible") throw Object.assign(new Error("hidden"), { code: "InvalidOperation" });
      state.activated.push(s.name);
    };
    return w;
  }

  function wholeSheet(s: FakeSheet) {
    return {
      getMergedAreasOrNullObject: () => rangeMock(s, "A1").getMergedAreasOrNullObject(),
    };
  }

  function collection() {
    const items = state.sheets.map(worksheetMock);
    return {
      items,
      load(props: string) {
        // "items/name,items/protection/protected" -> load those on every item.
        const each = props
          .split(",")
          .map((p) => p.trim().replace(/^items\//, ""))
          .join(",");
        items.forEach((w) => w.load(each));
      },
      getItemOrNullObject(name: string) {
        const found = state.sheets.find((x) => x.name === name);
        if (found) return worksheetMock(found);
        const n: any = track(new OfficeMockObject({ visibility: "Visible" }));
        n.isNullObject = true;
        return n;
      },
      getItem(name: string) {
        // Like Excel: by name or by id.
        const w = worksheetMock(state.sheets.find((x) => x.name === name || x.id === name)!);
        return w;
      },
      add(name: string) {
        if (state.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
          throw Object.assign(new Error("A sheet with that name exists"), { code: "ItemAlreadyExists" });
        }
        const s: FakeSheet = { name, id: `{sheet-${state.sheets.length + 1}}`, cells: new Map(), visibility: "Visible" };
        state.sheets.push(s);
        return worksheetMock(s);
      },
      onChanged: {
        add: (h: any) => {
          state.changeHandlers.push(h);
          return { remove: () => state.changeHandlers.splice(state.changeHandlers.indexOf(h), 1), context: { sync: async () => undefined } };
        },
      },
    };
  }

  const context: any = {
    get workbook() {
      return { worksheets: collection() };
    },
    async sync() {
      state.syncs++;
      // What Excel would send back for this batch's loads: refuse beyond 5 MB like Excel on the web.
      let bytes = 0;
      for (const { m, props } of batchLoads) {
        for (const p of props.split(",")) {
          const v = m._properties?.get(p.trim())?._valueBeforeLoaded;
          if (v !== undefined) bytes += JSON.stringify(v).length;
        }
      }
      batchLoads = [];
      if (bytes > PAYLOAD_LIMIT) {
        results.length = 0;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      state.payloads.push(bytes);
      syncing = true;
      try {
        for (const m of mocks.splice(0)) await m.sync();
        // The mock updates loaded properties in un-awaited async callbacks: let them all run.
        await new Promise((r) => setTimeout(r, 0));
      } finally {
        syncing = false;
      }
      for (const r of results.splice(0)) r();
    },
  };

  state.host = {
    run: async (batch) => batch(context),
    isSetSupported: (name, version) => name === "ExcelApi" && supported(version),
    settings: {
      get: (k: string) => (k in state.settingsStore ? JSON.parse(JSON.stringify(state.settingsStore[k])) : null),
      set: (k: string, v: unknown) => (state.settingsStore[k] = JSON.parse(JSON.stringify(v))),
      remove: (k: string) => delete state.settingsStore[k],
      saveAsync: (cb: (r: { status: string }) => void) => {
        state.fillsAtSave.push(state.fills());
        cb({ status: "succeeded" });
      },
    },
    documentName: "PK 2022.xlsx",
  };
  return state;
}
