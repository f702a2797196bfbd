// Test helpers for the rules' unit tests:
// a sheet from a grid of values and a recognised table with given column roles, without the recogniser.
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { ColumnRole, RecognizedTable, TableKind, TableRow, PkHeader } from "../../src/core/tables/table";
import type { RuleContext, Rule, FindingDraft } from "../../src/core/rules/rule";
import { DEFAULT_SETTINGS, type ValidationSettings } from "../../src/core/settings";
import { buildHierarchy } from "../../src/core/tables/hierarchy";
import { contextFor, runRule } from "../../src/core/validate";
import { RULES } from "../../src/core/rules/catalogue";
import { recognizeWorkbook } from "../../src/core/tables/recognize";

/** A cell value, or { v, f (number format), t (displayed text) }. */
export type Spec = string | number | null | undefined | { v: string | number | null; f?: string; t?: string };

export function sheetOf(name: string, grid: Spec[][]): SheetSnapshot {
  const cells: Cell[] = [];
  grid.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec === null || spec === undefined || spec === "") return;
      const o = typeof spec === "object" ? spec : { v: spec };
      if (o.v === null) return;
      const cell: Cell = { row: r, col: c, value: o.v, type: typeof o.v === "number" ? "number" : "string" };
      if (o.f) cell.numberFormat = o.f;
      if (o.t) cell.text = o.t;
      cells.push(cell);
    }),
  );
  return { name, visibility: "visible", rowCount: grid.length, colCount: Math.max(0, ...grid.map((r) => r.length)), cells, merges: [] };
}

/** A table whose header is row `headerRow` and whose data rows are the next rows up to `lastRow`. */
export function tableOf(
  sheet: string,
  kind: TableKind,
  headerRow: number,
  roles: Array<ColumnRole | null>,
  lastRow: number,
  rowKinds: Record<number, TableRow["kind"]> = {},
): RecognizedTable {
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) rows.push({ row: r, kind: rowKinds[r] ?? "item" });
  return {
    kind, sheet, top: headerRow, left: 0, bottom: lastRow, right: roles.length - 1, headerTop: headerRow, headerBottom: headerRow,
    columns: roles.map((role, col) => (role ? { role, col, header: role.toUpperCase() } : null)).filter(Boolean) as RecognizedTable["columns"],
    rows,
  };
}

export function ctxOf(sheets: SheetSnapshot[], tables: RecognizedTable[], settings: Partial<ValidationSettings> = {}, pkHeaders: PkHeader[] = []): RuleContext {
  const workbook: WorkbookSnapshot = { name: "test.xlsx", sheets };
  const hierarchy = buildHierarchy(workbook, { tables, pkHeaders });
  const s = { ...DEFAULT_SETTINGS, ...settings };
  return {
    workbook,
    recognized: { tables, pkHeaders, hierarchy },
    hierarchy,
    settings: s,
    defersTo: () => {
      throw new Error("run the rule with run(rule, ctx)");
    },
  };
}

/** Runs a rule as the engine does (every catalogue rule not disabled runs beside it) and checks that every variant
 *  it used has a message whose placeholders all have params. */
export function run(rule: Rule, ctx: RuleContext): FindingDraft[] {
  const running = new Set(RULES.map((r) => r.code).filter((c) => !ctx.settings.disabledRules.includes(c)));
  const out = runRule(rule, contextFor(rule, ctx.workbook, ctx.recognized, ctx.settings, running));
  for (const f of out) {
    const v = f.variant ?? "default";
    if (!rule.messages[v]) throw new Error(`${rule.code}: no message for variant ${v}`);
    const m = rule.messages[v];
    const tpl = m.id + m.en + (m.suggestion ? m.suggestion.id + m.suggestion.en : "");
    for (const m of tpl.matchAll(/\{(\w+)\}/g)) if (!(m[1] in f.params)) throw new Error(`${rule.code}: missing param ${m[1]}`);
  }
  return out;
}

/** A PK header's signature lines with the two parties' NIPs (a number NIP goes in the cell right of "NIP."). */
export function partyNipSheet(name: string, nips: Array<string | number>): SheetSnapshot {
  const rows: Spec[][] = [["PIHAK KEDUA", null, "PIHAK PERTAMA"], ["Drs. SHODIKIN, M.Pd", null, "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP."], ["Pembina Utama Muda", null, "Pembina"]];
  rows.push([typeof nips[0] === "string" ? `NIP. ${nips[0]}` : "NIP.", typeof nips[0] === "number" ? nips[0] : null, `NIP. ${nips[1]}`]);
  return sheetOf(name, rows);
}

/** The context rules see for a workbook, through the real recogniser (tables, PK headers, hierarchy). */
export function recognizedCtx(workbook: WorkbookSnapshot, settings: Partial<ValidationSettings> = {}): RuleContext {
  const recognized = recognizeWorkbook(workbook);
  return { workbook, recognized, hierarchy: recognized.hierarchy, settings: { ...DEFAULT_SETTINGS, ...settings }, defersTo: () => { throw new Error("run the rule with run(rule, ctx)"); } };
}
