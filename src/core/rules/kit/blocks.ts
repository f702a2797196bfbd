// Which rows a total adds up: shared by the rules that read totals (the sum of the items, the range of a SUM).
import type { RecognizedTable, TableRow } from "../../tables/table";

/** Rows a total sums: the subtotals before it when there are any, else the items (group headings excluded). */
export function itemsOf(t: RecognizedTable, totalIndex: number): TableRow[] {
  const rows = t.rows;
  const total = rows[totalIndex];
  let start = 0;
  for (let i = totalIndex - 1; i >= 0; i--) {
    const k = rows[i].kind;
    if (k === "total" || (total.kind === "subtotal" && k === "subtotal")) { start = i + 1; break; }
  }
  const span = rows.slice(start, totalIndex);
  if (total.kind === "total" && span.some((r) => r.kind === "subtotal")) return span.filter((r) => r.kind === "subtotal");
  return span.filter((r) => r.kind === "item");
}
