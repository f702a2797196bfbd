// SAKIP-FORMULA-001: a formula that differs, in R1C1 form, from the formula its column follows at the same level
// (or its row follows across sibling columns of one group). Excel's "inconsistent formula" looks at two
// neighbours; this looks at the whole level of the table, and says which pattern and which cells follow it.
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { r1c1Key } from "../../formulas-model";
import { boundedCells, columnHeader, levelLabel, moreText, shown, valueEffect, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-001";

export const rule: Rule = {
  code: CODE,
  title: { id: "Rumus menyimpang dari pola kolom atau barisnya", en: "Formula breaks the pattern of its column or row" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual}, padahal {count} sel lain pada {scope} memakai pola {pattern} (mis. {example}){more}; seharusnya {expected}.{effect}",
      en: "Formula {cell} reads {actual}, but {count} other cells of {scopeEn} follow the pattern {pattern} (e.g. {example}){moreEn}; expected {expected}.{effectEn}",
      suggestion: "Salin rumus dari {example} ke {cell}, atau pastikan perbedaannya memang disengaja.",
    },
  },
  run: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    for (const [fc, issue] of tf.issues) {
      if (issue.kind !== "pattern") continue;
      const pat = issue.pattern;
      const others = pat.followers.filter((c) => c !== fc);
      const { related, more } = boundedCells(t.sheet, others);
      const effect = valueEffect(tf, issue.expected, fc.cell);
      const tr = tf.rowOf.get(fc.row);
      const header = columnHeader(t, fc.col);
      const scope = pat.scope === "column" ? `kolom ${header} (${levelLabel(tr, "id")})` : `baris ${fc.row + 1}`;
      const scopeEn = pat.scope === "column" ? `column ${header} (${levelLabel(tr, "en")})` : `row ${fc.row + 1}`;
      const now = fc.cell.text ?? String(fc.cell.value);
      const diff = effect.changes ? ` Nilainya kini ${now}; menurut pola ${effect.shownValue}.` : effect.changes === false ? " Nilainya hari ini sama, tetapi akan berbeda begitu datanya berubah." : "";
      const diffEn = effect.changes ? ` It now shows ${now}; the pattern gives ${effect.shownValue}.` : effect.changes === false ? " The value is the same today, but will differ once the data changes." : "";
      const expected = shown(tf, issue.expected);
      const actual = written(tf, fc);
      out.push({
        sheet: t.sheet, cell: a1(fc.row, fc.col), related,
        severity: effect.changes ? "error" : "warning",
        params: {
          cell: a1(fc.row, fc.col), actual, expected, count: others.length, scope, scopeEn,
          pattern: r1c1Key(pat.rep.ast, pat.rep.row, pat.rep.col), example: a1(pat.rep.row, pat.rep.col),
          more: moreText(more, "id"), moreEn: moreText(more, "en"), effect: diff, effectEn: diffEn,
        },
        expected, actual, difference: effect.changes ? effect.difference : null,
        key: `${header}|${levelLabel(tr, "en")}|${pat.scope}|${r1c1Key(fc.ast, fc.row, fc.col)}`,
      });
    }
    return out;
  }),
};
