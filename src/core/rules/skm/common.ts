// Shared SKM helpers: per-unsur rows, the respondent count (stated or inferred from NRR = total / n).
import type { RecognizedTable, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellText } from "../../tables/cells";
import { cellShown, type Shown } from "../../numbers/cell";
import { colsWith } from "../kit/columns";
import { holdsAt } from "../kit/compare";

/** Labels of summary rows under an SKM table (not an unsur). */
export const SUMMARY_LABEL = /\b(jumlah|total|nrr|rata|ikm|skm|tertimbang|indeks|mutu|kinerja unit|responden|penimbang)\b/i;

export interface UnsurRow {
  row: TableRow;
  label: string;
  jumlah?: Shown;
  nrr?: Shown;
  tertimbang?: Shown;
  responden?: Shown;
}

/** Text of the row's label: the unsur column, else the first text cell of the table's row. */
export function labelOf(grid: SheetGrid, t: RecognizedTable, r: TableRow): string {
  if (r.label) return r.label;
  const uc = colsWith(t, "unsur")[0];
  if (uc !== undefined) {
    const tx = cellText(grid.getMerged(r.row, uc));
    if (tx) return tx;
  }
  for (let c = t.left; c <= t.right; c++) {
    const tx = cellText(grid.get(r.row, c));
    if (tx && !/^[\d.,\s%]+$/.test(tx)) return tx;
  }
  return "";
}

/** Per-unsur rows of an SKM totals table (summary rows excluded). */
export function unsurRows(grid: SheetGrid, t: RecognizedTable): UnsurRow[] {
  const jc = colsWith(t, "jumlah_nilai")[0];
  const nc = colsWith(t, "nrr")[0];
  const tc = colsWith(t, "nrr_tertimbang")[0];
  const rc = colsWith(t, "responden")[0];
  const out: UnsurRow[] = [];
  for (const r of t.rows) {
    if (r.kind === "total" || r.kind === "subtotal") continue;
    const label = labelOf(grid, t, r);
    if (!label || SUMMARY_LABEL.test(label)) continue;
    const u: UnsurRow = { row: r, label };
    if (jc !== undefined) u.jumlah = cellShown(grid.get(r.row, jc)) ?? undefined;
    if (nc !== undefined) u.nrr = cellShown(grid.get(r.row, nc)) ?? undefined;
    if (tc !== undefined) u.tertimbang = cellShown(grid.get(r.row, tc)) ?? undefined;
    if (rc !== undefined) u.responden = cellShown(grid.get(r.row, rc)) ?? undefined;
    if (u.jumlah || u.nrr) out.push(u);
  }
  return out;
}

/**
 * Respondent count n that makes most stated NRR equal jumlah / n (the seed states 365 only in its text).
 * Returns undefined unless at least 3 rows and 60% of them agree.
 */
export function inferRespondents(rows: UnsurRow[]): number | undefined {
  const pairs = rows.filter((u) => u.jumlah && u.nrr && u.nrr.value > 0 && !u.nrr.percent);
  if (pairs.length < 3) return undefined;
  const cands = new Set<number>();
  for (const u of pairs) {
    const base = Math.round(u.jumlah!.value / u.nrr!.value);
    for (let d = -3; d <= 3; d++) if (base + d > 0) cands.add(base + d);
  }
  let best: { n: number; support: number } | undefined;
  for (const n of [...cands].sort((a, b) => a - b)) {
    const support = pairs.filter((u) => holdsAt(u.nrr!.value, u.nrr!.decimals, u.jumlah!.value / n)).length;
    if (!best || support > best.support) best = { n, support };
  }
  if (!best || best.support < 3 || best.support < 0.6 * pairs.length) return undefined;
  return best.n;
}

/** Raw-answer SKM table: per unsur (answer column) the sum and count of valid answers, and the summary rows
 *  written under the respondents (JUMLAH, NRR, NRR TERTIMBANG, IKM, MUTU). */
export interface RawStats {
  cols: number[];
  sums: number[];
  counts: number[];
  summary: { jumlah?: TableRow; nrr?: TableRow; tertimbang?: TableRow; ikm?: TableRow; mutu?: TableRow };
}

export function rawStats(grid: SheetGrid, t: RecognizedTable): RawStats | undefined {
  const cols = colsWith(t, "jawaban");
  if (cols.length < 2) return undefined;
  const sums = cols.map(() => 0);
  const counts = cols.map(() => 0);
  const summary: RawStats["summary"] = {};
  let respondents = 0;
  for (const r of t.rows) {
    const label = labelOf(grid, t, r).toLowerCase();
    if (/tertimbang/.test(label)) { summary.tertimbang ??= r; continue; }
    if (/\bnrr\b|rata-?\s?rata/.test(label)) { summary.nrr ??= r; continue; }
    if (/\bikm\b|indeks kepuasan|nilai skm/.test(label)) { summary.ikm ??= r; continue; }
    if (/\bmutu\b|kinerja unit/.test(label)) { summary.mutu ??= r; continue; }
    if (r.kind === "total" || /\b(jumlah|total)\b/.test(label)) { summary.jumlah ??= r; continue; }
    if (SUMMARY_LABEL.test(label) && !/responden/.test(label)) continue;
    const vals = cols.map((c) => grid.get(r.row, c));
    const nums = vals.map((c) => (c && typeof c.value === "number" ? c.value : null));
    // A row of sums (values far above 4) is not a respondent even without a label.
    if (nums.filter((v) => v !== null && v > 4).length > cols.length / 2) continue;
    respondents++;
    nums.forEach((v, i) => {
      if (v !== null && Number.isInteger(v) && v >= 1 && v <= 4) { sums[i] += v; counts[i]++; }
    });
  }
  if (respondents < 2) return undefined;
  return { cols, sums, counts, summary };
}
