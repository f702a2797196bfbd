// Shared SKM helpers: per-unsur rows, the respondent count (stated or inferred from NRR = total / n).
import type { RecognizedTable, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellText } from "../../tables/cells";
import { shownOf, colsWith, holdsAt, type Shown } from "../derived/common";

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
    if (jc !== undefined) u.jumlah = shownOf(grid.get(r.row, jc)) ?? undefined;
    if (nc !== undefined) u.nrr = shownOf(grid.get(r.row, nc)) ?? undefined;
    if (tc !== undefined) u.tertimbang = shownOf(grid.get(r.row, tc)) ?? undefined;
    if (rc !== undefined) u.responden = shownOf(grid.get(r.row, rc)) ?? undefined;
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
