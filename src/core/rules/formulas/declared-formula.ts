// SAKIP-FORMULA-009 (declared-formula): the formulas of a column compute something other than what the table's column-number row
// declares for it ("8=(7/6)" over a column of =F5/G5: the inverse ratio). Read from the recognised table's
// declarations; silent where the table declares nothing. Typed values against declarations are the declared-
// relations rules' concern; this one reads formulas only. One finding per column.
import type { FindingDraft, Rule } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import { a1 } from "../../tables/cells";
import { evaluate, follows, type FormulaNode } from "../../formulas-model";
import { boundedCells, columnHeader, moreText, shown, written, type FCell, type TableFormulas } from "./analysis";
import { perTable } from "./kit";
import { declaredFormula, type Declared, type WithDeclarations } from "../kit/declared";

export { declaredFormula } from "../kit/declared";

export const CODE = "SAKIP-FORMULA-009";

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
/** Same figure, or the same figure in percent points (=G5/F5*100 for a declared 7/6). */
const sameFigure = (v: number, e: number) => near(v, e) || near(v, e * 100) || near(v * 100, e);

function judge(tf: TableFormulas, fc: FCell, expected: FormulaNode): "holds" | "inverse" | "other" | null {
  if (follows(fc.ast, fc.row, fc.col, expected, fc.row, fc.col)) return "holds";
  const e = evaluate(expected, tf.lookup);
  const v = fc.cell.value;
  if (typeof e !== "number" || typeof v !== "number" || fc.cell.type !== "number") return null;
  if (sameFigure(v, e)) return "holds";
  if (e !== 0 && sameFigure(v, 1 / e)) return "inverse";
  return "other";
}

export const rule: Rule = {
  code: CODE,
  slug: "declared-formula",
  family: "formulas",
  title: { id: "Rumus kolom tidak sesuai rumus di baris nomor kolom", en: "Column formulas differ from the relation the column-number row declares" },
  severity: "error",
  messages: {
    default: {
      id: "Baris nomor kolom menyatakan kolom {column} = {declared}, tetapi rumus {cell} tertulis {actual} dan menghasilkan angka lain{more}; seharusnya {expected}.",
      en: "The column-number row declares column {column} = {declared}, but formula {cell} reads {actual} and gives another figure{moreEn}; expected {expected}.",
      suggestion: { id: "Ganti rumus kolom {column} menjadi {expected} (isi ke bawah).", en: "Change the formulas of column {column} to {expected} (fill down)." },
    },
    inverse: {
      id: "Baris nomor kolom menyatakan kolom {column} = {declared}, tetapi rumus {cell} tertulis {actual}: kebalikan dari rasio yang dinyatakan{more}; seharusnya {expected}.",
      en: "The column-number row declares column {column} = {declared}, but formula {cell} reads {actual}: the inverse of the declared ratio{moreEn}; expected {expected}.",
      suggestion: { id: "Tukar pembilang dan penyebut rumus kolom {column}: {expected}.", en: "Swap the numerator and denominator of column {column}'s formulas: {expected}." },
    },
  },
  help: {
    checks: {
      id: "Untuk setiap kolom yang rumusnya dinyatakan di baris nomor kolom tabel (\"8=(7/6)\", \"13 = 9 + 10 + 11 + 12\", \"(5)=(4)/(3)x100%\"), rumus di sel kolom itu dibandingkan dengan pernyataannya: sama bila rujukannya sama atau hasilnya sama (juga dalam poin persen). Dilaporkan bila rumusnya menghasilkan angka lain, dengan varian khusus bila ia menghitung rasio kebalikannya. Satu temuan per kolom. Hanya sel berumus; angka yang diketik diperiksa aturan relasi yang dinyatakan.",
      en: "For every column whose computation the table's column-number row declares (\"8=(7/6)\", \"13 = 9 + 10 + 11 + 12\", \"(5)=(4)/(3)x100%\"), the column's formulas are compared with the declaration: they hold when their references are the declared ones or their result is the same (in percent points too). Reported when the formula gives another figure, with its own variant when it computes the inverse ratio. One finding per column. Formula cells only; typed numbers are the declared-relation rules' concern.",
    },
    why: {
      id: "Baris nomor kolom adalah definisi resmi kolom di formulir Permendagri; rumus yang menghitung kebalikannya menghasilkan capaian yang tampak wajar tetapi salah arah.",
      en: "The column-number row is the form's official definition of each column; a formula computing the inverse gives achievements that look plausible but point the wrong way.",
    },
    fix: {
      id: "Tulis ulang rumus kolom sesuai pernyataannya, lalu isi ke bawah.",
      en: "Rewrite the column's formula as declared, then fill it down.",
    },
    regulation: {
      id: "Permendagri 86/2017 (formulir evaluasi Renja/RKPD); Permendagri 54/2010 (lampiran Renja)",
      en: "Permendagri 86/2017 (Renja/RKPD evaluation forms); Permendagri 54/2010 (Renja appendices)",
    },
  },
  checkTable: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table as WithDeclarations;
    if (!t.declared?.length) return out;
    for (const d of t.declared) {
      const bad: Array<{ fc: FCell; verdict: "inverse" | "other"; expected: FormulaNode }> = [];
      for (const fc of tf.formulas) {
        if (fc.col !== d.col || tf.rowOf.get(fc.row)?.kind !== "item") continue;
        const expected = declaredFormula(t, d.expr, fc.row);
        if (!expected) break;
        const verdict = judge(tf, fc, expected);
        if (verdict === "inverse" || verdict === "other") bad.push({ fc, verdict, expected });
      }
      if (!bad.length) continue;
      const first = bad[0];
      const { related, more } = boundedCells(t.sheet, bad.slice(1).map((b) => b.fc));
      const count = bad.length - 1;
      const expected = shown(tf, first.expected);
      const actual = written(tf, first.fc);
      const header = columnHeader(t, d.col);
      out.push({
        sheet: t.sheet, cell: a1(first.fc.row, first.fc.col), related,
        variant: first.verdict === "inverse" ? "inverse" : "default",
        params: {
          column: `${header} (${d.n})`, declared: d.text, cell: a1(first.fc.row, first.fc.col), actual, expected,
          more: count ? `; ${count} sel lain di kolom ini sama${moreText(more, "id")}` : "",
          moreEn: count ? `; ${count} other cells of the column do the same${moreText(more, "en")}` : "",
        },
        expected, actual, difference: null,
        key: `${header}|${d.text}|${first.verdict}`,
      });
    }
    return out;
  }),
};
