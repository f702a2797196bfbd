// SAKIP-FORMULA-002: a SUM / AVERAGE / COUNT in a total or parent row whose range skips an item of its block,
// runs into the next block, or also counts rows the block already counts (a subtotal, a nested row).
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { boundedCells, columnHeader, quotedLabel, shown, valueEffect, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-002";

export const rule: Rule = {
  code: CODE,
  title: { id: "Range rumus tidak sesuai bloknya", en: "Formula range does not match its block" },
  severity: "error",
  messages: {
    default: {
      id: "{label} ({cell}) tertulis {actual} dan melewatkan baris {rows} dari rinciannya; seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and skips row {rows} of its items; expected {expected}.{effectEn}",
      suggestion: "Perluas range rumus {cell} sampai mencakup semua rinciannya: {expected}.",
    },
    overrun: {
      id: "{label} ({cell}) tertulis {actual} dan ikut menghitung baris {rows} di luar bloknya; seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and also counts row {rows}, outside its block; expected {expected}.{effectEn}",
      suggestion: "Batasi range rumus {cell} pada rinciannya sendiri: {expected}.",
    },
    double: {
      id: "{label} ({cell}) tertulis {actual} dan menghitung dua kali baris {rows} (jumlah atau rincian yang sudah terhitung); seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and counts row {rows} twice (a total or nested items already counted); expected {expected}.{effectEn}",
      suggestion: "Jumlahkan hanya rincian langsungnya: {expected}.",
    },
  },
  run: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    for (const [fc, issue] of tf.issues) {
      if (issue.kind !== "block") continue;
      const rows = issue.variant === "missing" ? issue.missing : issue.extra;
      const { related } = boundedCells(t.sheet, rows.map((r) => ({ row: r, col: fc.col })));
      const effect = issue.expected ? valueEffect(tf, issue.expected, fc.cell) : { changes: null, difference: null };
      const tr = tf.rowOf.get(fc.row);
      const label = quotedLabel(tr);
      const expected = issue.expected ? shown(tf, issue.expected) : null;
      const actual = written(tf, fc);
      const rowList = rows.slice(0, 10).map((r) => r + 1).join(", ") + (rows.length > 10 ? ` (+${rows.length - 10})` : "");
      out.push({
        sheet: t.sheet, cell: a1(fc.row, fc.col), related,
        severity: effect.changes === false ? "warning" : "error",
        variant: issue.variant === "missing" ? "default" : issue.variant,
        params: { label, cell: a1(fc.row, fc.col), actual, expected: expected ?? "(rinciannya saja)", rows: rowList, effect: effect.changes ? ` Nilainya kini ${fc.cell.text ?? String(fc.cell.value)}; seharusnya ${effect.shownValue}.` : "", effectEn: effect.changes ? ` It now shows ${fc.cell.text ?? String(fc.cell.value)}; it should be ${effect.shownValue}.` : "" },
        expected, actual, difference: effect.changes ? effect.difference : null,
        key: `${columnHeader(t, fc.col)}|${tr?.label ?? ""}|${issue.variant}|${rows.map((r) => tf.rowOf.get(r)?.label ?? r - fc.row).join(";")}`,
      });
    }
    return out;
  }),
};
