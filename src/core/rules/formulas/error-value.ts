// SAKIP-FORMULA-007: an Excel error value (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME? ...) in a cell of a recognised
// table, with the cells that depend on it. Reported where it starts, not again in each cell it spreads to.
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { formulaOf, refBox, refsOf, type Ref } from "../../formulas-model";
import type { Cell } from "../../workbook/snapshot";
import { boundedCells, columnHeader, isSameSheet, moreText, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-007";
const MAX_ERRORS = 500;

export const rule: Rule = {
  code: CODE,
  title: { id: "Nilai galat Excel di tabel", en: "Excel error value in a table" },
  severity: "error",
  messages: {
    default: {
      id: "{cell} berisi {error}{formula}{dependants}.",
      en: "{cell} holds {error}{formulaEn}{dependantsEn}.",
      suggestion: "Perbaiki rumus atau data yang dirujuk {cell} sampai tidak lagi {error}.",
    },
  },
  run: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    const errors: Cell[] = [];
    for (const r of t.rows) for (const c of tf.grid.row(r.row)) {
      if (c.col >= t.left && c.col <= t.right && c.type === "error") errors.push(c);
      if (errors.length >= MAX_ERRORS) break;
    }
    if (!errors.length) return out;
    // Who reads which error cell: every formula of the sheet, its references read once.
    const readers: Array<{ cell: Cell; refs: Ref[] }> = [];
    for (const c of tf.grid.sheet.cells) {
      const p = formulaOf(c);
      if (p) readers.push({ cell: c, refs: refsOf(p.ast) });
    }
    const isError = new Set(errors);
    const dependantsOf = (e: Cell): Cell[] => readers.filter((x) => x.cell !== e && x.refs.some((ref) => {
      if (!isSameSheet(ref, t.sheet)) return false;
      const b = refBox(ref);
      return b.top <= e.row && e.row <= b.bottom && b.left <= e.col && e.col <= b.right;
    })).map((x) => x.cell);
    const deps = new Map<Cell, Cell[]>();
    for (const e of errors) deps.set(e, dependantsOf(e));
    const downstream = new Set<Cell>();
    for (const e of errors) for (const d of deps.get(e)!) if (isError.has(d) && d.type === "error") downstream.add(d);
    for (const e of errors) {
      if (downstream.has(e)) continue;
      const all = collect(e, deps, dependantsOf);
      const { related, more } = boundedCells(t.sheet, all);
      const fc = formulaOf(e);
      const shownFormula = fc ? written(tf, { row: e.row, col: e.col, cell: e, ast: fc.ast }) : null;
      const error = String(e.value);
      const list = all.slice(0, 5).map((c) => a1(c.row, c.col)).join(", ");
      out.push({
        sheet: t.sheet, cell: a1(e.row, e.col), related,
        params: {
          cell: a1(e.row, e.col), error,
          formula: shownFormula ? ` (rumus ${shownFormula})` : "", formulaEn: shownFormula ? ` (formula ${shownFormula})` : "",
          dependants: all.length ? `; ${all.length} sel bergantung padanya: ${list}${all.length > 5 ? moreText(all.length - 5, "id") : ""}` : "",
          dependantsEn: all.length ? `; ${all.length} cells depend on it: ${list}${all.length > 5 ? moreText(all.length - 5, "en") : ""}` : "",
        },
        expected: null, actual: shownFormula ? `${error} ${shownFormula}` : error, difference: null,
        key: `${columnHeader(t, e.col)}|${tf.rowOf.get(e.row)?.label ?? ""}|${error}`,
      });
    }
    return out;
  }),
};

/** The cells an error reaches, through dependants of dependants (bounded). */
function collect(e: Cell, deps: Map<Cell, Cell[]>, dependantsOf: (c: Cell) => Cell[]): Cell[] {
  const seen = new Set<Cell>([e]);
  const out: Cell[] = [];
  const queue = [...(deps.get(e) ?? [])];
  while (queue.length && out.length < 200) {
    const c = queue.shift()!;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    queue.push(...(deps.get(c) ?? dependantsOf(c)));
  }
  out.sort((a, b) => a.row - b.row || a.col - b.col);
  return out;
}
