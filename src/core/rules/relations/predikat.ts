// SAKIP-RELASI-003: a stated predikat matches its capaian on the Permendagri 86/2017 scale (>= 91 Sangat Tinggi,
// 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah), and the form's footer "rata-rata capaian" is the
// mean of the rows it summarises, its "predikat" the predikat of that mean.
import type { TableRule, FindingDraft } from "../rule";
import type { TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { a1, cellText } from "../../tables/cells";
import { cellShown as shownOf } from "../../numbers/cell";
import { checkPercent, asFraction } from "../kit/compare";
import { predikat, PREDIKAT_BANDS, type PredikatScale } from "../../formulas/predikat";
import { formatPercent } from "../../numbers/money";
import { withContext, columnName, type ContextColumn, type ContextTable } from "./model";

export const CODE = "SAKIP-RELASI-003";

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, " ").trim();

/** The scale a stated label belongs to (Permendagri wording, or the LKjIP wording of the same bands). */
function scaleOfLabel(label: string): PredikatScale | undefined {
  const n = norm(label);
  for (const s of ["permendagri", "lkjip"] as const) if (PREDIKAT_BANDS[s].some(([, l]) => norm(l) === n)) return s;
  return undefined;
}

/** Capaian columns (shown in %): by role, or the % measure of a pair. */
function capaianCols(t: ContextTable): ContextColumn[] {
  return t.columns.filter((c) => c.role === "capaian" || c.role === "capaian_kinerja" || c.role === "capaian_anggaran" || c.measure === "%");
}

const PREDIKAT_HEADER = /predikat|kategori\s+capaian|kriteria\s+capaian/i;

/** Footer rows under the data: the table's own footer, else the few rows just below it that say so. */
function footerRows(t: ContextTable, grid: SheetGrid): number[] {
  const out: number[] = [];
  const from = t.footer ? t.footer.top : t.bottom + 1;
  const to = t.footer ? t.footer.bottom : t.bottom + 4;
  for (let r = from; r <= to; r++) {
    const tx = grid.row(r).map((c) => cellText(c)).join(" ");
    if (/rata\s*-?\s*rata\s+capaian|predikat/i.test(tx)) out.push(r);
  }
  return out;
}

export const rule: TableRule = {
  code: CODE,
  slug: "predikat",
  family: "relations",
  title: { id: "Predikat atau rata-rata capaian tidak sesuai nilainya", en: "Predikat or average achievement does not match its figures" },
  severity: "error",
  messages: {
    default: {
      id: "Predikat baris \"{item}\" tertulis \"{actual}\", padahal capaian {capaian} termasuk \"{expected}\" (Permendagri 86/2017).",
      en: "The predikat of \"{item}\" is \"{actual}\", but an achievement of {capaian} is \"{expected}\" (Permendagri 86/2017).",
      suggestion: { id: "Sesuaikan predikat dengan skala: ≥ 91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, ≤ 50 Sangat Rendah.", en: "Set the predikat by the scale: ≥ 91 Very high, 76-90 High, 66-75 Medium, 51-65 Low, ≤ 50 Very low." },
    },
    mean: {
      id: "Rata-rata capaian kolom {kolom} tertulis {actual}, padahal rata-rata {n} baris {baris} adalah {expected}.",
      en: "The average achievement of column {kolom} states {actual}, but the mean of its {n} {baris} rows is {expected}.",
      suggestion: { id: "Hitung ulang rata-ratanya (AVERAGE) atas baris yang diringkas.", en: "Recompute the average (AVERAGE) over the rows it summarises." },
    },
    footer: {
      id: "Predikat kinerja di kaki tabel tertulis \"{actual}\", padahal rata-rata capaian {capaian} termasuk \"{expected}\".",
      en: "The footer's predikat is \"{actual}\", but the average achievement {capaian} is \"{expected}\".",
      suggestion: { id: "Sesuaikan predikat dengan rata-rata capaian.", en: "Set the predikat by the average achievement." },
    },
  },
  help: {
    checks: {
      id: "Kolom predikat setiap baris dibandingkan dengan capaian di kolom capaian terdekat di kirinya, pada skala Permendagri 86/2017 (juga kata-kata LKjIP untuk pita yang sama: Sangat Baik ... Sangat Kurang); label lain dilewati. Kaki formulir: \"rata-rata capaian\" sama dengan rata-rata baris yang diringkas (baris Program bila teksnya menyebut \"program\" dan ada baris Program, selain itu semua baris butir), pada presisi yang ditampilkan; \"predikat\" sesuai rata-rata itu.",
      en: "Each row's predikat column against the achievement in the nearest capaian column to its left, on the Permendagri 86/2017 scale (the LKjIP words for the same bands too: Sangat Baik ... Sangat Kurang); other labels are skipped. The form's footer: \"rata-rata capaian\" equals the mean of the rows it summarises (the Program rows when its text says \"program\" and there are Program rows, else every item row), at the precision shown; its \"predikat\" fits that mean.",
    },
    why: {
      id: "Predikat dan rata-rata capaian adalah kesimpulan yang dibaca pimpinan dan DPRD; kesimpulan yang tidak sesuai angkanya melemahkan seluruh evaluasi.",
      en: "The predikat and the average are the conclusions leaders and the council read; conclusions that do not fit the figures undermine the whole evaluation.",
    },
    fix: {
      id: "Hitung predikat dan rata-rata dengan rumus (SAKIP.PREDIKAT, AVERAGE) dari kolom capaian.",
      en: "Compute the predikat and the average with formulas (SAKIP.PREDIKAT, AVERAGE) from the capaian column.",
    },
    regulation: {
      id: "Permendagri 86/2017, lampiran evaluasi hasil Renja/RKPD: skala nilai kinerja dan predikat",
      en: "Permendagri 86/2017, Renja/RKPD evaluation appendix: performance scale and predikat",
    },
  },
  checkTable(table, grid) {
    const t = withContext(table);
    const caps = capaianCols(t);
    if (!caps.length) return [];
    const out: FindingDraft[] = [];
    const rows = t.rows.filter((r) => !r.continued && r.kind !== "total" && !(t.footer && r.row >= t.footer.top));
    // Row predikat columns.
    for (const pc of t.columns.filter((c) => PREDIKAT_HEADER.test(c.header) && !caps.includes(c))) {
      const cap = caps.filter((c) => c.col < pc.col).pop();
      if (!cap) continue;
      for (const r of rows) {
        const label = cellText(grid.get(r.row, pc.col)).trim();
        const scale = label && scaleOfLabel(label);
        const s = shownOf(grid.get(r.row, cap.col));
        if (!scale || !s) continue;
        const frac = asFraction(s);
        const expected = predikat(frac, scale);
        if (norm(expected) === norm(label)) continue;
        out.push({
          sheet: t.sheet, cell: a1(r.row, pc.col), related: [{ sheet: t.sheet, cell: a1(r.row, cap.col) }],
          params: { item: itemOf(grid, t, r), actual: label, expected, capaian: s.text },
          expected, actual: label, key: `row|${r.label ?? r.row}|${label}|${s.text}`,
        });
      }
    }
    // Footer: average, then predikat.
    const foot = footerRows(t, grid);
    const programs = rows.filter((r) => r.level === "program");
    const items = rows.filter((r) => r.kind === "item" || r.kind === "group");
    let lastMean: { col: number; value: number; text: string } | undefined;
    for (const fr of foot) {
      const text = grid.row(fr).map((c) => cellText(c)).join(" ");
      if (/rata\s*-?\s*rata/i.test(text)) {
        const over = /program/i.test(text) && programs.length ? programs : items;
        for (const cap of caps) {
          const s = shownOf(grid.get(fr, cap.col));
          if (!s) continue;
          const vals = over.map((r) => shownOf(grid.get(r.row, cap.col))).filter((v): v is NonNullable<typeof v> => !!v).map(asFraction);
          if (vals.length < 1 || vals.length < over.length) continue;
          const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
          if (!lastMean) lastMean = { col: cap.col, value: asFraction(s), text: s.text };
          const c = checkPercent(s, mean, 0);
          if (c.holds) continue;
          out.push({
            sheet: t.sheet, cell: a1(fr, cap.col), variant: "mean",
            related: over.slice(0, 10).map((r) => ({ sheet: t.sheet, cell: a1(r.row, cap.col) })),
            params: { kolom: columnName(cap), actual: s.text, expected: c.expectedText, n: vals.length, baris: over === programs ? "Program" : "butir" },
            expected: c.expectedText, actual: s.text, difference: c.difference, key: `mean|${cap.header}|${cap.measure ?? ""}|${s.text}`,
          });
        }
      } else if (/predikat/i.test(text) && lastMean) {
        const cell = grid.get(fr, lastMean.col);
        const label = cellText(cell).trim();
        const scale = label && scaleOfLabel(label);
        if (!scale) continue;
        const expected = predikat(lastMean.value, scale);
        if (norm(expected) === norm(label)) continue;
        out.push({
          sheet: t.sheet, cell: a1(fr, lastMean.col), variant: "footer",
          params: { actual: label, expected, capaian: lastMean.text || formatPercent(lastMean.value) },
          expected, actual: label, key: `footer|${label}|${lastMean.text}`,
        });
      }
    }
    return out;
  },
};

function itemOf(grid: SheetGrid, t: ContextTable, r: TableRow): string {
  const name = r.label || t.columns.filter((c) => c.role === "indikator").map((c) => cellText(grid.getMerged(r.row, c.col))).find(Boolean) || `baris ${r.row + 1}`;
  return name.length > 80 ? name.slice(0, 79) + "…" : name;
}
