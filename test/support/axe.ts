// axe-core in the page (its file from node_modules; the pane's CSP is bypassed by the browser context for this).
import * as fs from "fs";
import type { Page } from "playwright-core";

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical violations on the page as it is now. */
export async function checkA11y(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined"))) await page.addScriptTag({ content: AXE });
  const res = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; html: string }> }> }> } }).axe;
    // Fluent's focus manager (tabster) places focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>) that
    // hand focus on at once; they are never a stop for a keyboard user, so axe is told to skip them.
    const r = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 600)}`) }));
  })) as Violation[];
  return res.filter((v) => v.impact === "serious" || v.impact === "critical");
}
