// SAKIP-MERIT-001: merit figures that do not match their recomputation: an aspect's nilai that is not
// bobot x skor, and the stated nilai total that is not the sum of the aspects' nilai (the seed: 40 + 36 + ... = 278).
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { formatNumberId } from "../../numbers/money";
import { decimalsOf } from "../../numbers/parse";
import { colsWith } from "../kit/columns";
import { checkValue } from "../kit/compare";
import { cellShown } from "../../numbers/cell";
import { short } from "../kit/labels";
import { aspectRows, totalRows, weightPoints } from "./common";

export const CODE = "SAKIP-MERIT-001";

export const rule: Rule = {
  code: CODE,
  slug: "merit-total",
  family: "merit",
  title: { id: "Nilai sistem merit tidak sesuai perhitungan", en: "Merit score does not match its computation" },
  severity: "error",
  messages: {
    default: {
      id: "Nilai total sistem merit tertulis {actual}, padahal jumlah nilai {count} aspeknya {expected}.",
      en: "The merit total is stated as {actual}, but its {count} aspect values add up to {expected}.",
      suggestion: { id: "Ganti nilai total menjadi {expected}, atau periksa nilai tiap aspek.", en: "Change the total to {expected}, or check each aspect's value." },
    },
    aspek: {
      id: "Nilai aspek \"{aspek}\" tertulis {actual}, padahal bobot {bobot} x skor {skor} = {expected}.",
      en: "The value of aspect \"{aspek}\" is stated as {actual}, but weight {bobot} x score {skor} = {expected}.",
      suggestion: { id: "Ganti nilai aspek menjadi {expected}, atau periksa bobot dan skornya.", en: "Change the aspect's value to {expected}, or check its weight and score." },
    },
  },
  help: {
    checks: {
      id: "Nilai Total sistem merit dibandingkan dengan jumlah NILAI aspeknya; varian aspek: NILAI dibandingkan dengan BOBOT x SKOR bila keduanya ada.",
      en: "The stated merit Nilai Total against the sum of the aspects' NILAI; variant aspek: NILAI against BOBOT x SKOR where both are given.",
    },
    why: {
      id: "Nilai total menentukan kategori sistem merit instansi; total yang salah hitung membuat kategori yang dilaporkan keliru.",
      en: "The total decides the agency's merit category; a miscomputed total reports the wrong category.",
    },
    fix: {
      id: "Hitung ulang nilai total dari nilai aspek (atau =SAKIP.MERIT_SCORE), atau perbaiki bobot dan skor aspeknya.",
      en: "Recompute the total from the aspects' values (or =SAKIP.MERIT_SCORE), or correct the aspects' weights and scores.",
    },
    regulation: {
      id: "PermenPANRB 40/2018 tentang Pedoman Sistem Merit; pedoman penilaian mandiri Sistem Merit KASN",
      en: "PermenPANRB 40/2018 on the merit system; KASN's merit self-assessment guidelines",
    },
  },
  tables: ["merit"],
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const nc = colsWith(t, "nilai")[0];
    if (nc === undefined) return out;
    const rows = aspectRows(grid, t);
    const bc = colsWith(t, "bobot")[0];
    const sc = colsWith(t, "skor")[0];
    for (const a of rows) {
      if (!a.nilai || !a.bobot || !a.skor || bc === undefined || sc === undefined) continue;
      const expected = weightPoints(a.bobot) * a.skor.value;
      const check = checkValue(a.nilai, expected);
      if (check.holds) continue;
      out.push({
        sheet: t.sheet,
        cell: a1(a.row.row, nc),
        related: [{ sheet: t.sheet, cell: a1(a.row.row, bc) }, { sheet: t.sheet, cell: a1(a.row.row, sc) }],
        params: { aspek: short(a.label), actual: a.nilai.text, expected: check.expectedText, bobot: a.bobot.text, skor: a.skor.text },
        expected: check.expectedText,
        actual: a.nilai.text,
        difference: check.difference,
        variant: "aspek",
        key: `aspek|${normName(a.label)}|${a.bobot.text}|${a.skor.text}|${a.nilai.text}`,
      });
    }
    const vals = rows.map((a) => a.nilai).filter((v) => v);
    if (vals.length < 2) return out;
    const sum = Number(vals.reduce((s, v) => s + v!.value, 0).toPrecision(12));
    for (const tr of totalRows(grid, t)) {
      const stated = cellShown(grid.get(tr.row, nc));
      if (!stated || stated.percent) continue;
      const check = checkValue(stated, sum);
      if (check.holds) continue;
      out.push({
        sheet: t.sheet,
        cell: a1(tr.row, nc),
        related: rows.filter((a) => a.nilai).map((a) => ({ sheet: t.sheet, cell: a1(a.row.row, nc) })),
        params: { actual: stated.text, expected: formatNumberId(sum, Math.max(stated.decimals, Math.min(2, decimalsOf(sum)))), count: vals.length },
        expected: formatNumberId(sum, Math.max(stated.decimals, Math.min(2, decimalsOf(sum)))),
        actual: stated.text,
        difference: check.difference,
        key: `total|${vals.length}|${stated.text}`,
      });
    }
    return out;
  },
};
