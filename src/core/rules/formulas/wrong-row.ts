// SAKIP-FORMULA-005: a row-wise formula that takes another row's cell where the rest of its column (or row) takes
// its own row's: =E6/D6 in row 5 of a column of =E5/D5, =E6/D6, ...
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { refsOf } from "../../formulas-model";
import { boundedCells, columnHeader, levelLabel, moreText, shown, valueEffect, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-005";

export const rule: Rule = {
  code: CODE,
  slug: "wrong-row",
  family: "formulas",
  title: { id: "Rumus memakai sel dari baris lain", en: "Formula takes a cell of another row" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual} dan memakai sel baris {rows}, padahal {count} rumus lain di kolom {column} memakai sel barisnya sendiri{more}; seharusnya {expected}.",
      en: "Formula {cell} reads {actual} and takes cells of row {rows}, but {count} other formulas of column {column} take their own row's{moreEn}; expected {expected}.",
      suggestion: { id: "Ganti rumus {cell} menjadi {expected}.", en: "Change the formula of {cell} to {expected}." },
    },
  },
  help: {
    checks: { id: "Rumus per baris (capaian, serapan, sisa) yang memakai sel dari baris lain, padahal rumus lain di kolomnya pada tingkat yang sama memakai sel barisnya sendiri. Diam untuk rujukan yang dikunci ke satu baris ($G$4) oleh semua baris.", en: "A row-wise formula (capaian, serapan, remaining budget) that takes a cell of another row where the other formulas of its column at that level take their own row's. Silent for references every row anchors to one row ($G$4)." },
    why: { id: "Rumus yang bergeser satu baris memberi capaian atau serapan milik sub kegiatan lain, dengan nilai yang tampak wajar.", en: "A formula shifted by one row gives another sub kegiatan's capaian or serapan, with a value that looks plausible." },
    fix: { id: "Ganti rujukan ke sel barisnya sendiri, seperti rumus yang disarankan.", en: "Point the references at the cell's own row, as in the suggested formula." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran kinerja)", en: "PermenPANRB 53/2014 (performance measurement)" },
  },
  checkTable: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    for (const [fc, issue] of tf.issues) {
      if (issue.kind !== "wrongRow") continue;
      const others = issue.pattern.followers.filter((c) => c !== fc);
      const { related, more } = boundedCells(t.sheet, others);
      const effect = valueEffect(tf, issue.expected, fc.cell);
      const rows = new Set<number>();
      for (const ref of refsOf(fc.ast)) for (const p of ref.parts) if (p.row !== undefined && p.row !== fc.row) rows.add(p.row + 1);
      const header = columnHeader(t, fc.col);
      const expected = shown(tf, issue.expected);
      const actual = written(tf, fc);
      out.push({
        sheet: t.sheet, cell: a1(fc.row, fc.col), related,
        severity: effect.changes ? "error" : "warning",
        params: { cell: a1(fc.row, fc.col), actual, expected, rows: [...rows].join(", "), count: others.length, column: header, more: moreText(more, "id"), moreEn: moreText(more, "en") },
        expected, actual, difference: effect.changes ? effect.difference : null,
        key: `${header}|${levelLabel(tf.rowOf.get(fc.row), "en")}|${tf.rowOf.get(fc.row)?.label ?? ""}|${[...rows].map((r) => r - 1 - fc.row).join(",")}`,
      });
    }
    return out;
  }),
};
