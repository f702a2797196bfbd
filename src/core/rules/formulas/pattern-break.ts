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
  slug: "pattern-break",
  family: "formulas",
  title: { id: "Rumus menyimpang dari pola kolom atau barisnya", en: "Formula breaks the pattern of its column or row" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual}, padahal {count} sel lain pada {scope} memakai pola {pattern} (mis. {example}){more}; seharusnya {expected}.{effect}",
      en: "Formula {cell} reads {actual}, but {count} other cells of {scopeEn} follow the pattern {pattern} (e.g. {example}){moreEn}; expected {expected}.{effectEn}",
      suggestion: { id: "Salin rumus dari {example} ke {cell}, atau pastikan perbedaannya memang disengaja.", en: "Copy the formula of {example} to {cell}, or make sure the difference is intended." },
    },
  },
  help: {
    checks: { id: "Setiap rumus di tabel yang dikenali dibandingkan, dalam bentuk R1C1, dengan rumus sel lain pada kolom yang sama dan tingkat yang sama (rincian, sub kegiatan, kegiatan, program, jumlah), dan dengan kolom saudara pada baris yang sama dalam satu kelompok (K / Rp / tahun / TW dari judul kolom). Bila sedikitnya tiga perempat selnya mengikuti satu pola dan satu sel tidak, sel itu dilaporkan beserta polanya dan sel-sel yang mengikutinya. Diam bila: tingkatnya berbeda (baris program menjumlahkan kegiatannya, kegiatan menjumlahkan sub kegiatannya), pola kedua diikuti dua sel atau lebih (indikator berpolaritas negatif), rumus dibungkus IFERROR/ROUND dengan sengaja, atau rujukan absolut dan relatif yang maksudnya sama ($C$3 dan C3 di sel yang sama).", en: "Every formula of a recognised table is compared, in R1C1 form, with the formulas of the same column at the same level (item, sub kegiatan, kegiatan, program, total), and with the sibling columns of its row in one group (K / Rp / year / TW, from the header). When at least three quarters of the cells follow one pattern and one cell does not, that cell is reported with the pattern and the cells that follow it. Silent when the levels differ (a program row adds its kegiatan, a kegiatan SUMs its sub kegiatan), when a second pattern is followed by two or more cells (negative-polarity indicators), when the formula is deliberately wrapped in IFERROR/ROUND, and for absolute and relative references that mean the same ($C$3 and C3 in the same cell)." },
    why: { id: "Rumus yang menyimpang dari kolomnya menghasilkan angka yang tampak wajar; tidak ada yang memeriksanya ulang, padahal angka itu masuk ke laporan kinerja.", en: "A formula that breaks its column's pattern gives a plausible-looking figure that nobody re-checks, and that figure goes into the performance report." },
    fix: { id: "Salin rumus dari sel yang mengikuti pola ke sel yang menyimpang (isi ke bawah / ke kanan), atau beri catatan bila perbedaannya disengaja.", en: "Copy the pattern's formula into the cell (fill down / right), or note why the difference is intended." },
    regulation: { id: "PermenPANRB 53/2014 (pengukuran dan pelaporan kinerja); Permendagri 86/2017 (evaluasi Renja)", en: "PermenPANRB 53/2014 (performance measurement and reporting); Permendagri 86/2017 (Renja evaluation)" },
  },
  checkTable: perTable((tf) => {
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
