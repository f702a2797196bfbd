// The formula family's glue: every rule reads one table's analysis (analysis.ts) and reports its own issues.
import type { FindingDraft, RuleContext } from "../rule";
import { tableFormulas, type TableFormulas } from "./analysis";

/** Runs `check` on the formula analysis of every recognised table. */
export function perTable(check: (tf: TableFormulas, ctx: RuleContext) => FindingDraft[]): (ctx: RuleContext) => FindingDraft[] {
  return (ctx) => {
    const out: FindingDraft[] = [];
    for (const t of ctx.recognized.tables) {
      const tf = tableFormulas(ctx.workbook, t);
      if (tf && (tf.formulas.length || tf.typedOver.length)) out.push(...check(tf, ctx));
    }
    return out;
  };
}
