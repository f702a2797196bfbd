// SAKIP-CONFLICT-001: the same Program / Kegiatan / Sub Kegiatan with different amounts on two sheets
// (e.g. a Kasubag's PK and the measurement table, or the Sekretaris' PK and the RKT).
import type { FindingDraft, Rule, RuleContext } from "../rule";
import { a1 } from "../../tables/cells";
import { cellAmount } from "../../numbers/cell";
import { normName } from "../../tables/normalize";
import { itemKey, supersededSheets, type BudgetItem } from "../../tables/hierarchy";
import { fmtRupiah, toSenNumber } from "../../tables/amounts";
import { cellText, gridOf, parseA1, sheetByName } from "../../tables/cells";
import { SOURCES } from "../kit/sources";
import { firstOf, MAX_RELATED } from "../../findings/bounds";

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
      id: "Butir yang sama (menurut kode, atau nama yang dinormalkan) di beberapa lembar dengan anggaran berbeda. Angka yang disepakati paling banyak lembar menjadi acuan (paling sedikit sel yang perlu diperbaiki; bila seri, yang tertulis di PK bertanda tangan, lalu lembar paling awal); setiap angka lain satu temuan. Lembar yang mencantumkan butir dua kali, anggaran yang terbagi di baris tanpa nama, angka salah format, PK yang sudah diganti PK PERUBAHAN, dan kolom tahun lain tidak dibandingkan. Penyelarasan tahun: pagu Renstra per tahun untuk tahun anggaran (tahun PK, atau satu-satunya tahun yang disebut judul kolom anggaran seperti \"Tahun Berjalan (2025)\") dibandingkan dengan Renja / formulir evaluasi / PK; baris Renstra tanpa kode memakai kode satu-satunya butir bernama sama. Semua angka dalam rupiah setelah skala kolom (\"dalam juta rupiah\", \"(Rp. 000)\"); tanpa tahun anggaran yang pasti tidak ada penyelarasan.",
      en: "The same item (by code, else by normalised name) on several sheets with different amounts. The amount most sheets agree on is the reference (the fewest cells to correct; on a tie the one a signed PK states, then the earliest sheet); each other amount is one finding. A sheet listing the item twice, an amount split over unnamed rows, malformed amounts, a PK superseded by a PK PERUBAHAN and columns of another year are left out. Year alignment: a Renstra's pagu per year, for the budget year (the PKs' year, or the one year the amount headers name, as \"Tahun Berjalan (2025)\"), against the Renja / evaluation form / PK; a Renstra row without a code takes the code of the one item of the same name. All amounts in rupiah after the column's scale (\"dalam juta rupiah\", \"(Rp. 000)\"); without a sure budget year nothing is aligned.",
    },
    why: {
      id: "Satu Sub Kegiatan hanya punya satu pagu; angka yang berbeda antara PK, Renja dan tabel pengukuran berarti salah satu lembar keliru.",
      en: "One Sub Kegiatan has one ceiling; different amounts between the PK, the Renja and the measurement table mean one sheet is wrong.",
    },
    fix: {
      id: "Samakan anggaran di semua lembar dengan dokumen anggaran yang berlaku (DPA/DPPA).",
      en: "Make the amount the same on every sheet, as in the budget document in force (DPA/DPPA).",
    },
    regulation: SOURCES.nomenclature,
  },
  checkWorkbook(ctx) {
    const wb = ctx.workbook;
    // In rupiah, after each column's scale; a Renstra's pagu for the year the other tables are for joins them.
    const items = [...ctx.hierarchy.items.map((it) => scaled(ctx, it)), ...yearItems(ctx)];
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
      const withPk = new Map<BudgetItem[], number>();
      const firstSheet = new Map<BudgetItem[], number>();
      for (const gr of groups.values()) {
        withPk.set(gr, gr.some((x) => pkSheets.has(x.sheet)) ? 1 : 0);
        let first = Infinity;
        for (const x of gr) first = Math.min(first, order.get(x.sheet) ?? 0);
        firstSheet.set(gr, first);
      }
      const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || withPk.get(b[1])! - withPk.get(a[1])! ||
        firstSheet.get(a[1])! - firstSheet.get(b[1])!);

      const [refSen, refItems] = ranked[0];
      // Every differing amount names the reference cells: a bounded list, built once (not N x M).
      const refShown = firstOf(refItems);
      const others = refShown.shown.slice(0, 5).map((x) => `lembar "${x.sheet}" (${x.cell})`).join(", ") + (refItems.length > 5 ? ` dan ${refItems.length - 5} lainnya` : "");
      // One finding per differing amount, at its first cell; the same amount elsewhere and the reference are related.
      for (const [sen, list] of ranked.slice(1)) {
        {
          const it = list[0];
          const same = list.slice(1);
          const sheet = sheetByName(wb, it.sheet);
          const pos = parseA1(it.cell);
          const written = sheet && pos ? cellText(gridOf(sheet).get(pos.row, pos.col)) : "";
          // A figure in another scale ("dalam juta rupiah") is shown with its rupiah.
          const text = !written ? fmtRupiah(it.amount!) : scaleAt(ctx, it.table, it.amountCol) !== 1 ? `${written} (${fmtRupiah(it.amount!)})` : written;
          const sameShown = firstOf(same);
          const related = [...sameShown.shown, ...refShown.shown].slice(0, MAX_RELATED);
          const listed = sameShown.shown.slice(0, 5).map((x) => `lembar "${x.sheet}" (${x.cell})`).join(", ") + (same.length > 5 ? ` dan ${same.length - 5} lainnya` : "");
          out.push({
            sheet: it.sheet, cell: it.cell,
            related: related.map((x) => ({ sheet: x.sheet, cell: x.cell })),
            relatedMore: same.length + refItems.length - related.length,
            params: { item: it.label.length > 80 ? it.label.slice(0, 77) + "..." : it.label, actual: text, expected: fmtRupiah(refSen / 100), others, diff: fmtRupiah(Math.abs(refSen - sen) / 100),
              also: same.length ? ` (sama seperti ${listed})` : "" },
            expected: fmtRupiah(refSen / 100), actual: text, difference: (refSen - sen) / 100,
            key: `${k}|${sen}|${refSen}`,
          });
        }
      }
    }
    return out;
  },
};

function scaleAt(ctx: RuleContext, table: number, col: number): number {
  return ctx.recognized.tables[table]?.columns.find((c) => c.col === col)?.scale ?? 1;
}

function scaled(ctx: RuleContext, it: BudgetItem): BudgetItem {
  const k = scaleAt(ctx, it.table, it.amountCol);
  return k === 1 || it.amount === null ? it : { ...it, amount: Math.round(it.amount * k * 100) / 100 };
}

const yearsIn = (s: string) => [...s.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => parseInt(m[1], 10));

/**
 * The year the budget tables are for: the PKs' year, else the one year the single-amount tables' headers name
 * ("Target ... Tahun Berjalan (2025)"); undefined when they name none or several (no year alignment then).
 */
export function budgetYear(ctx: RuleContext): number | undefined {
  const pk = new Set(ctx.recognized.pkHeaders.map((h) => h.year).filter((y): y is number => !!y));
  if (pk.size === 1) return [...pk][0];
  if (pk.size > 1) return undefined;
  const ys = new Set<number>();
  for (const it of ctx.hierarchy.items) {
    const c = ctx.recognized.tables[it.table]?.columns.find((x) => x.col === it.amountCol);
    for (const y of c ? [...(c.year ? [c.year] : []), ...yearsIn(c.header)] : []) ys.add(y);
  }
  return ys.size === 1 ? [...ys][0] : undefined;
}

/**
 * Items of the tables the budget items leave out because they hold an amount per year (a Renstra's "Kerangka
 * Pendanaan" 2025 ... 2029): their pagu for the budget year, in rupiah. A row without a code takes the code of the
 * one coded item of the same name elsewhere, so it meets the item under its code.
 */
function yearItems(ctx: RuleContext): BudgetItem[] {
  const year = budgetYear(ctx);
  if (!year) return [];
  const used = new Set(ctx.hierarchy.items.map((it) => it.table));
  const codeByName = new Map<string, string | null>();
  for (const it of ctx.hierarchy.items) if (it.code) codeByName.set(it.key, codeByName.has(it.key) && codeByName.get(it.key) !== it.code ? null : it.code);
  const out: BudgetItem[] = [];
  ctx.recognized.tables.forEach((t, ti) => {
    if (used.has(ti)) return;
    const cols = t.columns.filter((c) => (c.role === "pagu" || c.role === "anggaran") && c.measure !== "K" && c.measure !== "%" && c.year === year && !c.aggregate);
    if (cols.length !== 1) return;
    const col = cols[0];
    const names = t.columns.filter((c) => ["program", "kegiatan", "subkegiatan", "uraian"].includes(c.role)).map((c) => c.col).sort((a, b) => b - a);
    const sheet = sheetByName(ctx.workbook, t.sheet);
    if (!sheet || !names.length) return;
    const g = gridOf(sheet);
    for (const r of t.rows) {
      if ((r.kind !== "item" && r.kind !== "group") || r.continued) continue;
      const label = names.map((c) => g.text(r.row, c)).find((x) => x)?.replace(/^\s*(?:\d+[.)]|[a-z][.)])\s+/i, "").trim();
      const a = cellAmount(g.get(r.row, col.col));
      if (!label || !a) continue;
      const key = normName(label);
      const code = r.code ?? codeByName.get(key) ?? undefined;
      out.push({
        id: -1, sheet: t.sheet, table: ti, row: r.row, rows: [r.row], kind: r.kind === "group" ? "group" : "item", level: r.level, code, label, key,
        amount: Math.round(a.value * (col.scale ?? 1) * 100) / 100, cell: a1(r.row, col.col), amountCells: [a1(r.row, col.col)], amountCol: col.col, source: "budget",
      });
    }
  });
  return out;
}

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
