// SAKIP-FORMULA-008: a formula that refers to itself, directly or through a short chain of the table's formulas.
// Excel then shows the last value it computed (or 0), which looks plausible and is not a figure.
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { boundedCells, columnHeader, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-008";

export const rule: Rule = {
  code: CODE,
  slug: "circular",
  family: "formulas",
  title: { id: "Referensi melingkar", en: "Circular reference" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual} dan merujuk ke dirinya sendiri (referensi melingkar): nilainya bukan hasil perhitungan.",
      en: "Formula {cell} reads {actual} and refers to itself (a circular reference): its value is not a computed figure.",
      suggestion: { id: "Keluarkan {cell} dari range rumusnya sendiri.", en: "Take {cell} out of its own range." },
    },
    chain: {
      id: "Rumus {cell} tertulis {actual} dan membentuk lingkaran dengan {chain} (referensi melingkar): nilainya bukan hasil perhitungan.",
      en: "Formula {cell} reads {actual} and forms a loop with {chain} (a circular reference): its value is not a computed figure.",
      suggestion: { id: "Putuskan lingkaran: salah satu sel {chain} harus dihitung dari rinciannya, bukan dari sel lain di lingkaran.", en: "Break the loop: one of {chain} must be computed from its items, not from another cell of the loop." },
    },
  },
  help: {
    checks: { id: "Rumus yang rujukannya (termasuk range) memuat selnya sendiri, atau lingkaran pendek (sampai 8 sel) antar-rumus di tabel yang sama. Satu temuan per lingkaran.", en: "A formula whose references (ranges included) contain its own cell, or a short loop (up to 8 cells) among the table's formulas. One finding per loop." },
    why: { id: "Dengan referensi melingkar Excel menampilkan nilai terakhir yang sempat dihitung (atau 0): angka yang tampak wajar tetapi bukan hasil perhitungan.", en: "With a circular reference Excel shows the last value it computed (or 0): a plausible-looking figure that is not a computation." },
    fix: { id: "Keluarkan sel itu dari range-nya sendiri, atau putuskan lingkarannya.", en: "Take the cell out of its own range, or break the loop." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran dan pelaporan kinerja)", en: "PermenPANRB 53/2014 (performance measurement and reporting)" },
  },
  checkTable: perTable((tf) => {
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
