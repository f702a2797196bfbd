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
  slug: "range-operator",
  family: "formulas",
  title: { id: "Salah ketik operator range (A1:A5:A9)", en: "Range operator typo (A1:A5:A9)" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual}: range berantai ini dibaca Excel sebagai satu blok utuh, bukan daftar sel{siblings}; seharusnya {expected}.",
      en: "Formula {cell} reads {actual}: Excel reads this chained range as one whole block, not a list of cells{siblingsEn}; expected {expected}.",
      suggestion: { id: "Ganti titik dua di antara sel dengan pemisah argumen: {expected}.", en: "Replace the colon between the cells with an argument separator: {expected}." },
    },
  },
  help: {
    checks: { id: "Range berantai (A1:A5:A9) di rumus tabel yang dikenali. Excel membacanya sebagai satu blok A1:A9, padahal penulisnya hampir selalu bermaksud daftar A1,A5,A9. Galat bila sel saudara di baris yang sama menulis bentuk daftarnya atau nilainya berbeda; peringatan bila nilainya kebetulan sama.", en: "A chained range (A1:A5:A9) in a formula of a recognised table. Excel reads it as the one block A1:A9, where the writer almost always meant the list A1,A5,A9. An error when a sibling cell of the row writes the list, or the value differs; a warning when the value happens to be the same." },
    why: { id: "=AVERAGE(T56:T64:T67) merata-ratakan seluruh blok, termasuk baris yang tidak dimaksud, dan hasilnya tetap tampak seperti persentase yang wajar.", en: "=AVERAGE(T56:T64:T67) averages the whole block, rows that were not meant included, and still looks like a plausible percentage." },
    fix: { id: "Ganti titik dua di antara sel dengan pemisah argumen (; di Excel berbahasa Indonesia).", en: "Replace the colons between the cells with argument separators (; in Indonesian Excel)." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran kinerja)", en: "PermenPANRB 53/2014 (performance measurement)" },
  },
  checkTable: perTable((tf) => {
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
