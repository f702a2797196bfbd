// SAKIP-EFISIENSI-001: a stated tingkat efisiensi that matches none of the usual methods applied to the row's
// stated % capaian kinerja and % serapan: selisih (capaian - serapan, the default, as the seed's "6 = (4-5)"),
// rasio (capaian / serapan, or that minus 1), or sisa (1 - serapan, counted only when capaian >= 100%).
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { efisiensi, EFISIENSI_METHODS } from "../../formulas/efisiensi";
import { normName } from "../../tables/normalize";
import { cellShown } from "../../numbers/cell";
import { colsWith, nearestLeft, dataRows } from "../kit/columns";
import { checkPercent, asFraction } from "../kit/compare";
import { rowLabel, short, tableAnchor } from "../kit/labels";

export const CODE = "SAKIP-EFISIENSI-001";

/** The usual methods (src/core/formulas/efisiensi.ts), plus "rasio - 1" which some tables print. */
export function efisiensiCandidates(capaianKinerja: number, serapanAnggaran: number): Record<string, number> {
  const c: Record<string, number> = {};
  for (const m of EFISIENSI_METHODS) {
    try { c[m] = efisiensi(capaianKinerja, serapanAnggaran, m); } catch { /* not computable by this method */ }
  }
  if (c.rasio !== undefined) c.rasio1 = c.rasio - 1;
  return c;
}

export const rule: Rule = {
  code: CODE,
  slug: "efisiensi",
  family: "derived",
  title: { id: "Tingkat efisiensi tidak sesuai capaian kinerja dan serapan anggaran", en: "Stated efficiency does not match achievement and absorption" },
  severity: "error",
  messages: {
    default: {
      id: "Tingkat efisiensi \"{item}\" tertulis {actual}, padahal capaian kinerja {capaian} dikurangi serapan anggaran {serapan} adalah {expected}.",
      en: "Efficiency of \"{item}\" is stated as {actual}, but achievement {capaian} minus absorption {serapan} is {expected}.",
      suggestion: { id: "Ganti tingkat efisiensi menjadi {expected} (atau hitung dengan metode yang dipakai di tabel ini).", en: "Change the efficiency to {expected} (or compute it with the method this table uses)." },
    },
  },
  help: {
    checks: {
      id: "TINGKAT EFISIENSI dibandingkan dengan % capaian kinerja dan % serapan yang tertulis di baris yang sama. Benar bila cocok dengan salah satu metode yang lazim: selisih (capaian - serapan), rasio (capaian / serapan, atau dikurangi 1), sisa (1 - serapan bila capaian >= 100%, selain itu 0); nilai seharusnya yang ditampilkan adalah selisih.",
      en: "TINGKAT EFISIENSI against the row's stated % achievement and % absorption. Holds when it matches any usual method: selisih (achievement - absorption), rasio (achievement / absorption, or minus 1), sisa (1 - absorption when achievement >= 100%, else 0); the expected value shown is the selisih.",
    },
    why: {
      id: "Efisiensi menunjukkan apakah kinerja dicapai dengan anggaran yang wajar; angka yang tidak mengikuti capaian dan serapannya tidak dapat dipertanggungjawabkan.",
      en: "Efficiency shows whether performance was reached at a reasonable cost; a figure that does not follow from achievement and absorption cannot be defended.",
    },
    fix: {
      id: "Hitung ulang efisiensi dengan metode yang dipakai tabel ini (atau =SAKIP.EFISIENSI).",
      en: "Recompute the efficiency with the method this table uses (or =SAKIP.EFISIENSI).",
    },
    regulation: {
      id: "PermenPANRB 53/2014 (analisis efisiensi penggunaan sumber daya dalam LKjIP)",
      en: "PermenPANRB 53/2014 (the LKjIP's analysis of resource efficiency)",
    },
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const tol = ctx.settings.percentTolerance;
    let boundary = -1;
    for (const ec of colsWith(t, "efisiensi")) {
      const sc = nearestLeft(t, ec, boundary, "serapan", "capaian_anggaran");
      const cc = nearestLeft(t, ec, boundary, "capaian_kinerja", "capaian");
      boundary = ec;
      if (sc === undefined || cc === undefined) continue;
      for (const r of dataRows(t, true)) {
        const e = cellShown(grid.get(r.row, ec));
        const c = cellShown(grid.get(r.row, cc));
        const s = cellShown(grid.get(r.row, sc));
        if (!e || !c || !s) continue;
        // Plain numbers beside percents are percent points.
        const cv = asFraction(c);
        const sv = asFraction(s);
        const cand = efisiensiCandidates(cv, sv);
        if (Object.values(cand).some((v) => checkPercent(e, v, tol).holds)) continue;
        if (cand.selisih === undefined) continue;
        const check = checkPercent(e, cand.selisih, tol);
        const label = rowLabel(grid, t, r);
        out.push({
          sheet: t.sheet,
          cell: a1(r.row, ec),
          related: [{ sheet: t.sheet, cell: a1(r.row, cc) }, { sheet: t.sheet, cell: a1(r.row, sc) }],
          params: { item: short(label), actual: e.text, expected: check.expectedText, capaian: c.text, serapan: s.text },
          expected: check.expectedText,
          actual: e.text,
          difference: check.difference,
          key: `${tableAnchor(grid, t)}|${normName(label)}|${c.text}|${s.text}|${e.text}`,
        });
      }
    }
    return out;
  },
};
