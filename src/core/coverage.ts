// What a validation covered: every recognised table with the columns it understood, and every sheet or block
// that holds figures but that no table claimed, with the reason. "No findings" means something only beside this.
import type { WorkbookSnapshot } from "./workbook/snapshot";
import type { ColumnRole, RecognizedWorkbook, TableKind } from "./tables/table";
import { a1Range } from "./workbook/a1";

import type { Bilingual } from "./text";

export type { Bilingual } from "./text";

export interface CoveredColumn {
  /** 0-based column index. */
  col: number;
  role: ColumnRole;
  /** Header path as written, group title first ("Target Kinerja / 2026"). */
  header: string;
}

/** Where the Program > Kegiatan > Sub Kegiatan levels of a table came from. */
export type HierarchySource = "code" | "label" | "numbering" | "indent" | "formula" | "mapping" | "none";

export interface CoveredTable {
  sheet: string;
  kind: TableKind;
  /** A1 range, header included. */
  range: string;
  columns: CoveredColumn[];
  hierarchySource: HierarchySource;
  /** Data rows read. */
  rowCount: number;
  /** True when the table comes from a mapping the user gave, not from recognition. */
  mapped?: boolean;
}

/** A block of figures that no table claimed. */
export interface UncoveredBlock {
  sheet: string;
  /** A1 range of the block. */
  range: string;
  /** How many cells of the block hold numbers (or amounts typed as text). */
  figureCount: number;
  reason: Bilingual;
}

export type SheetStatus =
  | "checked" // every block of figures belongs to a recognised table
  | "partial" // some tables recognised, some figures left over
  | "unchecked" // figures, and no table recognised
  | "empty"; // nothing to check: no figures (a cover page, an empty template)

export interface SheetCoverage {
  sheet: string;
  status: SheetStatus;
  tables: CoveredTable[];
  uncovered: UncoveredBlock[];
}

export interface Coverage {
  sheets: SheetCoverage[];
  /** Figures that could not be checked although their table was understood (a formula with no cached value ...). */
  unknownFigures: Array<{ sheet: string; cell: string; reason: Bilingual }>;
}

/** Sheets a user must be told were not checked (they hold figures that no rule looked at). */
export function uncheckedSheets(c: Coverage): SheetCoverage[] {
  return c.sheets.filter((s) => s.status === "unchecked" || s.status === "partial");
}

const NOT_UNDERSTOOD: Bilingual = {
  id: "tidak ada tabel yang dikenali: judul kolom tidak dipahami",
  en: "no table recognised: column headers not understood",
};

/** Coverage of a recognised workbook: tables per sheet, and the figures left outside every table. */
export function coverageOf(wb: WorkbookSnapshot, rec: RecognizedWorkbook): Coverage {
  const sheets: SheetCoverage[] = [];
  for (const sheet of wb.sheets) {
    const tables = rec.tables.filter((t) => t.sheet === sheet.name);
    const covered: CoveredTable[] = tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      range: a1Range(t.top, t.left, t.bottom, t.right),
      columns: t.columns.map((c) => ({ col: c.col, role: c.role, header: c.header })),
      hierarchySource: t.rows.some((r) => r.code) ? "code" : t.rows.some((r) => r.level) ? "label" : "none",
      rowCount: t.rows.length,
    }));
    let top = Infinity, left = Infinity, bottom = -1, right = -1, figures = 0;
    for (const c of sheet.cells) {
      if (c.type !== "number" && !(c.type === "string" && /^\s*(rp\.?\s*)?-?\d[\d.,]*\s*%?\s*$/i.test(String(c.value)))) continue;
      if (tables.some((t) => c.row >= t.top && c.row <= t.bottom && c.col >= t.left && c.col <= t.right)) continue;
      figures++;
      top = Math.min(top, c.row); left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row); right = Math.max(right, c.col);
    }
    const uncovered: UncoveredBlock[] = figures
      ? [{ sheet: sheet.name, range: a1Range(top, left, bottom, right), figureCount: figures, reason: NOT_UNDERSTOOD }]
      : [];
    const status: SheetStatus = uncovered.length ? (covered.length ? "partial" : "unchecked") : covered.length ? "checked" : "empty";
    sheets.push({ sheet: sheet.name, status, tables: covered, uncovered });
  }
  return { sheets, unknownFigures: [] };
}
