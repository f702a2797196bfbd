// SAKIP-MERIT-001: merit figures that do not match their recomputation: an aspect's nilai that is not
// bobot x skor, and the stated nilai total that is not the sum of the aspects' nilai (the seed: 40 + 36 + ... = 278).
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { formatNumberId } from "../../numbers/money";
import { decimalsOf } from "../../numbers/parse";
import { gridFor, colsWith, checkValue, shownOf, short } from "../derived/common";
import { aspectRows, totalRows, weightPoints } from "./common";

export const CODE = "SAKIP-MERIT-001";

export const rule: Rule = {
  code: CODE,
  title: { id: "Nilai sistem merit tidak sesuai perhitungan", en: "Merit score does not match its computation" },
  severity: "error",
  messages: {
    default: {
      id: "Nilai total sistem merit tertulis {actual}, padahal jumlah nilai {count} aspeknya {expected}.",
      en: "The merit total is stated as {actual}, but its {count} aspect values add up to {expected}.",
      suggestion: "Ganti nilai total menjadi {expected}, atau periksa nilai tiap aspek.",
    },
    aspek: {
      id: "Nilai aspek \"{aspek}\" tertulis {actual}, padahal bobot {bobot} x skor {skor} = {expected}.",
      en: "The value of aspect \"{aspek}\" is stated as {actual}, but weight {bobot} x score {skor} = {expected}.",
      suggestion: "Ganti nilai aspek menjadi {expected}, atau periksa bobot dan skornya.",
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const t of ctx.recognized.tables) {
      if (t.kind !== "merit") continue;
      const grid = gridFor(ctx, t);
      if (!grid) continue;
      const nc = colsWith(t, "nilai")[0];
      if (nc === undefined) continue;
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
      if (vals.length < 2) continue;
      const sum = Number(vals.reduce((s, v) => s + v!.value, 0).toPrecision(12));
      for (const tr of totalRows(grid, t)) {
        const stated = shownOf(grid.get(tr.row, nc));
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
    }
    return out;
  },
};
