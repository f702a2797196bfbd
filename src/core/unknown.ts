// Figures a workbook does not state: a formula whose result the file does not store (a tool that does not
// calculate, a link to another workbook). Such a figure is unknown, not zero. A finding built across one cannot be
// trusted (a JUMLAH over an unknown item would be "wrong" by exactly that item), so it is not made, and coverage
// says which figures could not be checked.
import type { Finding } from "./findings/finding";
import type { WorkbookSnapshot } from "./workbook/snapshot";
import type { Coverage } from "./coverage";
import { a1, parseA1Range } from "./workbook/a1";

const REASON = {
  id: "rumus tanpa hasil tersimpan di berkas: angkanya tidak diketahui, jadi tidak diperiksa (buka dan simpan di Excel agar dihitung)",
  en: "formula without a stored result in the file: the figure is unknown and was not checked (open and save it in Excel to calculate it)",
};

/** Unknown cells per sheet, sorted by row then column. Empty when the workbook has none (the usual case). */
function unknownCells(wb: WorkbookSnapshot): Map<string, Array<{ row: number; col: number }>> {
  const out = new Map<string, Array<{ row: number; col: number }>>();
  for (const s of wb.sheets) {
    const list = s.cells.filter((c) => c.valueUnknown).map((c) => ({ row: c.row, col: c.col }));
    if (list.length) out.set(s.name, list.sort((x, y) => x.row - y.row || x.col - y.col));
  }
  return out;
}

/** First index whose row is >= row. */
function lowerBound(list: Array<{ row: number }>, row: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Findings whose cells span an unknown figure are dropped: on each sheet a finding names (its cell, its related
 * cells), the rectangle around those cells is what it was computed from (a total and its items, a ratio and its
 * inputs). Coverage gets one entry per unknown figure.
 */
export function withoutUnknownFigures(findings: Finding[], wb: WorkbookSnapshot, coverage: Coverage): Finding[] {
  const unknown = unknownCells(wb);
  if (unknown.size === 0) return findings;
  for (const [sheet, list] of unknown) for (const c of list) coverage.unknownFigures.push({ sheet, cell: a1(c.row, c.col), reason: REASON });
  return findings.filter((f) => {
    const boxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (const ref of [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])]) {
      if (!unknown.has(ref.sheet)) continue;
      const r = parseA1Range(ref.cell);
      if (!r) continue;
      const b = boxes.get(ref.sheet);
      if (!b) boxes.set(ref.sheet, { ...r });
      else {
        b.top = Math.min(b.top, r.top);
        b.left = Math.min(b.left, r.left);
        b.bottom = Math.max(b.bottom, r.bottom);
        b.right = Math.max(b.right, r.right);
      }
    }
    for (const [sheet, b] of boxes) {
      const list = unknown.get(sheet)!;
      for (let i = lowerBound(list, b.top); i < list.length && list[i].row <= b.bottom; i++) {
        if (list[i].col >= b.left && list[i].col <= b.right) return false;
      }
    }
    return true;
  });
}
