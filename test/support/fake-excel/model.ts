// The workbook the fake Excel holds: sheets of cells with values, formulas, number formats and fills, plus what a
// user could lose (merges, conditional formats, charts). Addresses go through the project's one A1 codec.
import { a1, parseA1Range, type Area } from "../../../src/core/workbook/a1";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";

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
  /** Excel's format.indentLevel (0 when absent). */
  indent?: number;
  hyperlink?: unknown;
  /** Excel's valueTypes entry when it is not implied by the value ("Error" for "#DIV/0!"). */
  valueType?: string;
  /** Written after an apostrophe: Excel keeps it as text and does not show the apostrophe (option `quotePrefix`). */
  quotePrefix?: boolean;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
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
  charts: FakeChart[];
}

/** One change the fake applied at a sync: which sheet and cell (or "*" for a sheet-level operation), and what. */
export interface Write {
  sheet: string;
  cell: string;
  what: string;
}

export type CellInput = Partial<FakeCell> & { value: FakeCell["value"] };

export const cellKey = (r: number, c: number) => `${r},${c}`;

/** "A1", "A1:C3", "A:J" (whole columns) -> 0-based bounds; throws InvalidArgument like Excel for anything else. */
export function area(ref: string): Area {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const l = parseA1Range(`${cols[1]}1`)!.left;
    const r = parseA1Range(`${cols[2]}1`)!.left;
    return { top: 0, left: Math.min(l, r), bottom: 1048575, right: Math.max(l, r) };
  }
  const a = parseA1Range(bare.replace(/\$/g, ""));
  if (!a) throw Object.assign(new Error(`fake Excel: InvalidArgument: address "${ref}"`), { code: "InvalidArgument" });
  return a;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function valueTypeOf(c: FakeCell | undefined): string {
  if (!c || c.value === "") return "Empty";
  if (c.valueType) return c.valueType;
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return /^#[A-Z/0!?]+[!?A]?$/.test(String(c.value)) && c.formula ? "Error" : "String";
}

export function usedArea(s: FakeSheet): Area | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const [k, c] of s.cells) {
    if (c.value === "" && !c.formula) continue;
    const [r, cc] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, cc);
    bottom = Math.max(bottom, r);
    right = Math.max(right, cc);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function areaAddress(a: Area): string {
  return `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

/** Sheets of a snapshot as the fake holds them (dates back to serials, types to valueTypes). */
export function sheetsFromSnapshot(wb: WorkbookSnapshot, quotePrefix = false): Array<Omit<FakeSheet, "id">> {
  return wb.sheets.map((s) => {
    const cells = new Map<string, FakeCell>();
    for (const c of s.cells) {
      if (c.value === null || c.value === "") continue;
      const value =
        c.type === "date" ? Date.parse(String(c.value).length === 10 ? `${c.value}T00:00:00Z` : String(c.value)) / 86400000 + 25569 : (c.value as FakeCell["value"]);
      cells.set(cellKey(c.row, c.col), {
        value,
        formula: c.formula,
        numberFormat: c.numberFormat ?? "General",
        fill: c.fill ? { ...NO_FILL, color: c.fill, pattern: "Solid" } : { ...NO_FILL },
        ...(c.bold ? { bold: true } : {}),
        ...(c.indent ? { indent: c.indent } : {}),
        valueType: c.type === "error" ? "Error" : undefined,
        // Text Excel would otherwise read as a number, a formula or a boolean can only be held after an apostrophe.
        ...(quotePrefix && c.type === "string" && /^[=+\-@'"]|^\s*[\d.,]|^(true|false|benar|salah)$/i.test(String(c.value)) ? { quotePrefix: true } : {}),
      });
    }
    return {
      name: s.name,
      visibility: s.visibility === "hidden" ? "Hidden" : s.visibility === "veryHidden" ? "VeryHidden" : "Visible",
      protected: false,
      cells,
      merges: s.merges.map((m) => (m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : areaAddress(m))),
      conditionalFormats: [],
      charts: [],
    };
  });
}
