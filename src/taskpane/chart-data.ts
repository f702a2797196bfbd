// The chart's data: capaian kinerja against serapan anggaran, one bar pair per item row of every recognised
// measurement (or efficiency) table. A small adapter over recognition, so a presenter's own data function can
// replace it without touching the chart.
import { recognizeWorkbook } from "../core/tables/recognize";
import type { ColumnRole, RecognizedTable } from "../core/tables/table";
import type { Cell, WorkbookSnapshot } from "../core/workbook/snapshot";
import { a1Range } from "../core/workbook/a1";

export interface ChartPoint {
  label: string;
  /** Percent (95 = 95 %), or null where the row has no figure. */
  kinerja: number | null;
  anggaran: number | null;
  sheet: string;
  /** The row's cells, for "go to". */
  cell: string;
}

export interface ChartData {
  points: ChartPoint[];
  /** Rows left out beyond the bound. */
  more: number;
}

export const MAX_POINTS = 12;

function percentOf(c: Cell | undefined): number | null {
  if (!c || c.value === null || c.value === "") return null;
  if (typeof c.value === "number") {
    if (!Number.isFinite(c.value)) return null;
    return c.numberFormat && c.numberFormat.includes("%") ? c.value * 100 : c.value;
  }
  if (typeof c.value === "string") {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(c.value);
    return m ? Number(m[1].replace(",", ".")) : null;
  }
  return null;
}

function column(t: RecognizedTable, ...roles: ColumnRole[]): number | undefined {
  for (const r of roles) {
    const c = t.columns.find((x) => x.role === r);
    if (c) return c.col;
  }
  return undefined;
}

export function chartDataFrom(wb: WorkbookSnapshot, max = MAX_POINTS): ChartData {
  const rec = recognizeWorkbook(wb);
  const points: ChartPoint[] = [];
  let total = 0;
  for (const t of rec.tables) {
    if (t.kind !== "measurement" && t.kind !== "efficiency") continue;
    const kin = column(t, "capaian_kinerja", "capaian");
    const ang = column(t, "serapan", "capaian_anggaran");
    if (kin === undefined || ang === undefined) continue;
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const at = new Map<number, Cell>();
    for (const c of sheet.cells) if (c.row > t.headerBottom && c.row <= t.bottom && (c.col === kin || c.col === ang)) at.set(c.row * 16384 + c.col, c);
    for (const r of t.rows) {
      if (r.kind !== "item" || r.continued) continue;
      const kinerja = percentOf(at.get(r.row * 16384 + kin));
      const anggaran = percentOf(at.get(r.row * 16384 + ang));
      if (kinerja === null && anggaran === null) continue;
      total++;
      if (points.length < max) {
        points.push({
          label: r.label || `${t.sheet} ${r.row + 1}`,
          kinerja,
          anggaran,
          sheet: t.sheet,
          cell: a1Range(r.row, Math.min(kin, ang), r.row, Math.max(kin, ang)),
        });
      }
    }
  }
  return { points, more: total - points.length };
}
