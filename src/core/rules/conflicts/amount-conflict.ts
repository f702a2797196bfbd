// SAKIP-CONFLICT-001: the same Program / Kegiatan / Sub Kegiatan with different amounts on two sheets
// (e.g. a Kasubag's PK and the measurement table, or the Sekretaris' PK and the RKT).
import type { FindingDraft, Rule } from "../rule";
import { itemKey, supersededSheets, type BudgetItem } from "../../tables/hierarchy";
import { fmtRupiah, toSenNumber } from "../../tables/amounts";
import { cellText, gridOf, parseA1, sheetByName } from "../../tables/cells";

export const CODE = "SAKIP-CONFLICT-001";

export const rule: Rule = {
  code: CODE,
  slug: "amount-conflict",
  family: "conflicts",
  title: { id: "Anggaran butir yang sama berbeda antar-lembar", en: "Same item with different amounts on two sheets" },
  severity: "error",
  messages: {
    default: {
      id: "Anggaran \"{item}\" di lembar ini {actual}{also}, sedangkan di {others} tertulis {expected} (selisih {diff}).",
      en: "The amount of \"{item}\" here is {actual}, while {others} states {expected} (difference {diff}).",
      suggestion: { id: "Samakan anggaran \"{item}\" di semua lembar dengan dokumen anggaran yang berlaku (DPA/DPPA).", en: "Make the amount of \"{item}\" the same on every sheet, as in the budget document in force (DPA/DPPA)." },
    },
  },
  help: {
    checks: {
      id: "Butir yang sama (menurut kode, atau nama yang dinormalkan) di beberapa lembar dengan anggaran berbeda. Angka yang disepakati paling banyak lembar menjadi acuan (paling sedikit sel yang perlu diperbaiki; bila seri, yang tertulis di PK bertanda tangan, lalu lembar paling awal); setiap angka lain satu temuan. Lembar yang mencantumkan butir dua kali, anggaran yang terbagi di baris tanpa nama, angka salah format, PK yang sudah diganti PK PERUBAHAN, dan kolom tahun lain tidak dibandingkan.",
      en: "The same item (by code, else by normalised name) on several sheets with different amounts. The amount most sheets agree on is the reference (the fewest cells to correct; on a tie the one a signed PK states, then the earliest sheet); each other amount is one finding. A sheet listing the item twice, an amount split over unnamed rows, malformed amounts, a PK superseded by a PK PERUBAHAN and columns of another year are left out.",
    },
    why: {
      id: "Satu Sub Kegiatan hanya punya satu pagu; angka yang berbeda antara PK, Renja dan tabel pengukuran berarti salah satu lembar keliru.",
      en: "One Sub Kegiatan has one ceiling; different amounts between the PK, the Renja and the measurement table mean one sheet is wrong.",
    },
    fix: {
      id: "Samakan anggaran di semua lembar dengan dokumen anggaran yang berlaku (DPA/DPPA).",
      en: "Make the amount the same on every sheet, as in the budget document in force (DPA/DPPA).",
    },
    regulation: {
      id: "Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
      en: "Permendagri 90/2019 (classification, codes and nomenclature of Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
    },
  },
  checkWorkbook(ctx) {
    const wb = ctx.workbook;
    const items = ctx.hierarchy.items;
    const skip = supersededSheets(wb, ctx.recognized);
    const pkSheets = new Set(ctx.recognized.pkHeaders.map((h) => h.sheet));
    const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
    // key -> sheet -> items
    const byKey = new Map<string, Map<string, BudgetItem[]>>();
    for (const it of items) {
      if (it.amount === null || it.likely || it.partial || skip.has(it.sheet)) continue;
      const k = itemKey(it);
      if (!k || k.length < 6) continue;
      let m = byKey.get(k);
      if (!m) byKey.set(k, (m = new Map()));
      let a = m.get(it.sheet);
      if (!a) m.set(it.sheet, (a = []));
      a.push(it);
    }
    const out: FindingDraft[] = [];
    for (const [k, bySheet] of splitByLevel(byKey)) {
      if (bySheet.size < 2) continue;
      // One amount per sheet; a sheet listing the item twice with different amounts is ambiguous: left out.
      const per: BudgetItem[] = [];
      for (const list of bySheet.values()) {
        const amounts = new Set(list.map((x) => toSenNumber(x.amount!)));
        if (amounts.size === 1) per.push(list[0]);
      }
      if (per.length < 2) continue;
      const groups = new Map<number, BudgetItem[]>();
      for (const it of per) {
        const s = toSenNumber(it.amount!);
        let a = groups.get(s);
        if (!a) groups.set(s, (a = []));
        a.push(it);
      }
      if (groups.size < 2) continue;
      // Reference: the amount most sheets agree on; on a tie, the one on the earliest sheet.
      // Reference: the amount most sheets agree on (the fewest cells to correct); on a tie, the one a signed PK
      // states; then the earliest sheet.
      const withPk = (gr: BudgetItem[]) => (gr.some((x) => pkSheets.has(x.sheet)) ? 1 : 0);
      const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || withPk(b[1]) - withPk(a[1]) ||
        Math.min(...a[1].map((x) => order.get(x.sheet) ?? 0)) - Math.min(...b[1].map((x) => order.get(x.sheet) ?? 0)));
      const [refSen, refItems] = ranked[0];
      // One finding per differing amount, at its first cell; the same amount elsewhere and the reference are related.
      for (const [sen, list] of ranked.slice(1)) {
        {
          const it = list[0];
          const same = list.slice(1);
          const sheet = sheetByName(wb, it.sheet);
          const pos = parseA1(it.cell);
          const text = sheet && pos ? cellText(gridOf(sheet).get(pos.row, pos.col)) : fmtRupiah(it.amount!);
          const others = refItems.map((x) => `lembar "${x.sheet}" (${x.cell})`).join(", ");
          out.push({
            sheet: it.sheet, cell: it.cell,
            related: [...same, ...refItems].map((x) => ({ sheet: x.sheet, cell: x.cell })),
            params: { item: it.label.length > 80 ? it.label.slice(0, 77) + "..." : it.label, actual: text, expected: fmtRupiah(refSen / 100), others, diff: fmtRupiah(Math.abs(refSen - sen) / 100),
              also: same.length ? ` (sama seperti ${same.map((x) => `lembar "${x.sheet}" (${x.cell})`).join(", ")})` : "" },
            expected: fmtRupiah(refSen / 100), actual: text, difference: (refSen - sen) / 100,
            key: `${k}|${sen}|${refSen}`,
          });
        }
      }
    }
    return out;
  },
};

/**
 * A Program, a Kegiatan and a Sub Kegiatan may share one name ("Program X" / "Kegiatan X" normalise alike): where a
 * name is used at several known levels, only items of the same level are paired, and items whose level is unknown
 * are left out (which of them they are is a guess).
 */
function splitByLevel(byKey: Map<string, Map<string, BudgetItem[]>>): Map<string, Map<string, BudgetItem[]>> {
  const out = new Map<string, Map<string, BudgetItem[]>>();
  for (const [k, bySheet] of byKey) {
    const levels = new Set<string>();
    for (const list of bySheet.values()) for (const it of list) if (it.level) levels.add(it.level);
    if (levels.size < 2) {
      out.set(k, bySheet);
      continue;
    }
    for (const level of levels) {
      const m = new Map<string, BudgetItem[]>();
      for (const [sheet, list] of bySheet) {
        const same = list.filter((it) => it.level === level);
        if (same.length) m.set(sheet, same);
      }
      out.set(`${k}|${level}`, m);
    }
  }
  return out;
}
