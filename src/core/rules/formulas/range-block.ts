// SAKIP-FORMULA-002: a SUM / AVERAGE / COUNT in a total or parent row whose range skips an item of its block,
// runs into the next block, or also counts rows the block already counts (a subtotal, a nested row).
import type { FindingDraft, Rule } from "../rule";
import { a1 } from "../../tables/cells";
import { boundedCells, columnHeader, quotedLabel, shown, valueEffect, written } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-002";

export const rule: Rule = {
  code: CODE,
  slug: "range-block",
  family: "formulas",
  title: { id: "Range rumus tidak sesuai bloknya", en: "Formula range does not match its block" },
  severity: "error",
  messages: {
    default: {
      id: "{label} ({cell}) tertulis {actual} dan melewatkan baris {rows} dari rinciannya; seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and skips row {rows} of its items; expected {expected}.{effectEn}",
      suggestion: { id: "Perluas range rumus {cell} sampai mencakup semua rinciannya: {expected}.", en: "Widen the range of {cell} to all its items: {expected}." },
    },
    overrun: {
      id: "{label} ({cell}) tertulis {actual} dan ikut menghitung baris {rows} di luar bloknya; seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and also counts row {rows}, outside its block; expected {expected}.{effectEn}",
      suggestion: { id: "Batasi range rumus {cell} pada rinciannya sendiri: {expected}.", en: "Limit the range of {cell} to its own items: {expected}." },
    },
    double: {
      id: "{label} ({cell}) tertulis {actual} dan menghitung dua kali baris {rows} (jumlah atau rincian yang sudah terhitung); seharusnya {expected}.{effect}",
      en: "{label} ({cell}) reads {actual} and counts row {rows} twice (a total or nested items already counted); expected {expected}.{effectEn}",
      suggestion: { id: "Jumlahkan hanya rincian langsungnya: {expected}.", en: "Add up only its direct items: {expected}." },
    },
  },
  help: {
    checks: { id: "SUM, AVERAGE, COUNT, COUNTA, MIN atau MAX dengan satu range di baris jumlah, sub total atau baris induk (program, kegiatan) dibandingkan dengan bloknya: rincian langsungnya (sub kegiatan di bawah kegiatan; kegiatan di bawah program bila ada; rincian di atas JUMLAH). Dilaporkan bila range melewatkan rincian, masuk ke blok berikutnya, atau ikut menghitung sub total atau baris bertingkat yang sudah dihitung. Diam untuk range yang tepat meliputi rinciannya dan untuk baris induk yang menjumlahkan anak-anaknya satu per satu (=G5+G10).", en: "A SUM, AVERAGE, COUNT, COUNTA, MIN or MAX over one range in a total, subtotal or parent row (program, kegiatan) is compared with its block: its direct items (sub kegiatan under a kegiatan; kegiatan under a program when there are any; the items above a JUMLAH). Reported when the range skips an item, runs into the next block, or also counts a subtotal or nested rows already counted. Silent for ranges that cover exactly the items and for parents that add their children one by one (=G5+G10)." },
    why: { id: "Range yang kurang atau lebih satu baris adalah kesalahan paling umum di rekap anggaran: total tampak wajar, tetapi satu sub kegiatan hilang atau terhitung dua kali.", en: "A range one row short or long is the commonest error in budget recaps: the total looks plausible, but one sub kegiatan is lost or counted twice." },
    fix: { id: "Ubah range rumus menjadi yang disarankan, atau jumlahkan baris induk dari anak-anaknya langsung.", en: "Change the range to the suggested one, or add the parent up from its direct children." },
    regulation: { id: "Permendagri 86/2017 (evaluasi Renja, rekap pagu dan realisasi); Perpres 29/2014 tentang SAKIP", en: "Permendagri 86/2017 (Renja evaluation, ceiling and realisation recaps); Perpres 29/2014 on SAKIP" },
  },
  checkTable: perTable((tf) => {
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
