// SAKIP-NRR-001: a stated NRR per unsur that does not match jumlah nilai / responden (respondents from the
// RESPONDEN column, else inferred from the other rows), and NRR tertimbang that is not NRR x 1/jumlah unsur (or 0,111).
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { formatNumberId } from "../../numbers/money";
import { gridFor, colsWith, checkValue, short } from "../derived/common";
import { unsurRows, inferRespondents } from "./common";

export const CODE = "SAKIP-NRR-001";

export const rule: Rule = {
  code: CODE,
  title: { id: "NRR unsur SKM tidak sesuai jumlah nilai dibagi responden", en: "SKM element average (NRR) does not match total over respondents" },
  severity: "error",
  messages: {
    default: {
      id: "NRR unsur \"{unsur}\" tertulis {actual}, padahal jumlah nilai {jumlah} dibagi {responden} responden adalah {expected}.",
      en: "NRR of \"{unsur}\" is stated as {actual}, but total {jumlah} over {responden} respondents is {expected}.",
      suggestion: "Periksa jumlah nilai unsur ini: dengan {responden} responden NRR-nya {expected}.",
    },
    tertimbang: {
      id: "NRR tertimbang unsur \"{unsur}\" tertulis {actual}, padahal NRR {nrr} x 1/{unsurCount} adalah {expected}.",
      en: "Weighted NRR of \"{unsur}\" is stated as {actual}, but NRR {nrr} x 1/{unsurCount} is {expected}.",
      suggestion: "Ganti NRR tertimbang menjadi {expected}.",
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const t of ctx.recognized.tables) {
      if (!colsWith(t, "nrr").length && !colsWith(t, "nrr_tertimbang").length) continue;
      const grid = gridFor(ctx, t);
      if (!grid) continue;
      const rows = unsurRows(grid, t);
      const inferred = inferRespondents(rows);
      const nc = colsWith(t, "nrr")[0];
      const jc = colsWith(t, "jumlah_nilai")[0];
      const tc = colsWith(t, "nrr_tertimbang")[0];
      const k = rows.length;
      for (const u of rows) {
        const n = u.responden && u.responden.value > 0 ? u.responden.value : inferred;
        if (u.nrr && u.jumlah && n && nc !== undefined && jc !== undefined) {
          const check = checkValue(u.nrr, u.jumlah.value / n);
          if (!check.holds) {
            out.push({
              sheet: t.sheet,
              cell: a1(u.row.row, nc),
              related: [{ sheet: t.sheet, cell: a1(u.row.row, jc) }],
              params: { unsur: short(u.label), actual: u.nrr.text, expected: check.expectedText, jumlah: u.jumlah.text, responden: formatNumberId(n) },
              expected: check.expectedText,
              actual: u.nrr.text,
              difference: check.difference,
              key: `nrr|${normName(u.label)}|${u.jumlah.text}|${u.nrr.text}`,
            });
          }
        }
        if (u.tertimbang && u.nrr && tc !== undefined && nc !== undefined && k > 0) {
          const a = checkValue(u.tertimbang, u.nrr.value / k);
          const b = checkValue(u.tertimbang, u.nrr.value * 0.111);
          if (!a.holds && !b.holds) {
            out.push({
              sheet: t.sheet,
              cell: a1(u.row.row, tc),
              related: [{ sheet: t.sheet, cell: a1(u.row.row, nc) }],
              params: { unsur: short(u.label), actual: u.tertimbang.text, expected: a.expectedText, nrr: u.nrr.text, unsurCount: k },
              expected: a.expectedText,
              actual: u.tertimbang.text,
              difference: a.difference,
              variant: "tertimbang",
              key: `tertimbang|${normName(u.label)}|${u.nrr.text}|${u.tertimbang.text}`,
            });
          }
        }
      }
    }
    return out;
  },
};
