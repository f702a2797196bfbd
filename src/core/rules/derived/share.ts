// SAKIP-SHARE-001: a stated share (% of the total budget) that does not match amount / total.
// The total is the table's JUMLAH/TOTAL row or the sum of its items; either holds (a wrong total is SAKIP-TOTAL's).
import type { Rule, FindingDraft } from "../rule";
import { a1, cellText } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { sumSen, senToRupiah, formatRupiah } from "../../numbers/money";
import { cellShown } from "../../numbers/cell";
import { colsWith, nearestLeft } from "../kit/columns";
import { checkPercent } from "../kit/compare";
import { rowLabel, short, tableAnchor } from "../kit/labels";

export const CODE = "SAKIP-SHARE-001";

export const rule: Rule = {
  code: CODE,
  slug: "share",
  family: "derived",
  title: { id: "Persentase porsi anggaran tidak sesuai anggaran dibagi total", en: "Stated budget share does not match amount over total" },
  severity: "error",
  messages: {
    default: {
      id: "Porsi anggaran \"{item}\" tertulis {actual}, padahal {amount} dari total {total} adalah {expected}.",
      en: "Budget share of \"{item}\" is stated as {actual}, but {amount} of the total {total} is {expected}.",
      suggestion: { id: "Ganti persentase menjadi {expected}.", en: "Change the percentage to {expected}." },
    },
  },
  help: {
    checks: {
      id: "Persentase porsi (\"%\" di samping ANGGARAN, PROPORSI) = anggaran / total; total adalah baris JUMLAH atau jumlah rinciannya (keduanya dianggap benar; JUMLAH yang salah dilaporkan aturan jumlah).",
      en: "A share (\"%\" next to ANGGARAN, PROPORSI) = amount / total; the total is the JUMLAH row or the sum of the items (either holds; a wrong JUMLAH is the total rule's finding).",
    },
    why: {
      id: "Porsi anggaran dipakai untuk menunjukkan prioritas; porsi yang tidak berjumlah benar menyesatkan.",
      en: "Shares show priorities; shares that do not follow from the amounts mislead.",
    },
    fix: {
      id: "Hitung ulang porsi sebagai anggaran dibagi total (pakai rumus).",
      en: "Recompute the share as amount over total (with a formula).",
    },
    regulation: {
      id: "Tidak ada aturan khusus: angka laporan kinerja harus dapat dihitung ulang (PermenPANRB 53/2014); Excel berbahasa Indonesia menulis 1.234.567,89",
      en: "No specific regulation: the figures of a performance report must recompute (PermenPANRB 53/2014); Indonesian Excel writes 1.234.567,89",
    },
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const tol = ctx.settings.percentTolerance;
    for (const sc of colsWith(t, "share")) {
      const ac = nearestLeft(t, sc, -1, "anggaran", "pagu");
      if (ac === undefined) continue;
      const amountOf = (row: number) => {
        const s = cellShown(grid.get(row, ac), { allowLikely: true });
        return s && !s.percent ? s.value : null;
      };
      const items = t.rows.filter((r) => r.kind === "item");
      const nonTotal = t.rows.filter((r) => r.kind !== "total");
      const totals: number[] = [];
      for (const set of [items, nonTotal]) {
        const vals = set.map((r) => amountOf(r.row));
        if (vals.some((v) => v !== null)) totals.push(senToRupiah(sumSen(vals.filter((v) => v !== null)).sen));
      }
      const totalRow = t.rows.find((r) => r.kind === "total");
      const stated = totalRow ? amountOf(totalRow.row) : null;
      if (stated !== null) totals.push(stated);
      const denoms = totals.filter((d) => d > 0);
      if (!denoms.length) continue;
      const main = stated !== null && stated > 0 ? stated : denoms[0];
      for (const r of t.rows) {
        const sh = cellShown(grid.get(r.row, sc));
        if (!sh) continue;
        const amount = r.kind === "total" ? main : amountOf(r.row);
        if (amount === null) continue;
        const ok = r.kind === "total" ? checkPercent(sh, 1, tol).holds || denoms.some((d) => checkPercent(sh, amount / d, tol).holds)
          : denoms.some((d) => checkPercent(sh, amount / d, tol).holds);
        if (ok) continue;
        const check = checkPercent(sh, r.kind === "total" ? 1 : amount / main, tol);
        const label = rowLabel(grid, t, r);
        out.push({
          sheet: t.sheet,
          cell: a1(r.row, sc),
          related: [{ sheet: t.sheet, cell: a1(r.row, ac) }, ...(totalRow ? [{ sheet: t.sheet, cell: a1(totalRow.row, ac) }] : [])],
          params: { item: short(label), actual: sh.text, expected: check.expectedText, amount: formatRupiah(amount), total: formatRupiah(main) },
          expected: check.expectedText,
          actual: sh.text,
          difference: check.difference,
          key: `${tableAnchor(grid, t)}|${normName(label)}|${cellText(grid.get(r.row, ac))}|${sh.text}`,
        });
      }
    }
    return out;
  },
};
