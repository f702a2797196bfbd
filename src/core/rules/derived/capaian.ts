// SAKIP-CAPAIAN-001: a stated % capaian kinerja that does not match realisasi against target, with the indicator's
// polarity (stated in the row, in another table for the same indicator, else settings.defaultPolarity).
import type { Rule, FindingDraft, RuleContext } from "../rule";
import type { Polarity } from "../../polarity";
import { a1, cellText, gridOf, sheetByName } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { parseRange } from "../../numbers/parse";
import { capaianFormulas, percentFix, type Fix } from "../../findings/fix";
import { capaian, type Target } from "../../formulas/capaian";
import { cellShown, type Shown } from "../../numbers/cell";
import { colsWith, nearestLeft, dataRows, declaredFromOthers } from "../kit/columns";
import { checkPercent, asFraction } from "../kit/compare";
import { rowLabel, short, tableAnchor } from "../kit/labels";
import { perWorkbook } from "../kit/memo";

export const CODE = "SAKIP-CAPAIAN-001";

/** Polarity words as planners write them. */
export function readPolarity(text: string): Polarity | undefined {
  const s = text.toLowerCase();
  if (!s.trim()) return undefined;
  if (/rasio/.test(s) && /neg/.test(s)) return "negatif_rasio";
  if (/neg|minimi|semakin (kecil|rendah|sedikit)|makin (kecil|rendah)|menurun|turun|lower|↓/.test(s)) return "negatif";
  if (/pos|maksimi|semakin (besar|tinggi|banyak)|makin (besar|tinggi)|meningkat|naik|higher|↑/.test(s)) return "positif";
  return undefined;
}

/** Capaian as a fraction (the shared formula, src/core/formulas/capaian.ts); null when it cannot be computed. */
export function capaianOf(target: Target, realisasi: number, polarity: Polarity): number | null {
  try {
    const c = capaian(target, realisasi, { polaritas: polarity });
    return Number.isFinite(c) ? c : null;
  } catch {
    return null;
  }
}

/** Polarity by indicator name, from every table that has a POLARITAS column. */
function polarityIndex(ctx: RuleContext): Map<string, Polarity> {
  const idx = new Map<string, Polarity>();
  for (const t of ctx.recognized.tables) {
    const pc = colsWith(t, "polaritas")[0];
    const ic = colsWith(t, "indikator")[0];
    if (pc === undefined || ic === undefined) continue;
    const sheet = sheetByName(ctx.workbook, t.sheet);
    if (!sheet) continue;
    const grid = gridOf(sheet);
    for (const r of t.rows) {
      const p = readPolarity(cellText(grid.getMerged(r.row, pc)));
      const name = normName(cellText(grid.getMerged(r.row, ic)));
      if (p && name && !idx.has(name)) idx.set(name, p);
    }
  }
  return idx;
}

/** Target and realisasi on one scale (a "100%" target beside a realisasi typed as 95,97 reads it as 95,97%). */
function align(t: Shown, r: Shown): [number, number] {
  let tv = t.value;
  let rv = r.value;
  if (t.percent && !r.percent && Math.abs(rv) > 1.5) rv = rv / 100;
  if (r.percent && !t.percent && Math.abs(tv) > 1.5) tv = tv / 100;
  return [tv, rv];
}

const CAPS = [1, 1.1, 1.2, 1.5];

export const rule: Rule = {
  code: CODE,
  slug: "capaian",
  family: "derived",
  title: { id: "Persentase capaian kinerja tidak sesuai realisasi dan target", en: "Stated performance achievement does not match realisation and target" },
  severity: "error",
  messages: {
    default: {
      id: "Capaian \"{indikator}\" tertulis {actual}, padahal realisasi {realisasi} terhadap target {target} ({polaritas}) memberi {expected}.",
      en: "Achievement of \"{indikator}\" is stated as {actual}, but realisation {realisasi} against target {target} ({polaritas}) gives {expected}.",
      suggestion: { id: "Ganti capaian menjadi {expected}, atau periksa target dan realisasinya.", en: "Change the achievement to {expected}, or check its target and realisation." },
    },
    capped: {
      id: "Capaian \"{indikator}\" tertulis {actual} (dibatasi), padahal realisasi {realisasi} terhadap target {target} memberi {expected} dan baris lain di tabel ini tidak dibatasi.",
      en: "Achievement of \"{indikator}\" is stated as {actual} (capped), but realisation {realisasi} against target {target} gives {expected} and other rows of this table are not capped.",
      suggestion: { id: "Pakai aturan yang sama untuk semua baris: tulis {expected}, atau batasi semua capaian.", en: "Use one rule for every row: write {expected}, or cap every achievement." },
    },
  },
  help: {
    checks: {
      id: "Setiap kolom CAPAIAN dipasangkan dengan kolom TARGET dan REALISASI di kirinya (CAPAIAN sesudah PAGU / REALISASI adalah serapan); bila baris nomor kolom formulir menghitungnya dari kolom lain (\"11=(10/4)\"), rumus formulir itu yang berlaku (SAKIP-RELASI-001). Polaritas dari sel POLARITAS baris itu, dari tabel lain untuk indikator yang sama, atau dari pengaturan: positif R / T; negatif (2T - R) / T, minimal 0; negatif_rasio T / R. Target rentang \"80-90\": di atas memakai batas atas, di bawah batas bawah, di dalam 100%. Dibandingkan pada presisi yang ditampilkan (pembulatan atau pemotongan); bila tak ada polaritas tertulis, angka yang cocok dengan polaritas lain dianggap benar; capaian yang dibatasi (100%, 110%, 120%, 150%) dianggap benar kecuali tabel yang sama menampilkan capaian di atas batas itu.",
      en: "Each CAPAIAN column paired with the TARGET and REALISASI columns left of it (a CAPAIAN after PAGU / REALISASI is a serapan); when the form's column-number row computes it from other columns (\"11=(10/4)\"), the form's formula holds (SAKIP-RELASI-001). Polarity from the row's POLARITAS cell, else from another table stating one for the same indicator, else the settings: positif R / T; negatif (2T - R) / T floored at 0; negatif_rasio T / R. Range targets \"80-90\": above uses the upper bound, below the lower, inside is 100%. Compared at the precision shown (rounded or truncated); when no polarity is written, a figure that fits another polarity holds; a capped figure (100%, 110%, 120%, 150%) holds unless the same table shows figures above that cap.",
    },
    why: {
      id: "Capaian kinerja menentukan predikat dan penilaian SAKIP; capaian yang tidak sesuai target dan realisasinya menyesatkan pembaca LKjIP.",
      en: "Achievement drives the predikat and the SAKIP assessment; a figure that does not follow from target and realisation misleads the LKjIP's readers.",
    },
    fix: {
      id: "Hitung ulang capaian dari target dan realisasi dengan polaritas indikatornya (atau =SAKIP.CAPAIAN), atau perbaiki target atau realisasinya.",
      en: "Recompute the achievement from target and realisation with the indicator's polarity (or =SAKIP.CAPAIAN), or correct the target or the realisation.",
    },
    regulation: {
      id: "PermenPANRB 53/2014 (pengukuran kinerja); Permendagri 86/2017 (evaluasi dan predikat capaian)",
      en: "PermenPANRB 53/2014 (performance measurement); Permendagri 86/2017 (evaluation and achievement predikat)",
    },
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const polIdx = perWorkbook(ctx, polarityIndex);
    const tol = ctx.settings.percentTolerance;
    const capCols = colsWith(t, "capaian");
    if (!capCols.length) return out;
    const polCol = colsWith(t, "polaritas")[0];
    const indCol = colsWith(t, "indikator")[0];
    let prevBoundary = -1;
    for (const cc of capCols) {
      const tc = nearestLeft(t, cc, prevBoundary, "target");
      const rc = nearestLeft(t, cc, prevBoundary, "realisasi");
      const moneyBetween = nearestLeft(t, cc, Math.max(tc ?? -1, rc ?? -1), "pagu", "anggaran", "realisasi_anggaran");
      prevBoundary = cc;
      // A "capaian" right after budget columns is a serapan (SAKIP-SERAPAN-001 checks it).
      if (tc === undefined || rc === undefined || moneyBetween !== undefined) continue;
      // The form's column-number row computes this column from other columns ("11=(10/4)"): its own formula holds
      // (SAKIP-RELASI-001 checks it), not the nearest target and realisasi.
      if (declaredFromOthers(t, cc, tc, rc)) continue;
      const rows = dataRows(t);
      // Stated capaian per row, to see whether the table caps achievements elsewhere.
      const stated = rows.map((r) => cellShown(grid.get(r.row, cc)));
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const cap = stated[i];
        if (!cap) continue;
        const tCell = grid.get(r.row, tc);
        const rCell = grid.get(r.row, rc);
        const tShown = cellShown(tCell);
        const rShown = cellShown(rCell);
        if (!rShown) continue;
        let polarity: Polarity = ctx.settings.defaultPolarity;
        let polStated = false;
        const ownPol = polCol !== undefined ? readPolarity(cellText(grid.getMerged(r.row, polCol))) : undefined;
        const indName = indCol !== undefined ? cellText(grid.getMerged(r.row, indCol)) : "";
        const idxPol = indName ? polIdx.get(normName(indName)) : undefined;
        if (ownPol) { polarity = ownPol; polStated = true; }
        else if (idxPol) { polarity = idxPol; polStated = true; }

        let expected: number | null = null;
        // A percent target beside a count with its unit ("100%" / "45 dokumen") does not say what 100% is.
        if (tShown && tShown.percent !== rShown.percent && ((!tShown.percent && tShown.unit) || (!rShown.percent && rShown.unit))) continue;
        if (tShown) {
          const [tv, rv] = align(tShown, rShown);
          expected = capaianOf(tv, rv, polarity);
        } else {
          // Range target "80-90": inside is 100%, above uses the upper bound, below the lower.
          const range = parseRange(cellText(tCell));
          if (range) {
            const rv = range.percent && !rShown.percent && Math.abs(rShown.value) > 1.5 ? rShown.value / 100 : rShown.value;
            expected = capaianOf({ low: range.low, high: range.high }, rv, polarity);
          }
        }
        if (expected === null || !Number.isFinite(expected)) continue;
        const check = checkPercent(cap, expected, tol);
        if (check.holds) continue;
        // Precision before recall: when no polarity is written, a figure that fits another polarity holds.
        if (!polStated) {
          const [tv, rv] = tShown ? align(tShown, rShown) : [NaN, NaN];
          const others = (["positif", "negatif", "negatif_rasio"] as Polarity[]).filter((p) => p !== polarity);
          if (tShown && others.some((p) => { const e = capaianOf(tv, rv, p); return e !== null && checkPercent(cap, e, tol).holds; })) continue;
        }
        // A capped figure (100%, 110%, 120%, 150%) holds when the table never shows more than that cap.
        let variant = "default";
        const capHit = CAPS.find((c) => expected! > c && checkPercent(cap, c, tol).holds);
        if (capHit !== undefined) {
          const above = stated.some((s) => s !== null && checkAbove(s, capHit));
          if (!above) continue;
          variant = "capped";
        }
        const label = indName || rowLabel(grid, t, r);
        const fix: Fix = percentFix(a1(r.row, cc), expected, cap);
        // A live formula only where the cells hold the figures on one scale (no range target, no points beside %).
        const sameScale = tShown && tCell?.type === "number" && rCell?.type === "number" && tShown.percent === rShown.percent && cap.percent;
        if (sameScale) fix.formula = capaianFormulas(a1(r.row, tc), a1(r.row, rc), polarity);
        out.push({
          sheet: t.sheet,
          cell: a1(r.row, cc),
          related: [tCell ? { sheet: t.sheet, cell: a1(r.row, tc) } : null, { sheet: t.sheet, cell: a1(r.row, rc) }].filter(Boolean) as { sheet: string; cell: string }[],
          params: {
            indikator: short(label),
            actual: cap.text,
            expected: check.expectedText,
            target: cellText(tCell),
            realisasi: rShown.text,
            polaritas: polarityLabel(polarity, polStated),
          },
          expected: check.expectedText,
          actual: cap.text,
          difference: check.difference,
          variant,
          key: `${tableAnchor(grid, t)}|${normName(label)}|${cellText(tCell)}|${rShown.text}|${cap.text}`,
          fix,
        });
      }
    }
    return out;
  },
};

/** True when a stated capaian shows more than the cap (percent cells are fractions; plain cells may be points). */
function checkAbove(s: Shown, cap: number): boolean {
  const v = asFraction(s);
  return v > cap + 1e-9;
}

function polarityLabel(p: Polarity, stated: boolean): string {
  const name = p === "positif" ? "polaritas positif" : p === "negatif" ? "polaritas negatif" : "polaritas negatif (rasio)";
  return stated ? name : `${name}, bawaan`;
}
