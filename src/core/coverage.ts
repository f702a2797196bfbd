// What a validation covered: every recognised table with the columns it understood, and every sheet or block
// that holds figures but that no table claimed, with the reason. "No findings" means something only beside this.
import type { Cell, WorkbookSnapshot } from "./workbook/snapshot";
import type { RecognizedTable, RecognizedWorkbook, TableColumn, TableKind } from "./tables/table";
import { a1Range } from "./workbook/a1";

import type { Bilingual } from "./text";

export type { Bilingual } from "./text";

/** A column as the coverage reports it: the column's place, role, header path and the context that path gives. */
export type CoveredColumn = Pick<TableColumn, "col" | "role" | "header" | (typeof COLUMN_CONTEXT)[number]>;

const COLUMN_CONTEXT = ["group", "measure", "year", "quarter", "scale", "unit", "aggregate", "number"] as const;

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
  /** Text above the table ("Tabel 2.4 ..."), where there is one. */
  title?: string;
  /** What the column-number row declares, e.g. { cell: "M9", text: "13 = 9 + 10 + 11 + 12" }. */
  declared?: Array<{ cell: string; text: string }>;
  /** Header texts no role was found for (their columns are not checked). */
  unknownHeaders?: string[];
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

const NO_HEADER: Bilingual = {
  id: "tidak ada tabel yang dikenali: tidak ada judul kolom di atas angka-angka ini",
  en: "no table recognised: no column headers above these figures",
};

const MAX_QUOTED = 60;
const MAX_LISTED = 6;
const quote = (t: string) => `"${t.length > MAX_QUOTED ? t.slice(0, MAX_QUOTED - 1) + "…" : t}"`;

function notUnderstood(headers: string[]): Bilingual {
  const shown = headers.slice(0, MAX_LISTED).map(quote).join(", ");
  const more = headers.length > MAX_LISTED ? headers.length - MAX_LISTED : 0;
  return {
    id: `judul kolom tidak dipahami: ${shown}${more ? ` dan ${more} lainnya` : ""}`,
    en: `column headers not understood: ${shown}${more ? ` and ${more} more` : ""}`,
  };
}

/** Amounts typed as text ("200.000.000", "Rp 1.250.000,00") and percents ("95%", "87,5 %"): figures too. */
const TEXT_FIGURE = /^\s*(?:rp\.?\s*)?-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s*$|^\s*rp\.?\s*-?\d[\d.]*(?:,\d+)?\s*$|^\s*-?\d+(?:[.,]\d+)?\s*%\s*$/i;

/** A target written inside the indicator's text: "Jumlah standar biaya yang disusun (1 dokumen)", "(25%)". */
const TARGET_IN_TEXT = /\(\s*\d+(?:[.,]\d+)?\s*(?:%|[A-Za-z]+(?: [A-Za-z]+)?)\s*\)\s*$/;

function isFigure(c: Cell): boolean {
  if (c.type === "number") return typeof c.value === "number";
  if (c.type !== "string" || typeof c.value !== "string") return false;
  // Every figure written as text holds a digit: most label texts are rejected here, before any pattern.
  if (!/\d/.test(c.value)) return false;
  return (c.value.length <= 40 && TEXT_FIGURE.test(c.value)) || (c.value.length <= 300 && TARGET_IN_TEXT.test(c.value));
}

/** Rows of figures within this many empty rows of each other form one block. */
const BLOCK_GAP = 2;

/** Coverage of a recognised workbook: tables per sheet, and the figures left outside every table. */
export function coverageOf(wb: WorkbookSnapshot, rec: RecognizedWorkbook): Coverage {
  const sheets: SheetCoverage[] = [];
  const unknownFigures: Coverage["unknownFigures"] = [];
  for (const sheet of wb.sheets) {
    const tables = rec.tables.filter((t) => t.sheet === sheet.name);
    const covered: CoveredTable[] = tables.map((t) => coveredTable(t));
    const inTable = (row: number, col: number) => tables.some((t) => row >= t.top && row <= (t.footer?.bottom ?? t.bottom) && col >= t.left && col <= t.right);
    // Figures outside every table, grouped into blocks of nearby rows.
    const blocks: Array<{ top: number; left: number; bottom: number; right: number; figures: number }> = [];
    for (const c of sheet.cells) {
      if (!isFigure(c)) continue;
      if (inTable(c.row, c.col)) {
        if (c.formula && (c.value === null || c.value === "")) unknownFigures.push({ sheet: sheet.name, cell: a1Range(c.row, c.col, c.row, c.col), reason: NO_CACHED_VALUE });
        continue;
      }
      const last = blocks[blocks.length - 1];
      if (last && c.row - last.bottom <= BLOCK_GAP + 1) {
        last.bottom = Math.max(last.bottom, c.row);
        last.left = Math.min(last.left, c.col);
        last.right = Math.max(last.right, c.col);
        last.figures++;
      } else blocks.push({ top: c.row, left: c.col, bottom: c.row, right: c.col, figures: 1 });
    }
    // Header texts only matter where a block was left over (most sheets have none): gathered then, not per cell.
    const textRows = new Map<number, Cell[]>();
    if (blocks.length) {
      const wanted = new Set<number>();
      for (const b of blocks) for (let r = Math.max(0, b.top - 4); r <= b.top; r++) wanted.add(r);
      for (const c of sheet.cells) {
        if (!wanted.has(c.row) || c.type !== "string" || typeof c.value !== "string" || !c.value.trim() || TEXT_FIGURE.test(c.value)) continue;
        const list = textRows.get(c.row) ?? [];
        list.push(c);
        textRows.set(c.row, list);
      }
    }
    const uncovered: UncoveredBlock[] = blocks.map((b) => ({
      sheet: sheet.name,
      range: a1Range(b.top, b.left, b.bottom, b.right),
      figureCount: b.figures,
      reason: reasonFor(b, textRows),
    }));
    const status: SheetStatus = uncovered.length ? (covered.length ? "partial" : "unchecked") : covered.length ? "checked" : "empty";
    sheets.push({ sheet: sheet.name, status, tables: covered, uncovered });
  }
  return { sheets, unknownFigures };
}

const NO_CACHED_VALUE: Bilingual = {
  id: "rumus tanpa nilai tersimpan: buka dan simpan berkas di Excel agar nilainya terbaca",
  en: "formula without a stored value: open and save the file in Excel so its value can be read",
};

/** Why a block was not understood: the header texts above it (or in its first rows), or that it has none. */
function reasonFor(b: { top: number; left: number; bottom: number; right: number }, textRows: Map<number, Cell[]>): Bilingual {
  // The nearest row of text above the block over its columns (its headers), else the text at its own top.
  const textsAt = (r: number) => {
    const out: string[] = [];
    for (const c of textRows.get(r) ?? []) {
      if (c.col < b.left - 1 || c.col > b.right + 1) continue;
      const t = String(c.value).replace(/\s+/g, " ").trim();
      if (t && t.length <= 200 && !out.includes(t)) out.push(t);
    }
    return out;
  };
  for (let r = b.top - 1; r >= Math.max(0, b.top - 4); r--) {
    const h = textsAt(r);
    if (h.length) return notUnderstood(h);
  }
  const own = textsAt(b.top);
  return own.length ? notUnderstood(own) : NO_HEADER;
}

function coveredTable(t: RecognizedTable): CoveredTable {
  const out: CoveredTable = {
    sheet: t.sheet,
    kind: t.kind,
    range: a1Range(t.top, t.left, t.bottom, t.right),
    columns: t.columns.map((c) => {
      const col: CoveredColumn = { col: c.col, role: c.role, header: c.header };
      for (const k of COLUMN_CONTEXT) {
        if (c[k] !== undefined) (col as unknown as Record<string, unknown>)[k] = c[k];
      }
      return col;
    }),
    hierarchySource: t.hierarchySource ?? (t.rows.some((r) => r.code) ? "code" : t.rows.some((r) => r.level) ? "label" : "none"),
    rowCount: t.rows.length,
  };
  if (t.mapped) out.mapped = true;
  if (t.title) out.title = t.title.length > 120 ? t.title.slice(0, 119) + "…" : t.title;
  if (t.declared?.length) out.declared = t.declared.map((d) => ({ cell: a1Range(t.headerBottom, d.col, t.headerBottom, d.col), text: d.text }));
  const unknown = t.columns.filter((c) => c.role === "other").map((c) => c.header);
  if (unknown.length) out.unknownHeaders = unknown;
  return out;
}
