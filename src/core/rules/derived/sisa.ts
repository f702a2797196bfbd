// SAKIP-SISA-001: a stated sisa anggaran (amount, or its % of pagu) that does not match pagu - realisasi.
import type { Rule, FindingDraft } from "../rule";
import { a1, cellText } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { toSen, senToRupiah, formatNumberId } from "../../numbers/money";
import { cellShown } from "../../numbers/cell";
import { colsWith, nearestLeft, dataRows, roleAt } from "../kit/columns";
import { checkPercent } from "../kit/compare";
import { rowLabel, short, tableAnchor } from "../kit/labels";

export const CODE = "SAKIP-SISA-001";

export const rule: Rule = {
  code: CODE,
  slug: "sisa",
  family: "derived",
  title: { id: "Sisa anggaran tidak sesuai pagu dikurangi realisasi", en: "Stated remaining budget does not match ceiling minus realisation" },
  severity: "error",
  messages: {
    default: {
      id: "Sisa anggaran \"{item}\" tertulis {actual}, padahal pagu {pagu} dikurangi realisasi {realisasi} adalah {expected}.",
      en: "Remaining budget of \"{item}\" is stated as {actual}, but ceiling {pagu} minus realisation {realisasi} is {expected}.",
      suggestion: { id: "Ganti sisa menjadi {expected}, atau periksa pagu dan realisasinya.", en: "Change the remainder to {expected}, or check its ceiling and realisation." },
    },
    persen: {
      id: "Persentase sisa anggaran \"{item}\" tertulis {actual}, padahal sisa dari pagu {pagu} dengan realisasi {realisasi} adalah {expected}.",
      en: "Remaining-budget share of \"{item}\" is stated as {actual}, but the remainder of ceiling {pagu} with realisation {realisasi} is {expected}.",
      suggestion: { id: "Ganti persentase menjadi {expected}.", en: "Change the percentage to {expected}." },
    },
  },
  help: {
    checks: {
      id: "SISA = PAGU - REALISASI, tepat sampai sen, dalam setengah satuan angka terakhir yang ditampilkan ditambah toleransi uang; varian persen untuk kolom \"%\" di kanan SISA (sisa / pagu; angka serapan di situ dianggap benar).",
      en: "SISA = PAGU - REALISASI, exact to the sen, within half a unit of the last digit shown plus the money tolerance; variant persen for a \"%\" column right of SISA (sisa / pagu; an absorption figure there holds).",
    },
    why: {
      id: "Sisa anggaran dilaporkan sebagai efisiensi atau dana yang tidak terserap; sisa yang salah membuat laporan keuangan dan kinerja tidak cocok.",
      en: "The remaining budget is reported as savings or unspent funds; a wrong remainder makes the financial and performance reports disagree.",
    },
    fix: {
      id: "Hitung ulang sisa sebagai pagu dikurangi realisasi (pakai rumus), atau perbaiki pagu atau realisasinya.",
      en: "Recompute the remainder as ceiling minus realisation (with a formula), or correct the ceiling or the realisation.",
    },
    regulation: {
      id: "PP 12/2019 tentang Pengelolaan Keuangan Daerah (realisasi belanja tidak melampaui pagu DPA); PermenPANRB 53/2014",
      en: "PP 12/2019 on regional financial management (spending stays within the DPA ceiling); PermenPANRB 53/2014",
    },
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const tolSen = toSen(ctx.settings.moneyTolerance) ?? 0n;
    let boundary = -1;
    for (const sc of colsWith(t, "sisa")) {
      const pagu = nearestLeft(t, sc, boundary, "pagu", "anggaran");
      const real = pagu === undefined ? undefined : nearestLeft(t, sc, pagu, "realisasi_anggaran", "realisasi");
      boundary = sc;
      if (pagu === undefined || real === undefined) continue;
      // The percent column right after SISA (header "%" or a serapan-like role) is sisa / pagu.
      const nextRole = roleAt(t, sc + 1);
      const pctCol = nextRole === undefined || ["capaian_anggaran", "serapan", "share", "capaian", "other"].includes(nextRole) ? sc + 1 : undefined;
      for (const r of dataRows(t, true)) {
        const p = cellShown(grid.get(r.row, pagu), { allowLikely: true });
        const q = cellShown(grid.get(r.row, real), { allowLikely: true });
        if (!p || !q || p.percent || q.percent) continue;
        const label = rowLabel(grid, t, r);
        const related = [{ sheet: t.sheet, cell: a1(r.row, pagu) }, { sheet: t.sheet, cell: a1(r.row, real) }];
        const ps0 = toSen(p.value);
        const qs0 = toSen(q.value);
        if (ps0 === null || qs0 === null) continue;
        const ps = ps0;
        const sisaSen = ps0 - qs0;
        const stated = cellShown(grid.get(r.row, sc));
        if (stated) {
          if (stated.percent) {
            if (ps !== 0n) {
              const check = checkPercent(stated, senToRupiah(sisaSen) / p.value, ctx.settings.percentTolerance);
              if (!check.holds) out.push(find(sc, "persen", stated.text, check.expectedText, check.difference));
            }
          } else {
            const ss = toSen(stated.value);
            if (ss === null) continue;
            // Holds within half a unit of the last digit shown, plus the money tolerance.
            const half = stated.decimals >= 2 ? 0n : stated.decimals === 1 ? 5n : 50n;
            const d = sisaSen - ss;
            if ((d < 0n ? -d : d) > half + tolSen) {
              const exp = formatNumberId(senToRupiah(sisaSen), stated.decimals >= 2 ? 2 : stated.decimals);
              out.push(find(sc, "default", stated.text, exp, senToRupiah(d)));
            }
          }
        }
        if (pctCol !== undefined && ps !== 0n) {
          const pct = cellShown(grid.get(r.row, pctCol));
          if (pct && (pct.percent || pct.value < 100)) {
            const check = checkPercent(pct, senToRupiah(sisaSen) / p.value, ctx.settings.percentTolerance);
            // A serapan figure there (absorption, not remainder) is checked by SAKIP-SERAPAN-001, not here.
            const asSerapan = checkPercent(pct, q.value / p.value, ctx.settings.percentTolerance);
            if (!check.holds && !asSerapan.holds) out.push(find(pctCol, "persen", pct.text, check.expectedText, check.difference));
          }
        }
        function find(col: number, variant: string, actual: string, expected: string, difference: number): FindingDraft {
          return {
            sheet: t.sheet,
            cell: a1(r.row, col),
            related,
            params: { item: short(label), actual, expected, pagu: p!.text, realisasi: q!.text },
            expected,
            actual,
            difference,
            variant,
            key: `${tableAnchor(grid!, t)}|${variant}|${normName(label)}|${cellText(grid!.get(r.row, pagu!))}|${cellText(grid!.get(r.row, real!))}|${actual}`,
          };
        }
      }
    }
    return out;
  },
};
