// The formula family's glue: every rule reads one table's analysis (analysis.ts) and reports its own issues.
import type { FindingDraft, RuleContext } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { tableFormulas, type TableFormulas } from "./analysis";

/** A table rule's check over the formula analysis of the table (computed once, shared by the family). */
export function perTable(check: (tf: TableFormulas, ctx: RuleContext) => FindingDraft[]): (t: RecognizedTable, g: SheetGrid, ctx: RuleContext) => FindingDraft[] {
  return (t, _g, ctx) => {
    const tf = tableFormulas(ctx.workbook, t);
    return tf && (tf.formulas.length || tf.typedOver.length) ? check(tf, ctx) : [];
  };
}
