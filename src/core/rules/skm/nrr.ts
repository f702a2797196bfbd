// SAKIP-NRR-001: a stated NRR per unsur that does not match jumlah nilai / responden (respondents from the
// RESPONDEN column, else inferred from the other rows), and NRR tertimbang that is not NRR x 1/jumlah unsur (or 0,111).
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { formatNumberId } from "../../numbers/money";
import { colsWith } from "../kit/columns";
import { checkValue } from "../kit/compare";
import { short } from "../kit/labels";
import { cellShown } from "../../numbers/cell";
import type { SheetGrid } from "../../tables/cells";
import { unsurRows, inferRespondents, rawStats, labelOf } from "./common";
import { SOURCES } from "../kit/sources";
import { sumFormula, type Fix } from "../../findings/fix";

/** A value rounded to the decimals its cell shows. */
const asShown = (v: number, decimals: number) => Number(v.toFixed(Math.max(0, Math.min(10, decimals))));

/** A fix whose formula needs no add-in (the NRR has no SAKIP function of its own over totals). */
function fixWith(cell: string, value: number, formula: string | null): Fix {
  return formula ? { cell, value, formula: { sakip: formula, plain: formula } } : { cell, value };
}

export const CODE = "SAKIP-NRR-001";

export const rule: Rule = {
  code: CODE,
  slug: "nrr",
  family: "skm",
  title: { id: "NRR atau jumlah nilai unsur SKM tidak sesuai perhitungan", en: "SKM element average (NRR) or total does not match its computation" },
  severity: "error",
  messages: {
    default: {
      id: "NRR unsur \"{unsur}\" tertulis {actual}, padahal jumlah nilai {jumlah} dibagi {responden} responden adalah {expected}.",
      en: "NRR of \"{unsur}\" is stated as {actual}, but total {jumlah} over {responden} respondents is {expected}.",
      suggestion: { id: "Periksa jumlah nilai unsur ini: dengan {responden} responden NRR-nya {expected}.", en: "Check this element's total: with {responden} respondents its NRR is {expected}." },
    },
    nilai: {
      id: "Nilai unsur \"{unsur}\" tertulis {actual}, padahal NRR-nya ({nrr} x {responden} responden) dan total nilai unsur ({total}) sama-sama menunjuk ke {expected}.",
      en: "The value of element \"{unsur}\" is {actual}, but both its NRR ({nrr} x {responden} respondents) and the stated grand total ({total}) point to {expected}.",
      suggestion: { id: "Periksa nilai unsur ini; kemungkinan seharusnya {expected}.", en: "Check this element's value; it is most likely {expected}." },
    },
    total: {
      id: "Total nilai unsur SKM tertulis {actual}, padahal jumlah nilai {count} unsurnya {expected}.",
      en: "The SKM grand total is stated as {actual}, but its {count} elements add up to {expected}.",
      suggestion: { id: "Ganti total menjadi {expected} (atau gunakan =SUM), atau periksa nilai tiap unsur.", en: "Change the total to {expected} (or use =SUM), or check each element's value." },
    },
    jumlah: {
      id: "Jumlah nilai {unsur} tertulis {actual}, padahal jawaban responden di atasnya berjumlah {expected}.",
      en: "The total of {unsur} is stated as {actual}, but the answers above it add up to {expected}.",
      suggestion: { id: "Ganti jumlah menjadi {expected} (atau gunakan =SUM).", en: "Change the total to {expected} (or use =SUM)." },
    },
    tertimbang: {
      id: "NRR tertimbang unsur \"{unsur}\" tertulis {actual}, padahal NRR {nrr} x 1/{unsurCount} adalah {expected}.",
      en: "Weighted NRR of \"{unsur}\" is stated as {actual}, but NRR {nrr} x 1/{unsurCount} is {expected}.",
      suggestion: { id: "Ganti NRR tertimbang menjadi {expected}.", en: "Change the weighted NRR to {expected}." },
    },
  },
  help: {
    checks: {
      id: "Tabel jumlah per unsur: NRR = jumlah nilai / responden; jumlah responden dari kolom RESPONDEN, atau jumlah yang disepakati sebagian besar baris (paling sedikit 3 baris dan 60%). Jawaban mentah: baris JUMLAH, NRR (jumlah / jawaban yang diberikan untuk unsur itu) dan NRR TERTIMBANG (NRR x 1/jumlah unsur, atau x 0,111) di bawah responden. Baris total (\"Total Nilai Unsur SKM\") terhadap jumlah nilai unsur; bila satu nilai unsur menjelaskan NRR-nya dan totalnya sekaligus, nilai itulah satu-satunya temuan.",
      en: "Per-element totals: NRR = total / respondents; the respondent count is the RESPONDEN column, else the count most rows agree on (at least 3 rows and 60%). Raw answers: the JUMLAH, NRR (sum / answers given for that element) and NRR TERTIMBANG (NRR x 1/elements, or x 0.111) rows under the respondents. The grand total row against the sum of the element values; when one element's value explains both its NRR and the total, that value is the one finding.",
    },
    why: {
      id: "NRR setiap unsur adalah dasar IKM; NRR yang salah hitung membuat IKM dan mutu pelayanan salah.",
      en: "Each element's NRR is what the IKM is built on; a miscomputed NRR makes the IKM and the service quality wrong.",
    },
    fix: {
      id: "Hitung ulang jumlah dan NRR dari jawaban (atau =SAKIP.IKM(...;\"nrr\")), atau perbaiki nilai unsurnya.",
      en: "Recompute totals and NRR from the answers (or =SAKIP.IKM(...;\"nrr\")), or correct the element's value.",
    },
    regulation: SOURCES.publicSatisfaction,
  },
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const raw = rawStats(grid, t);
    if (raw) { out.push(...checkRaw(grid, t, raw)); return out; }
    if (!colsWith(t, "nrr").length && !colsWith(t, "nrr_tertimbang").length) return out;
    const rows = unsurRows(grid, t);
    const inferred = inferRespondents(rows);
    const nc = colsWith(t, "nrr")[0];
    const jc = colsWith(t, "jumlah_nilai")[0];
    const tc = colsWith(t, "nrr_tertimbang")[0];
    const rcol = colsWith(t, "responden")[0];
    const k = rows.length;
    const nrrFails: Array<{ u: (typeof rows)[number]; n: number; draft: FindingDraft }> = [];
    for (const u of rows) {
      const n = u.responden && u.responden.value > 0 ? u.responden.value : inferred;
      if (u.nrr && u.jumlah && n && nc !== undefined && jc !== undefined) {
        const check = checkValue(u.nrr, u.jumlah.value / n);
        if (!check.holds) {
          nrrFails.push({ u, n, draft: {
            sheet: t.sheet,
            cell: a1(u.row.row, nc),
            related: [{ sheet: t.sheet, cell: a1(u.row.row, jc) }],
            params: { unsur: short(u.label), actual: u.nrr.text, expected: check.expectedText, jumlah: u.jumlah.text, responden: formatNumberId(n) },
            expected: check.expectedText,
            actual: u.nrr.text,
            difference: check.difference,
            key: `nrr|${normName(u.label)}|${u.jumlah.text}|${u.nrr.text}`,
            fix: fixWith(
              a1(u.row.row, nc),
              asShown(u.jumlah.value / n, u.nrr.decimals),
              u.responden && rcol !== undefined ? `=IFERROR(${a1(u.row.row, jc)}/${a1(u.row.row, rcol)},"")` : `=${a1(u.row.row, jc)}/${n}`,
            ),
          } });
        }
      }
      if (u.tertimbang && u.nrr && tc !== undefined && nc !== undefined && k > 0) {
        const a = checkValue(u.tertimbang, u.nrr.value / k);
        const b = checkValue(u.tertimbang, u.nrr.value * 0.111);
        if (!a.holds && !b.holds) {
          out.push({
            sheet: t.sheet,
            cell: a1(u.row.row, tc),
            related: [{ sheet: t.sheet, cell: a1(u.row.row, nc) }],
            params: { unsur: short(u.label), actual: u.tertimbang.text, expected: a.expectedText, nrr: u.nrr.text, unsurCount: k },
            expected: a.expectedText,
            actual: u.tertimbang.text,
            difference: a.difference,
            variant: "tertimbang",
            key: `tertimbang|${normName(u.label)}|${u.nrr.text}|${u.tertimbang.text}`,
            fix: fixWith(a1(u.row.row, tc), asShown(u.nrr.value / k, u.tertimbang.decimals), `=${a1(u.row.row, nc)}/${k}`),
          });
        }
      }
    }
    out.push(...totalAndNrr(grid, t, rows, nrrFails, jc, nc));
    return out;
  },
};

/** A number written the way the cell writes it: "1350" beside "1360", "10.878" beside "10.888". */
function likeShown(v: number, s: { text: string; decimals: number }): string {
  return /\d[.,]\d{3}\b/.test(s.text) ? formatNumberId(v, s.decimals) : v.toFixed(s.decimals).replace(".", ",");
}

/** The grand total row of the unsur values, and the NRR failures: one typo in an unsur value shows up both in its
 *  NRR and in the total; when one value fits both, it is reported once, on that value. */
function totalAndNrr(
  grid: SheetGrid,
  t: import("../../tables/table").RecognizedTable,
  rows: ReturnType<typeof unsurRows>,
  fails: Array<{ u: ReturnType<typeof unsurRows>[number]; n: number; draft: FindingDraft }>,
  jc: number | undefined,
  nc: number | undefined,
): FindingDraft[] {
  const drafts = fails.map((f) => f.draft);
  if (jc === undefined || rows.length < 2 || !rows.every((u) => u.jumlah)) return drafts;
  const totalRow = t.rows.find((r) => {
    const l = labelOf(grid, t, r);
    return /\b(total|jumlah)\b/i.test(l) && !/nrr|ikm|responden|rata/i.test(l) && !rows.some((u) => u.row.row === r.row);
  });
  const stated = totalRow ? cellShown(grid.get(totalRow.row, jc)) : null;
  if (!totalRow || !stated) return drafts;
  const sum = rows.reduce((a, u) => a + u.jumlah!.value, 0);
  const check = checkValue(stated, sum);
  if (check.holds) return drafts;
  if (fails.length === 1 && nc !== undefined) {
    const { u, n } = fails[0];
    const fixed = u.jumlah!.value - (sum - stated.value);
    if (fixed > 0 && checkValue(u.nrr!, fixed / n).holds) {
      const expected = likeShown(fixed, u.jumlah!);
      return [{
        sheet: t.sheet,
        cell: a1(u.row.row, jc),
        related: [{ sheet: t.sheet, cell: a1(u.row.row, nc) }, { sheet: t.sheet, cell: a1(totalRow.row, jc) }],
        params: { unsur: short(u.label), actual: u.jumlah!.text, expected, nrr: u.nrr!.text, responden: formatNumberId(n), total: stated.text },
        expected,
        actual: u.jumlah!.text,
        difference: Number((fixed - u.jumlah!.value).toPrecision(12)),
        variant: "nilai",
        key: `nilai|${normName(u.label)}|${u.jumlah!.text}|${u.nrr!.text}|${stated.text}`,
        fix: { cell: a1(u.row.row, jc), value: asShown(fixed, u.jumlah!.decimals) },
      }];
    }
  }
  drafts.push({
    sheet: t.sheet,
    cell: a1(totalRow.row, jc),
    related: rows.map((u) => ({ sheet: t.sheet, cell: a1(u.row.row, jc) })),
    params: { actual: stated.text, expected: likeShown(sum, stated), count: rows.length },
    expected: likeShown(sum, stated),
    actual: stated.text,
    difference: check.difference,
    variant: "total",
    key: `total|${rows.length}|${stated.text}`,
    fix: fixWith(a1(totalRow.row, jc), asShown(sum, stated.decimals), sumFormula(jc, rows.map((u) => u.row.row))),
  });
  return drafts;
}

/** Raw answers: the JUMLAH, NRR and NRR TERTIMBANG rows written under the respondents. */
function checkRaw(grid: SheetGrid, t: import("../../tables/table").RecognizedTable, raw: NonNullable<ReturnType<typeof rawStats>>): FindingDraft[] {
  const out: FindingDraft[] = [];
  const k = raw.cols.length;
  const head = (c: number) => t.columns.find((x) => x.col === c)?.header || `kolom ${c + 1}`;
  raw.cols.forEach((c, i) => {
    const answers = `${a1(t.rows[0].row, c)}:${a1(t.rows[t.rows.length - 1].row, c)}`;
    const related = [{ sheet: t.sheet, cell: answers }];
    const j = raw.summary.jumlah && cellShown(grid.get(raw.summary.jumlah.row, c));
    if (j && raw.counts[i] > 0) {
      const check = checkValue(j, raw.sums[i]);
      if (!check.holds) out.push({
        sheet: t.sheet, cell: a1(raw.summary.jumlah!.row, c), related,
        params: { unsur: head(c), actual: j.text, expected: check.expectedText },
        expected: check.expectedText, actual: j.text, difference: check.difference, variant: "jumlah",
        key: `raw-jumlah|${head(c)}|${j.text}`,
        fix: fixWith(a1(raw.summary.jumlah!.row, c), raw.sums[i], `=SUM(${answers})`),
      });
    }
    const n = raw.summary.nrr && cellShown(grid.get(raw.summary.nrr.row, c));
    if (n && raw.counts[i] > 0) {
      const check = checkValue(n, raw.sums[i] / raw.counts[i]);
      if (!check.holds) out.push({
        sheet: t.sheet, cell: a1(raw.summary.nrr!.row, c), related,
        params: { unsur: head(c), actual: n.text, expected: check.expectedText, jumlah: formatNumberId(raw.sums[i]), responden: formatNumberId(raw.counts[i]) },
        expected: check.expectedText, actual: n.text, difference: check.difference,
        key: `raw-nrr|${head(c)}|${n.text}`,
        // Blank or 0 is "no answer" (PermenPANRB 14/2017): the average of the answers given.
        fix: fixWith(a1(raw.summary.nrr!.row, c), asShown(raw.sums[i] / raw.counts[i], n.decimals), `=IFERROR(AVERAGEIF(${answers},">0"),"")`),
      });
    }
    const w = raw.summary.tertimbang && cellShown(grid.get(raw.summary.tertimbang.row, c));
    const nrrValue = n ? n.value : raw.counts[i] > 0 ? raw.sums[i] / raw.counts[i] : undefined;
    if (w && nrrValue !== undefined) {
      const a = checkValue(w, nrrValue / k);
      const b = checkValue(w, nrrValue * 0.111);
      // A wrong NRR above is its own finding: a tertimbang that fits the recomputed NRR holds too.
      const fromAnswers = raw.counts[i] > 0 ? raw.sums[i] / raw.counts[i] : undefined;
      const fits = fromAnswers !== undefined && (checkValue(w, fromAnswers / k).holds || checkValue(w, fromAnswers * 0.111).holds);
      if (!a.holds && !b.holds && !fits) out.push({
        sheet: t.sheet, cell: a1(raw.summary.tertimbang!.row, c), related: n ? [{ sheet: t.sheet, cell: a1(raw.summary.nrr!.row, c) }] : [],
        params: { unsur: head(c), actual: w.text, expected: a.expectedText, nrr: n ? n.text : formatNumberId(nrrValue, 2), unsurCount: k },
        expected: a.expectedText, actual: w.text, difference: a.difference, variant: "tertimbang",
        key: `raw-tertimbang|${head(c)}|${w.text}`,
      });
    }
  });
  return out;
}
