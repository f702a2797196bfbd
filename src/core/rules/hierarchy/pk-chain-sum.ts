// SAKIP-HIER-002: the budget of a superior's PK (PIHAK KEDUA of other PKs) is not the sum of the budgets of the
// subordinates' PKs, where the items cannot be paired one by one (SAKIP-HIER-001 does that when it can).
import type { FindingDraft, Rule } from "../rule";
import type { BudgetItem } from "../../tables/table";
import { fmtRupiah, sumAmounts, toSenNumber } from "../../tables/amounts";
import { a1, a1Range, parseA1 } from "../../tables/cells";

export const CODE = "SAKIP-HIER-002";

export const rule: Rule = {
  code: CODE,
  slug: "pk-chain-sum",
  family: "hierarchy",
  title: { id: "Anggaran PK atasan tidak sama dengan jumlah anggaran PK bawahan", en: "Superior's PK budget differs from the sum of the subordinates' PK budgets" },
  severity: "warning",
  messages: {
    default: {
      id: "Anggaran PK ini berjumlah {actual}, sedangkan PK bawahannya ({subs}) berjumlah {expected} (selisih {diff}).",
      en: "This PK's budget adds up to {actual}, while its subordinates' PKs ({subs}) add up to {expected} (difference {diff}).",
      suggestion: { id: "Periksa apakah PK bawahan sudah diperbarui mengikuti PK atasan (mis. setelah perubahan anggaran), atau apakah ada PK bawahan yang belum ada di buku kerja ini.", en: "Check whether the subordinates' PKs were updated after the superior's (after a budget revision, for example), or whether a subordinate's PK is missing from this workbook." },
    },
  },
  help: {
    checks: {
      id: "Untuk atasan yang butir PK-nya tidak dapat dipasangkan satu per satu dengan butir bawahannya: jumlah anggaran PK atasan dibandingkan dengan jumlah anggaran PK bawahannya (PIHAK KEDUA dikenali dari NIP, nama, lalu jabatan). Diam bila setiap bawahan cocok tepat dengan salah satu butir atasan.",
      en: "For a superior whose PK items cannot be paired one by one with the subordinates' items: the sum of its PK budget against the sum of its subordinates' PK budgets (PIHAK KEDUA matched by NIP, name, then jabatan). Silent when each subordinate (or group) matches one of the superior's items exactly.",
    },
    why: {
      id: "PK berjenjang: anggaran yang diperjanjikan atasan adalah jumlah anggaran yang diperjanjikan bawahannya. Selisih biasanya berarti PK bawahan belum mengikuti perubahan anggaran.",
      en: "PKs cascade: what a superior commits to is the sum of what the subordinates commit to. A difference usually means a subordinate's PK did not follow a budget revision.",
    },
    fix: {
      id: "Perbarui PK bawahan mengikuti PK atasan (atau sebaliknya), atau tambahkan PK bawahan yang belum ada di buku kerja.",
      en: "Update the subordinates' PKs to follow the superior's (or the other way round), or add the missing subordinate PK to the workbook.",
    },
    regulation: {
      id: "Perpres 29/2014 tentang SAKIP; PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja dan reviu LKjIP)",
      en: "Perpres 29/2014 on SAKIP; PermenPANRB 53/2014 (performance agreements, performance reporting and the review of the LKjIP)",
    },
  },
  checkWorkbook(ctx) {
    const h = ctx.hierarchy;
    const tol = Math.round((ctx.settings.moneyTolerance ?? 0) * 100);
    const out: FindingDraft[] = [];
    const firstBudget = (sheet: string): BudgetItem[] => {
      const all = h.items.filter((it) => it.sheet === sheet && it.source === "budget" && it.kind === "item");
      return all.filter((it) => it.table === all[0]?.table);
    };
    for (const sup of h.unlinkedSuperiors) {
      const parents = firstBudget(sup);
      const subSheets = h.pkLinks.filter((l) => l.superiorSheet === sup).map((l) => l.sheet);
      const subs = subSheets.map((s) => ({ sheet: s, items: firstBudget(s) })).filter((x) => x.items.length);
      if (!parents.length || !subs.length) continue;
      const all = [...parents, ...subs.flatMap((s) => s.items)];
      if (all.some((it) => it.amount === null)) continue;
      const parentSum = sumAmounts(parents.map((p) => p.amount!));
      const childSum = sumAmounts(subs.flatMap((s) => s.items.map((k) => k.amount!)));
      const diff = toSenNumber(childSum) - toSenNumber(parentSum);
      if (Math.abs(diff) <= tol) continue;
      // Each subordinate (or group of them) matching one parent item exactly explains the difference:
      // the other parent items are simply not delegated to a PK in this workbook.
      if (childSum < parentSum && explained(subs.map((x) => toSenNumber(sumAmounts(x.items.map((k) => k.amount!)))), parents.map((p) => toSenNumber(p.amount!)), tol)) continue;
      // Where: the superior's JUMLAH row when there is one, else its amount cells.
      const t = ctx.recognized.tables[parents[0].table];
      const totalRow = t?.rows.find((r) => r.kind === "total" && r.row > parents[parents.length - 1].row);
      const p0 = parseA1(parents[0].cell)!;
      const pN = parseA1(parents[parents.length - 1].cell)!;
      const cell = totalRow ? a1(totalRow.row, parents[0].amountCol) : a1Range(p0.row, p0.col, pN.row, pN.col);
      out.push({
        sheet: sup, cell,
        related: subs.flatMap((s) => s.items.flatMap((k) => k.amountCells.map((c) => ({ sheet: k.sheet, cell: c })))),
        params: { actual: fmtRupiah(parentSum), expected: fmtRupiah(childSum), diff: fmtRupiah(Math.abs(diff) / 100), subs: subs.map((s) => `"${s.sheet}"`).join(", ") },
        expected: fmtRupiah(childSum), actual: fmtRupiah(parentSum), difference: diff / 100,
        key: `${subs.map((s) => s.sheet).sort().join(";")}|${parents.map((p) => p.key).join(";")}`,
      });
    }
    return out;
  },
};

/** Can the subordinates be split into groups, each summing (within tol) to a different parent item? */
export function explained(subs: number[], parents: number[], tol: number): boolean {
  if (subs.length > 12 || parents.length > 12) return false;
  const used = new Array(parents.length).fill(false);
  const assign = new Array(subs.length).fill(-1);
  const sums = new Array(parents.length).fill(0);
  // Assign each subordinate to a parent item; at the end every touched parent must match exactly.
  const go = (i: number): boolean => {
    if (i === subs.length) return sums.every((s, j) => !used[j] || Math.abs(s - parents[j]) <= tol);
    for (let j = 0; j < parents.length; j++) {
      if (sums[j] + subs[i] > parents[j] + tol) continue;
      const was = used[j];
      used[j] = true; sums[j] += subs[i]; assign[i] = j;
      if (go(i + 1)) return true;
      sums[j] -= subs[i]; used[j] = was;
    }
    return false;
  };
  return go(0);
}
