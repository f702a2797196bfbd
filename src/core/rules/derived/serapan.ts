// SAKIP-SERAPAN-001: a stated % serapan / capaian anggaran that does not match realisasi anggaran / pagu.
import type { Rule, FindingDraft } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import { a1, cellText } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { percentFix } from "../../findings/fix";
import { cellShown } from "../../numbers/cell";
import { colsWith, nearestLeft, dataRows, declaredFromOthers } from "../kit/columns";
import { checkPercent, asFraction } from "../kit/compare";
import { rowLabel, short, tableAnchor } from "../kit/labels";
import { SOURCES } from "../kit/sources";

export const CODE = "SAKIP-SERAPAN-001";

/** Serapan columns of a table with their pagu and realisasi columns. */
export function serapanColumns(t: RecognizedTable): Array<{ col: number; pagu: number; real: number }> {
  const out: Array<{ col: number; pagu: number; real: number }> = [];
  const candidates = colsWith(t, "serapan", "capaian_anggaran", "capaian");
  let boundary = -1;
  for (const c of candidates) {
    const pagu = nearestLeft(t, c, boundary, "pagu", "anggaran");
    const real = pagu === undefined ? undefined : nearestLeft(t, c, pagu, "realisasi_anggaran", "realisasi");
    const sisa = nearestLeft(t, c, boundary, "sisa");
    boundary = c;
    if (pagu === undefined || real === undefined) continue;
    // A percent right after SISA is sisa / pagu (SAKIP-SISA-001).
    if (sisa !== undefined && sisa > real) continue;
    // The K half of a K / Rp capaian pair is a capaian kinerja, whatever budget columns stand to its left.
    if (t.columns.find((x) => x.col === c)?.measure === "K") continue;
    // The form's column-number row computes it from other columns ("12 = 11/6 x 100%"): SAKIP-RELASI-001 checks that.
    if (declaredFromOthers(t, c, pagu, real)) continue;
    out.push({ col: c, pagu, real });
  }
  return out;
}

export const rule: Rule = {
  code: CODE,
  slug: "serapan",
  family: "derived",
  defersTo: ["SAKIP-BUDGET-001"],
  title: { id: "Persentase serapan anggaran tidak sesuai realisasi dan pagu", en: "Stated budget absorption does not match realisation and ceiling" },
  severity: "error",
  messages: {
    default: {
      id: "Serapan anggaran \"{item}\" tertulis {actual}, padahal realisasi {realisasi} dari pagu {pagu} adalah {expected}.",
      en: "Budget absorption of \"{item}\" is stated as {actual}, but realisation {realisasi} of ceiling {pagu} is {expected}.",
      suggestion: { id: "Ganti persentase menjadi {expected}, atau periksa pagu dan realisasinya.", en: "Change the percentage to {expected}, or check its ceiling and realisation." },
    },
  },
  help: {
    checks: {
      id: "SERAPAN / % CAPAIAN ANGGARAN = REALISASI ANGGARAN / PAGU, di setiap baris termasuk JUMLAH, pada presisi yang ditampilkan. Angka salah format dibaca dengan bacaan yang paling mungkin. Realisasi di atas pagu dengan serapan 100% atau kurang adalah salah ketik realisasi: dilaporkan sekali oleh aturan realisasi-di-atas-pagu (bila aturan itu aktif). Kolom K dari pasangan K / Rp, dan kolom yang menurut baris nomor kolom dihitung dari kolom lain, bukan serapan (SAKIP-RELASI-001 memeriksa rumus formulirnya).",
      en: "SERAPAN / % CAPAIAN ANGGARAN = REALISASI ANGGARAN / PAGU on every row, totals included, at the precision shown. A malformed amount is read at its likely reading. A realisation above its ceiling with a serapan of 100% or less is the realisation's typo: reported once, by the realisation-above-ceiling rule (while that rule runs). The K half of a K / Rp pair, and a column the column-number row computes from other columns, is not a serapan (SAKIP-RELASI-001 checks the form's formula).",
    },
    why: {
      id: "Serapan anggaran dipakai untuk menilai efisiensi; persentase yang salah membuat perbandingan kinerja dan anggaran keliru.",
      en: "Absorption feeds the efficiency assessment; a wrong percentage distorts the comparison of performance and budget.",
    },
    fix: {
      id: "Hitung ulang serapan sebagai realisasi / pagu (atau =SAKIP.SERAPAN), atau perbaiki pagu atau realisasinya.",
      en: "Recompute absorption as realisation / ceiling (or =SAKIP.SERAPAN), or correct the ceiling or the realisation.",
    },
    regulation: SOURCES.regionalFinance,
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const budgetOn = ctx.defersTo("SAKIP-BUDGET-001");
    for (const { col, pagu, real } of serapanColumns(t)) {
      for (const r of dataRows(t, true)) {
        const stated = cellShown(grid.get(r.row, col));
        const p = cellShown(grid.get(r.row, pagu), { allowLikely: true });
        const q = cellShown(grid.get(r.row, real), { allowLikely: true });
        if (!stated || !p || !q || p.percent || q.percent || p.value === 0) continue;
        const check = checkPercent(stated, q.value / p.value, ctx.settings.percentTolerance);
        if (check.holds) continue;
        // Realisasi above pagu with a plausible serapan (<= 100%): the realisasi is the typo (the seed's
        // 1.992.096.000 for 19.920.960), reported once by SAKIP-BUDGET-001 on that cell.
        const statedFraction = asFraction(stated);
        if (budgetOn && q.value > p.value && statedFraction <= 1) continue;
        const label = rowLabel(grid, t, r);
        const fix = percentFix(a1(r.row, col), q.value / p.value, stated);
        // A live formula only over figures that are numbers in their cells, into a cell that shows a percent.
        if (stated.percent && grid.get(r.row, pagu)?.type === "number" && grid.get(r.row, real)?.type === "number") {
          const P = a1(r.row, pagu);
          const R = a1(r.row, real);
          fix.formula = { sakip: `=SAKIP.SERAPAN(${P},${R})`, plain: `=IFERROR(${R}/${P},"")` };
        }
        out.push({
          sheet: t.sheet,
          cell: a1(r.row, col),
          related: [{ sheet: t.sheet, cell: a1(r.row, pagu) }, { sheet: t.sheet, cell: a1(r.row, real) }],
          params: { item: short(label), actual: stated.text, expected: check.expectedText, pagu: p.text, realisasi: q.text },
          expected: check.expectedText,
          actual: stated.text,
          difference: check.difference,
          key: `${tableAnchor(grid, t)}|${normName(label)}|${cellText(grid.get(r.row, pagu))}|${cellText(grid.get(r.row, real))}|${stated.text}`,
          fix,
        });
      }
    }
    return out;
  },
};
