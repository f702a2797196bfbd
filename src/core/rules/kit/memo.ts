// Workbook-wide facts a table rule needs on every table (polarity by indicator, ...): computed once per run.
import type { RuleContext } from "../rule";

const cache = new WeakMap<object, Map<unknown, unknown>>();

/** fn(ctx), computed once per recognised workbook. */
export function perWorkbook<T>(ctx: RuleContext, fn: (ctx: RuleContext) => T): T {
  let m = cache.get(ctx.recognized);
  if (!m) cache.set(ctx.recognized, (m = new Map()));
  if (!m.has(fn)) m.set(fn, fn(ctx));
  return m.get(fn) as T;
}
