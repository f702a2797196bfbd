// SAKIP-SKM-001: raw SKM answers outside 1..4 (one finding per cell; one per table when there are many,
// e.g. a survey coded 1..5). A blank or 0 is "not answered" (PermenPANRB 14/2017 counts only answered unsur).
import type { Rule, FindingDraft } from "../rule";
import { a1, cellText } from "../../tables/cells";
import { colsWith } from "../kit/columns";
import { labelOf } from "./common";

/** Rows under the answers that sum or average them (a respondent named "Responden 3" is not one). */
const SUMMARY_LABEL = /\b(jumlah|total|nrr|rata|ikm|skm|tertimbang|indeks|mutu|nilai)\b/i;

export const CODE = "SAKIP-SKM-001";
const MANY = 10;

export const rule: Rule = {
  code: CODE,
  slug: "skm-answers",
  family: "skm",
  title: { id: "Jawaban SKM di luar skala 1-4", en: "SKM answer outside the 1-4 scale" },
  severity: "error",
  messages: {
    default: {
      id: "Jawaban responden {responden} untuk {unsur} bernilai {actual}; jawaban SKM harus 1, 2, 3 atau 4.",
      en: "Respondent {responden}'s answer for {unsur} is {actual}; SKM answers must be 1, 2, 3 or 4.",
      suggestion: { id: "Perbaiki jawaban ini (1 = tidak baik ... 4 = sangat baik) atau kosongkan bila tidak dijawab.", en: "Correct this answer (1 = not good ... 4 = very good), or leave it blank when it was not answered." },
    },
    many: {
      id: "{count} jawaban SKM di tabel ini di luar skala 1-4 (nilai {values}); kuesioner mungkin memakai skala lain.",
      en: "{count} SKM answers in this table are outside the 1-4 scale (values {values}); the survey may use another scale.",
      suggestion: { id: "Ubah jawaban ke skala 1-4 PermenPANRB 14/2017 sebelum menghitung NRR dan IKM.", en: "Convert the answers to the 1-4 scale of PermenPANRB 14/2017 before computing NRR and IKM." },
    },
  },
  help: {
    checks: {
      id: "Kolom jawaban mentah SKM (U1..U9): nilai selain 1, 2, 3, 4 (0 dan kosong berarti tidak menjawab). Satu temuan per sel, atau satu per tabel (varian banyak, mis. survei skala 1..5) bila lebih dari 10 sel di luar skala. Baris ringkasan (JUMLAH, NRR, IKM ...) dan baris jumlah bukan responden.",
      en: "Raw SKM answer columns (U1..U9): a value other than 1, 2, 3, 4 (0 and blank are \"not answered\"). One finding per cell, or one per table (variant many, e.g. a 1..5 survey) when more than 10 are off-scale. Summary rows (JUMLAH, NRR, IKM ...) and rows of sums are not respondents.",
    },
    why: {
      id: "NRR dan IKM hanya sah bila setiap jawaban pada skala 1-4; satu jawaban 5 menaikkan IKM.",
      en: "NRR and IKM are valid only when every answer is on the 1-4 scale; one answer of 5 inflates the IKM.",
    },
    fix: {
      id: "Perbaiki jawaban ke skala 1-4, atau kosongkan bila responden tidak menjawab.",
      en: "Correct the answer to the 1-4 scale, or leave it blank when the respondent did not answer.",
    },
    regulation: {
      id: "PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat",
      en: "PermenPANRB 14/2017 (guidelines for the public satisfaction survey, SKM)",
    },
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const jcols = colsWith(t, "jawaban");
    if (!jcols.length) return out;
    const bad: Array<{ row: number; col: number; text: string; label: string }> = [];
    for (const r of t.rows) {
      if (r.kind === "total" || r.kind === "subtotal") continue;
      if (SUMMARY_LABEL.test(labelOf(grid, t, r))) continue;
      const vals = jcols.map((c) => grid.get(r.row, c));
      // A row of sums or averages (values far above 4 in most columns) is not a respondent.
      const nums = vals.map((c) => (c && typeof c.value === "number" ? c.value : null)).filter((v): v is number => v !== null);
      if (nums.length && nums.filter((v) => v > 4).length > nums.length / 2) continue;
      for (let i = 0; i < jcols.length; i++) {
        const cell = vals[i];
        if (!cell || cell.value === null || cell.value === "") continue;
        let v: number | null = null;
        if (typeof cell.value === "number") v = cell.value;
        else if (typeof cell.value === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(cell.value)) v = Number(cell.value.replace(",", "."));
        if (v === null || v === 0) continue; // words and blanks: not answers we can judge
        if (Number.isInteger(v) && v >= 1 && v <= 4) continue;
        const head = t.columns.find((c) => c.col === jcols[i])?.header || `kolom ${jcols[i] + 1}`;
        bad.push({ row: r.row, col: jcols[i], text: cellText(cell), label: head });
      }
    }
    if (!bad.length) return out;
    const respondent = (row: number) => {
      const nc = colsWith(t, "nama")[0] ?? colsWith(t, "responden")[0] ?? colsWith(t, "no")[0];
      const tx = nc !== undefined ? cellText(grid.get(row, nc)) : "";
      return tx || `baris ${row + 1}`;
    };
    if (bad.length <= MANY) {
      for (const b of bad) {
        out.push({
          sheet: t.sheet,
          cell: a1(b.row, b.col),
          params: { responden: respondent(b.row), unsur: b.label, actual: b.text },
          expected: "1-4",
          actual: b.text,
          difference: null,
          key: `${b.label}|${respondent(b.row)}|${b.text}`,
        });
      }
    } else {
      const values = [...new Set(bad.map((b) => b.text))].slice(0, 8).join(", ");
      out.push({
        sheet: t.sheet,
        cell: a1(bad[0].row, bad[0].col),
        related: bad.slice(1, 50).map((b) => ({ sheet: t.sheet, cell: a1(b.row, b.col) })),
        params: { count: bad.length, values },
        expected: "1-4",
        actual: values,
        difference: null,
        variant: "many",
        key: `many|${t.columns.map((c) => c.header).join("/")}|${values}`,
      });
    }
    return out;
  },
};
