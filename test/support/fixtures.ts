// Builds snapshots from plain rows, for tests and golden cases (no file needed).
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { parseA1Range } from "../../src/core/tables/cells";

export type FixtureValue = string | number | boolean | null | undefined | { v: number | string; fmt?: string; text?: string; formula?: string };

/** rows[r][c] -> cells (A1 is rows[0][0]); merges as "A1:B2". Numbers with fmt "0.00%" etc. via { v, fmt }. */
export function sheetFromRows(name: string, rows: FixtureValue[][], merges: string[] = [], startRow = 0): SheetSnapshot {
  const cells: Cell[] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      colCount = Math.max(colCount, c + 1);
      const rr = r + startRow;
      if (typeof v === "object") {
        const val = v.v;
        cells.push({ row: rr, col: c, value: val, type: typeof val === "number" ? "number" : "string", numberFormat: v.fmt, text: v.text, formula: v.formula });
      } else cells.push({ row: rr, col: c, value: v, type: typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string" });
    });
  });
  const ms: MergedArea[] = merges.map((m) => parseA1Range(m)!).filter(Boolean);
  return { name, visibility: "visible", rowCount: rows.length + startRow, colCount, cells, merges: ms };
}

export function workbook(name: string, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name, sheets };
}
