// A finding: one problem, at one place, said in Indonesian (English available).
import type { Fix } from "./fix";

export type Severity = "error" | "warning" | "info";

export interface CellRef {
  sheet: string;
  /** A1 or A1:B2 */
  cell: string;
}

export interface Finding {
  /** Stable code from the rule catalogue, e.g. "SAKIP-TOTAL-001". */
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related: CellRef[];
  /** Related cells not listed in `related` (the list is bounded); absent or 0 when all are listed. */
  relatedMore?: number;
  /** Indonesian message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** What the value should be (formatted for a reader, e.g. "Rp 1.672.255.000" or "106,92%"), or null. */
  expected: string | null;
  /** What is there, as the user sees it, or null. */
  actual: string | null;
  /** expected - actual where both are numeric (in the unit of the cell: rupiah, fraction, ...), else null. */
  difference: number | null;
  /** What to do, in Indonesian, or null. */
  suggestion: string | null;
  /** What to do, in English, or null (null exactly when `suggestion` is). */
  suggestionEn: string | null;
  /** Stable across inserted rows/columns: built from rule, sheet and content, not from addresses. */
  fingerprint: string;
  /** The change that would resolve it, when the rule knows the value the cell should hold. */
  fix?: Fix;
}
