// SAKIP-FORMULA-006: a number typed where every other row of the same level in the column is a formula: the
// figure no longer follows its data (a typed 0 in a column of capaian formulas).
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { boundedCells, columnHeader, levelLabel, moreText, shown, valueEffect } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-006";

export const rule: Rule = {
  code: CODE,
  slug: "typed-over",
  family: "formulas",
  title: { id: "Angka diketik di kolom rumus", en: "Number typed over a column of formulas" },
  severity: "error",
  messages: {
    default: {
      id: "{cell} berisi angka {actual} yang diketik, padahal {count} baris lain di kolom {column} ({level}) berupa rumus{more}; seharusnya {expected}.{effect}",
      en: "{cell} holds the typed number {actual}, but {count} other rows of column {column} ({levelEn}) are formulas{moreEn}; expected {expected}.{effectEn}",
      suggestion: { id: "Kembalikan rumus {expected} di {cell}.", en: "Put the formula {expected} back in {cell}." },
    },
  },
  help: {
    checks: { id: "Angka yang diketik di baris rincian, padahal setiap baris lain pada tingkat yang sama di kolom itu berupa rumus dengan satu pola. Galat bila rumus pola memberi nilai lain; peringatan bila nilainya hari ini sama. Diam untuk angka di baris judul, kelompok atau jumlah, dan untuk kolom yang sebagian besar diketik.", en: "A number typed in an item row where every other row of that level in the column is a formula of one pattern. An error when the pattern's formula gives another value; a warning when the value is the same today. Silent for numbers in heading, group or total rows, and for columns that are mostly typed." },
    why: { id: "Angka yang diketik di atas rumus tidak ikut berubah ketika datanya diperbaiki; sebuah 0 di tengah kolom rumus adalah kesalahan yang sering tidak terlihat.", en: "A number typed over a formula no longer follows its data when the data is corrected; a 0 in the middle of a column of formulas often goes unseen." },
    fix: { id: "Kembalikan rumus kolom itu di sel tersebut.", en: "Put the column's formula back in the cell." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran kinerja)", en: "PermenPANRB 53/2014 (performance measurement)" },
  },
  checkTable: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    for (const x of tf.typedOver) {
      const others = x.pattern.followers;
      const { related, more } = boundedCells(t.sheet, others);
      const effect = valueEffect(tf, x.expected, x.cell);
      const tr = tf.rowOf.get(x.row);
      const header = columnHeader(t, x.col);
      const expected = shown(tf, x.expected);
      const actual = x.cell.text ?? String(x.cell.value);
      out.push({
        sheet: t.sheet, cell: a1(x.row, x.col), related,
        severity: effect.changes === false ? "warning" : "error",
        params: {
          cell: a1(x.row, x.col), actual, expected, count: others.length, column: header,
          level: levelLabel(tr, "id"), levelEn: levelLabel(tr, "en"), more: moreText(more, "id"), moreEn: moreText(more, "en"),
          effect: effect.changes ? " Rumus itu memberi nilai lain." : effect.changes === false ? " Nilainya hari ini sama, tetapi tidak akan ikut berubah." : "",
          effectEn: effect.changes ? " That formula gives another value." : effect.changes === false ? " The value is the same today, but will not follow its data." : "",
        },
        expected, actual, difference: effect.changes ? effect.difference : null,
        key: `${header}|${tr?.label ?? ""}|typed`,
      });
    }
    return out;
  }),
};
