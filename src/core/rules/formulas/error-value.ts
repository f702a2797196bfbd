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
  slug: "error-value",
  family: "formulas",
  title: { id: "Nilai galat Excel di tabel", en: "Excel error value in a table" },
  severity: "error",
  messages: {
    default: {
      id: "{cell} berisi {error}{formula}{dependants}.",
      en: "{cell} holds {error}{formulaEn}{dependantsEn}.",
      suggestion: { id: "Perbaiki rumus atau data yang dirujuk {cell} sampai tidak lagi {error}.", en: "Fix the formula or the data {cell} refers to until it no longer shows {error}." },
    },
  },
  help: {
    checks: { id: "Nilai galat Excel (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!) di sel tabel yang dikenali, dilaporkan di sel tempat galat itu bermula, dengan sel-sel yang bergantung padanya (dibatasi). Diam untuk galat di luar tabel yang dikenali (lembar coretan) dan untuk pembagian yang dijaga IFERROR.", en: "An Excel error value (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!) in a cell of a recognised table, reported where it starts, with the cells that depend on it (bounded). Silent for errors outside recognised tables (a scratch sheet) and for divisions guarded by IFERROR." },
    why: { id: "#REF! dan #DIV/0! yang tertinggal merambat ke jumlah dan capaian yang dilaporkan; rata-rata atau total yang memuatnya tidak dapat dihitung.", en: "A #REF! or #DIV/0! left behind spreads to the reported totals and capaian; an average or total that reads it cannot be computed." },
    fix: { id: "Perbaiki rujukan yang rusak (#REF!) atau isi penyebutnya (#DIV/0!); bila memang belum ada datanya, jaga rumus dengan IFERROR.", en: "Repair the broken reference (#REF!) or fill the denominator (#DIV/0!); where the data does not exist yet, guard the formula with IFERROR." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran dan pelaporan kinerja)", en: "PermenPANRB 53/2014 (performance measurement and reporting)" },
  },
  checkTable: perTable((tf) => {
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
