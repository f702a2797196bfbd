// SAKIP-FORMULA-008: a formula that refers to itself, directly or through a short chain of the table's formulas.
// Excel then shows the last value it computed (or 0), which looks plausible and is not a figure.
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { boundedCells, columnHeader, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-008";

export const rule: Rule = {
  code: CODE,
  title: { id: "Referensi melingkar", en: "Circular reference" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual} dan merujuk ke dirinya sendiri (referensi melingkar): nilainya bukan hasil perhitungan.",
      en: "Formula {cell} reads {actual} and refers to itself (a circular reference): its value is not a computed figure.",
      suggestion: "Keluarkan {cell} dari range rumusnya sendiri.",
    },
    chain: {
      id: "Rumus {cell} tertulis {actual} dan membentuk lingkaran dengan {chain} (referensi melingkar): nilainya bukan hasil perhitungan.",
      en: "Formula {cell} reads {actual} and forms a loop with {chain} (a circular reference): its value is not a computed figure.",
      suggestion: "Putuskan lingkaran: salah satu sel {chain} harus dihitung dari rinciannya, bukan dari sel lain di lingkaran.",
    },
  },
  run: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    const done = new Set<unknown>();
    for (const [fc, issue] of tf.issues) {
      if (issue.kind !== "circular" || done.has(issue.cycle)) continue;
      done.add(issue.cycle);
      const first = issue.cycle[0];
      const { related } = boundedCells(t.sheet, issue.cycle, first);
      const chain = issue.cycle.filter((c) => c !== first).map((c) => a1(c.row, c.col)).join(", ");
      const actual = written(tf, first);
      out.push({
        sheet: t.sheet, cell: a1(first.row, first.col), related,
        variant: issue.cycle.length > 1 ? "chain" : "default",
        params: { cell: a1(first.row, first.col), actual, chain },
        expected: null, actual, difference: null,
        key: `${columnHeader(t, fc.col)}|${tf.rowOf.get(first.row)?.label ?? ""}|${issue.cycle.length}`,
      });
    }
    return out;
  }),
};
