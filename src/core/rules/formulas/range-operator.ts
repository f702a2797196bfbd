// SAKIP-FORMULA-003: a chained range, =AVERAGE(T56:T64:T67): Excel reads it as T56:T67 and averages the whole
// block, where the writer almost always meant the list T56,T64,T67 (a colon typed for a comma).
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { follows } from "../../formulas-model";
import { boundedCells, columnHeader, shown, valueEffect, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-003";

export const rule: Rule = {
  code: CODE,
  title: { id: "Salah ketik operator range (A1:A5:A9)", en: "Range operator typo (A1:A5:A9)" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual}: range berantai ini dibaca Excel sebagai satu blok utuh, bukan daftar sel{siblings}; seharusnya {expected}.",
      en: "Formula {cell} reads {actual}: Excel reads this chained range as one whole block, not a list of cells{siblingsEn}; expected {expected}.",
      suggestion: "Ganti titik dua di antara sel dengan pemisah argumen: {expected}.",
    },
  },
  run: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    for (const [fc, issue] of tf.issues) {
      if (issue.kind !== "chained" || !issue.expected) continue;
      // Sibling cells of the same row whose formula is the list form: they say what was meant.
      const siblings = tf.formulas.filter((o) => o.row === fc.row && o !== fc && follows(o.ast, o.row, o.col, issue.expected!, fc.row, fc.col));
      const effect = valueEffect(tf, issue.expected, fc.cell);
      const { related } = boundedCells(t.sheet, siblings);
      const expected = shown(tf, issue.expected);
      const actual = written(tf, fc);
      const sib = siblings.length ? `, seperti pada ${siblings.slice(0, 3).map((s) => a1(s.row, s.col)).join(", ")}` : "";
      const sibEn = siblings.length ? `, as in ${siblings.slice(0, 3).map((s) => a1(s.row, s.col)).join(", ")}` : "";
      out.push({
        sheet: t.sheet, cell: a1(fc.row, fc.col), related,
        // The list is a guess unless siblings write it, or the chained block already gives another value.
        severity: siblings.length || effect.changes ? "error" : "warning",
        params: { cell: a1(fc.row, fc.col), actual, expected, siblings: sib, siblingsEn: sibEn },
        expected, actual, difference: effect.changes ? effect.difference : null,
        key: `${columnHeader(t, fc.col)}|${tf.rowOf.get(fc.row)?.label ?? ""}|${fc.cell.formula ?? ""}`.replace(/\d+/g, "#"),
      });
    }
    return out;
  }),
};
