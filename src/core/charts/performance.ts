// Capaian kinerja against serapan anggaran, per sasaran (or program), from the recognised measurement tables: the
// data of an LKjIP's "Perbandingan Realisasi Kinerja dan Anggaran" chart. The pane, the HTML report and the Excel
// chart all draw from this.
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { ColumnRole, RecognizedTable, RecognizedWorkbook } from "../tables/table";
import type { Bilingual } from "../coverage";
import { gridOf, sheetByName, type SheetGrid } from "../tables/cells";

export interface PerformancePoint {
  /** The sasaran (or program) as written. */
  label: string;
  /** Capaian kinerja as a fraction (1.0692 = 106,92%): the mean over its indicators; null when none was stated. */
  capaian: number | null;
  /** Serapan anggaran as a fraction: realisasi / pagu summed over its rows, else the mean stated serapan. */
  serapan: number | null;
  /** Indicators (data rows) that fed the point. */
  indicators: number;
  sheet: string;
  /** 0-based rows read, for "go to the source". */
  rows: number[];
}

export interface PerformanceChart {
  title: Bilingual;
  /** What one point stands for. */
  by: "sasaran" | "program";
  points: PerformancePoint[];
  /** Points left out beyond MAX_POINTS. */
  more: number;
}

/** A chart stays readable: beyond this, points are left out (and counted in `more`). */
export const MAX_POINTS = 40;

const col = (t: RecognizedTable, ...roles: ColumnRole[]) => {
  for (const r of roles) {
    const c = t.columns.find((x) => x.role === r);
    if (c) return c.col;
  }
  return undefined;
};

/** A percent as a fraction: 106,92% stays 1.0692; a plain 106,92 beside percents is read as percent points. */
function fraction(g: SheetGrid, row: number, c: number | undefined): number | null {
  if (c === undefined) return null;
  const n = g.number(row, c);
  if (!n || n.value === null || !Number.isFinite(n.value)) return null;
  return n.percent || Math.abs(n.value) <= 3 ? n.value : n.value / 100;
}

function amount(g: SheetGrid, row: number, c: number | undefined): number | null {
  if (c === undefined) return null;
  const n = g.number(row, c);
  return n && n.value !== null && Number.isFinite(n.value) && !n.percent ? n.value : null;
}

interface Acc {
  label: string;
  sheet: string;
  rows: number[];
  capaian: number[];
  serapan: number[];
  pagu: number;
  realisasi: number;
  budgetRows: number;
}

/** The chart's points, in the order the tables list them; null when no table has both capaian and a budget figure. */
export function performanceChart(wb: WorkbookSnapshot, recognized: RecognizedWorkbook): PerformanceChart | null {
  const groups = new Map<string, Acc>();
  let bySasaran = false;
  let byProgram = false;
  for (const t of recognized.tables) {
    if (t.kind !== "measurement" && t.kind !== "efficiency") continue;
    const cap = col(t, "capaian_kinerja", "capaian");
    const ser = col(t, "serapan", "capaian_anggaran");
    const pagu = col(t, "pagu", "anggaran");
    const real = col(t, "realisasi_anggaran");
    if (cap === undefined || (ser === undefined && (pagu === undefined || real === undefined))) continue;
    const labelCol = col(t, "sasaran") ?? col(t, "program");
    const labelRole = col(t, "sasaran") !== undefined ? "sasaran" : col(t, "program") !== undefined ? "program" : undefined;
    const fallback = col(t, "indikator", "uraian", "kegiatan");
    const sheet = sheetByName(wb, t.sheet);
    if (!sheet) continue;
    const g = gridOf(sheet);
    for (const r of t.rows) {
      if (r.kind !== "item") continue;
      const label = (labelCol !== undefined ? g.text(r.row, labelCol) : "") || (fallback !== undefined ? g.text(r.row, fallback) : "");
      if (!label) continue;
      const key = `${t.sheet}\u0000${label.toLowerCase()}`;
      let a = groups.get(key);
      if (!a) groups.set(key, (a = { label, sheet: t.sheet, rows: [], capaian: [], serapan: [], pagu: 0, realisasi: 0, budgetRows: 0 }));
      a.rows.push(r.row);
      const c = fraction(g, r.row, cap);
      if (c !== null) a.capaian.push(c);
      const p = amount(g, r.row, pagu);
      const q = amount(g, r.row, real);
      if (p !== null && q !== null && p > 0) {
        a.pagu += p;
        a.realisasi += q;
        a.budgetRows++;
      } else {
        const s = fraction(g, r.row, ser);
        if (s !== null) a.serapan.push(s);
      }
    }
    if (labelRole === "sasaran") bySasaran = true;
    else if (labelRole === "program") byProgram = true;
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null);
  const points: PerformancePoint[] = [];
  for (const a of groups.values()) {
    const capaian = mean(a.capaian);
    const serapan = a.budgetRows ? a.realisasi / a.pagu : mean(a.serapan);
    if (capaian === null && serapan === null) continue;
    points.push({ label: a.label, capaian, serapan, indicators: a.rows.length, sheet: a.sheet, rows: a.rows });
  }
  if (!points.some((p) => p.capaian !== null) || !points.some((p) => p.serapan !== null)) return null;
  const by = bySasaran || !byProgram ? "sasaran" : "program";
  return {
    title: { id: "Perbandingan Realisasi Kinerja dan Anggaran", en: "Performance achieved against budget absorbed" },
    by,
    points: points.slice(0, MAX_POINTS),
    more: Math.max(0, points.length - MAX_POINTS),
  };
}
