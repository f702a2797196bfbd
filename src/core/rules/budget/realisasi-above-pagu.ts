// SAKIP-BUDGET-001: realisasi anggaran above its pagu (spending more than the ceiling is impossible in APBD).
import type { FindingDraft, Rule } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import { a1, cellText } from "../../tables/cells";
import { fmtRupiah, toSenNumber } from "../../tables/amounts";
import { cellAmount } from "../../numbers/cell";
import { normName } from "../../tables/normalize";

export const CODE = "SAKIP-BUDGET-001";

/** Pairs of (pagu, realisasi) columns: each realisasi anggaran column with the nearest pagu/anggaran left of it. */
export function paguRealisasiPairs(t: RecognizedTable): Array<{ pagu: number; real: number }> {
  const cols = [...t.columns].sort((a, b) => a.col - b.col);
  const out: Array<{ pagu: number; real: number }> = [];
  let pagu: number | undefined;
  for (const c of cols) {
    if (c.role === "pagu" || c.role === "anggaran") pagu = c.col;
    else if (c.role === "realisasi_anggaran" && pagu !== undefined) { out.push({ pagu, real: c.col }); pagu = undefined; }
  }
  return out;
}

export const rule: Rule = {
  code: CODE,
  slug: "realisasi-above-pagu",
  family: "budget",
  title: { id: "Realisasi anggaran melebihi pagu", en: "Budget realisation above the ceiling" },
  severity: "error",
  messages: {
    default: {
      id: "Realisasi anggaran \"{item}\" {actual} melebihi pagunya {pagu} (lebih {diff}).",
      en: "Budget realisation of \"{item}\" {actual} exceeds its ceiling {pagu} (by {diff}).",
      suggestion: { id: "Periksa angka realisasi (salah ketik?) atau pagunya; realisasi tidak boleh melebihi pagu.", en: "Check the realisation figure (a typo?) or its ceiling; realisation may not exceed the ceiling." },
    },
  },
  help: {
    checks: {
      id: "Realisasi anggaran yang lebih besar dari pagu (atau anggaran) di kirinya, di setiap baris.",
      en: "Budget realisation above the ceiling (or anggaran) left of it, on every row.",
    },
    why: {
      id: "Belanja tidak boleh melebihi pagu DPA; angka seperti itu hampir selalu salah ketik (mis. 1.992.096.000 untuk 19.920.960).",
      en: "Spending may not exceed the DPA ceiling; such a figure is almost always a typo (1.992.096.000 for 19.920.960).",
    },
    fix: {
      id: "Periksa angka realisasi terhadap laporan realisasi anggaran, atau periksa pagunya.",
      en: "Check the realisation against the budget realisation report, or check the ceiling.",
    },
    regulation: {
      id: "PP 12/2019 tentang Pengelolaan Keuangan Daerah (realisasi belanja tidak melampaui pagu DPA); PermenPANRB 53/2014",
      en: "PP 12/2019 on regional financial management (spending stays within the DPA ceiling); PermenPANRB 53/2014",
    },
  },
  checkTable(t, g, ctx) {
    const out: FindingDraft[] = [];
    const tol = Math.round((ctx.settings.moneyTolerance ?? 0) * 100);
    const pairs = paguRealisasiPairs(t);
    if (!pairs.length) return out;
    const labelCols = t.columns.filter((c) => ["uraian", "subkegiatan", "kegiatan", "program", "indikator", "sasaran", "jabatan"].includes(c.role)).map((c) => c.col);
    for (const r of t.rows) {
      for (const { pagu, real } of pairs) {
        const p = cellAmount(g.get(r.row, pagu));
        const q = cellAmount(g.get(r.row, real));
        if (!p || !q) continue;
        const over = toSenNumber(q.value) - toSenNumber(p.value);
        if (over <= tol) continue;
        let item = r.label ?? "";
        for (const c of labelCols) { const x = cellText(g.getMerged(r.row, c)); if (x) { item = x; break; } }
        if (!item) item = `baris ${r.row + 1}`;
        out.push({
          sheet: t.sheet, cell: a1(r.row, real), related: [{ sheet: t.sheet, cell: a1(r.row, pagu) }],
          params: { item: item.length > 80 ? item.slice(0, 77) + "..." : item, actual: q.text, pagu: p.text, diff: fmtRupiah(over / 100) },
          expected: `≤ ${fmtRupiah(p.value)}`, actual: q.text, difference: -over / 100,
          key: `${normName(item)}|${p.value}|${q.value}`,
        });
      }
    }
    return out;
  },
};
