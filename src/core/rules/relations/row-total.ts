// SAKIP-RELASI-002: a "Jumlah" / "Total" / "Akhir periode" column equals the sum of its sibling columns: the years
// of a Renstra, the quarters, or the sources of funds (DAU / DAK / BOSP ...) under the same group, for each measure.
import type { TableRule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { cellShown as shownOf } from "../../numbers/cell";
import { checkValue } from "../kit/compare";
import { sumRupiah } from "../../numbers/money";
import { withContext, isRate, rowNameAndUnit, columnName, type ContextColumn, type ContextTable } from "./model";

export const CODE = "SAKIP-RELASI-002";

/** The columns an aggregate column adds up: same measure, by year or quarter, or the other columns of its group. */
export function siblingsOf(t: ContextTable, agg: ContextColumn): ContextColumn[] {
  const same = t.columns.filter((c) => c !== agg && !c.aggregate && c.measure === agg.measure && c.col < agg.col);
  const periods = same.filter((c) => c.year !== undefined || c.quarter !== undefined);
  if (periods.length >= 2) {
    // Several series (targets and realisations per quarter): the one under the aggregate's group, else the only one.
    const groups = [...new Set(periods.map((c) => `${c.role}|${c.year !== undefined ? "y" : "q"}`))];
    if (groups.length === 1) return periods;
    const mine = periods.filter((c) => agg.group && c.group === agg.group);
    return mine.length >= 2 ? mine : [];
  }
  // Sources of funds: the other columns of the same group.
  if (agg.group) {
    const group = same.filter((c) => c.group === agg.group);
    if (group.length >= 2) return group;
  }
  return [];
}

export const rule: TableRule = {
  code: CODE,
  slug: "row-total",
  family: "relations",
  title: { id: "Kolom Jumlah / Akhir periode tidak sama dengan jumlah kolom rinciannya", en: "A Jumlah / end-of-period column is not the sum of its columns" },
  severity: "error",
  messages: {
    default: {
      id: "Kolom {kolom}{ukuran} baris \"{item}\" tertulis {actual}, padahal jumlah {n} kolom rinciannya ({rincian}) {expected}.",
      en: "Column {kolom}{ukuran} of \"{item}\" states {actual}, but its {n} columns ({rincian}) add up to {expected}.",
      suggestion: { id: "Perbaiki jumlahnya (sebaiknya dengan rumus SUM), atau periksa angka per tahun / triwulan / sumber dana.", en: "Correct the total (preferably with a SUM formula), or check the figures per year / quarter / source." },
    },
  },
  help: {
    checks: {
      id: "Kolom \"Jumlah\", \"Total\" atau \"Akhir periode\" pada setiap baris sama dengan jumlah kolom saudaranya dengan ukuran yang sama (K atau Rp): tahun-tahun Renstra, triwulan, atau sumber dana di bawah judul kelompok yang sama. Dibandingkan pada presisi yang ditampilkan: selisih yang tersembunyi oleh pembulatan tampilan bukan temuan; selisih yang tampak pada angka yang ditampilkan dalam satuan lebih besar dari rupiah (juta, ribu) atau dengan desimal adalah peringatan (angka bulat hasil pembulatan), selain itu galat. K indikator rasio/tingkat (%, indeks, nilai, predikat, persen, rasio, tingkat ...) tidak pernah dijumlahkan. Untuk \"Akhir periode\", K indikator jumlah boleh berupa jumlah atau nilai tahun terakhir.",
      en: "A \"Jumlah\", \"Total\" or \"Akhir periode\" column equals, on every row, the sum of its sibling columns of the same measure (K or Rp): the Renstra's years, the quarters, or the sources of funds under the same group title. Compared at the precision shown: a difference hidden by the display is no finding; a visible one on amounts shown in a unit larger than the rupiah (juta, ribu) or with decimals is a warning (rounded figures), else an error. The K of a rate or level indicator (%, indeks, nilai, predikat, persen, rasio, tingkat ...) is never summed. For \"Akhir periode\", the K of a count indicator may be the sum or the last year's value.",
    },
    why: {
      id: "Total lima tahun Renstra atau total triwulan dipakai sebagai pagu indikatif dan capaian tahunan; total yang salah menyesatkan seluruh dokumen turunannya.",
      en: "The five-year Renstra total or the quarterly total is used as the indicative ceiling and the annual realisation; a wrong total misleads every document built on it.",
    },
    fix: {
      id: "Pakai rumus SUM untuk kolom jumlah, lalu periksa angka per kolom.",
      en: "Use a SUM formula for the total column, then check each column's figure.",
    },
    regulation: {
      id: "Permendagri 86/2017 (matriks Renstra: target dan pagu per tahun serta kondisi akhir periode; evaluasi Renja per triwulan)",
      en: "Permendagri 86/2017 (Renstra matrix: targets and ceilings per year and the end-of-period condition; quarterly Renja evaluation)",
    },
  },
  checkTable(table, grid) {
    const t = withContext(table);
    const aggs = t.columns.filter((c) => c.aggregate && c.measure !== "%");
    if (!aggs.length) return [];
    const out: FindingDraft[] = [];
    for (const agg of aggs) {
      const sibs = siblingsOf(t, agg);
      if (sibs.length < 2) continue;
      for (const r of t.rows) {
        if (r.continued || (t.footer && r.row >= t.footer.top)) continue;
        const stated = shownOf(grid.get(r.row, agg.col));
        if (!stated) continue;
        const parts = sibs.map((c) => shownOf(grid.get(r.row, c.col)));
        if (parts.some((p) => !p)) continue;
        const { name, unit } = rowNameAndUnit(grid, t, r);
        const money = agg.measure === "Rp" || agg.role === "anggaran" || agg.role === "pagu";
        if (!money && isRate(name, `${unit} ${agg.unit ?? ""}`)) continue;
        const values = parts.map((p) => p!.value);
        const expected = money ? sumRupiah(values) : values.reduce((a, b) => a + b, 0);
        const c = checkValue(stated, expected, 0);
        if (c.holds) continue;
        // "Akhir periode" K of a count indicator may also be the last year's figure.
        if (!money && agg.aggregate === "akhir" && checkValue(stated, values[values.length - 1], 0).holds) continue;
        const rounded = money && ((agg.scale ?? 1) > 1 || stated.decimals > 0);
        const item = name.length > 80 ? name.slice(0, 79) + "…" : name || `baris ${r.row + 1}`;
        const rincian = sibs.map((s) => s.year ?? (s.quarter ? `TW ${["I", "II", "III", "IV"][s.quarter - 1]}` : s.header)).slice(0, 6).join(", ") + (sibs.length > 6 ? ", …" : "");
        out.push({
          sheet: t.sheet,
          cell: a1(r.row, agg.col),
          severity: rounded ? "warning" : undefined,
          related: sibs.slice(0, 10).map((s) => ({ sheet: t.sheet, cell: a1(r.row, s.col) })),
          params: { kolom: columnName(agg), ukuran: agg.measure ? ` (${agg.measure})` : "", item, actual: stated.text, expected: c.expectedText, n: sibs.length, rincian },
          expected: c.expectedText,
          actual: stated.text,
          difference: c.difference,
          key: `${agg.header}|${agg.measure ?? ""}|${name}|${stated.text}`,
        });
      }
    }
    return out;
  },
};
