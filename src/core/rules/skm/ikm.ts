// SAKIP-IKM-001: a stated IKM (nilai SKM) that does not match its recomputation from the table (mean NRR x 25,
// total / (responden x unsur) x 25, or the NRR tertimbang form, PermenPANRB 14/2017), and a stated mutu pelayanan
// (A/B/C/D) that does not match the IKM it stands beside.
import type { Rule, FindingDraft } from "../rule";
import type { RecognizedTable, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { a1, cellText } from "../../tables/cells";
import { formatNumberId } from "../../numbers/money";
import { ikmMutu } from "../../formulas/ikm";
import { colsWith } from "../kit/columns";
import { checkValue } from "../kit/compare";
import { cellShown, type Shown } from "../../numbers/cell";
import { unsurRows, inferRespondents, labelOf, rawStats } from "./common";

export const CODE = "SAKIP-IKM-001";

const IKM_LABEL = /\bikm\b|indeks kepuasan|\bnilai skm\b|^skm$/i;
const MUTU_LABEL = /\bmutu\b|kinerja unit pelayanan/i;
const TOTAL_LABEL = /\b(jumlah|total)\b/i;

/** Mutu pelayanan of an IKM value (src/core/formulas/ikm.ts); undefined outside 25..100. */
export function mutuOf(ikm: number): { huruf: "A" | "B" | "C" | "D"; kata: string } | undefined {
  try {
    const m = ikmMutu(ikm);
    return { huruf: m.mutu, kata: m.kinerja };
  } catch {
    return undefined;
  }
}

/** Reads "B", "B (Baik)", "Baik", "SANGAT BAIK" as a letter; undefined when unknown. */
export function readMutu(text: string): "A" | "B" | "C" | "D" | undefined {
  const s = text.trim().toLowerCase();
  const m = /^([abcd])\b/.exec(s);
  if (m) return m[1].toUpperCase() as "A";
  if (/sangat baik/.test(s)) return "A";
  if (/kurang baik/.test(s)) return "C";
  if (/tidak baik|buruk/.test(s)) return "D";
  if (/\bbaik\b/.test(s)) return "B";
  return undefined;
}

interface Stated { row: number; col: number; shown: Shown }

/** The first figure right of the label in a summary row. */
function figureInRow(grid: SheetGrid, t: RecognizedTable, row: number): Stated | undefined {
  for (let c = t.left; c <= t.right; c++) {
    const s = cellShown(grid.get(row, c));
    if (s && !s.percent && cellText(grid.get(row, c)) !== labelText(grid, t, row)) {
      // Skip the row number column.
      if (colsWith(t, "no").includes(c)) continue;
      return { row, col: c, shown: s };
    }
  }
  return undefined;
}
function labelText(grid: SheetGrid, t: RecognizedTable, row: number): string {
  return labelOf(grid, t, { row, kind: "item" });
}

export const rule: Rule = {
  code: CODE,
  slug: "ikm",
  family: "skm",
  title: { id: "Nilai IKM atau mutu pelayanan tidak sesuai perhitungan", en: "Stated IKM or service quality does not match its computation" },
  severity: "error",
  messages: {
    default: {
      id: "Nilai IKM tertulis {actual}, padahal dari tabel SKM ini ({unsurCount} unsur) nilainya {expected}.",
      en: "The IKM is stated as {actual}, but this SKM table ({unsurCount} elements) gives {expected}.",
      suggestion: { id: "Ganti nilai IKM menjadi {expected}, atau periksa nilai tiap unsur.", en: "Change the IKM to {expected}, or check each element's values." },
    },
    mutu: {
      id: "Mutu pelayanan tertulis \"{actual}\", padahal IKM {ikm} termasuk mutu {expected}.",
      en: "Service quality is stated as \"{actual}\", but an IKM of {ikm} is quality {expected}.",
      suggestion: { id: "Ganti mutu pelayanan menjadi {expected} (A >= 88,31; B >= 76,61; C >= 65,00; D di bawahnya).", en: "Change the service quality to {expected} (A >= 88.31; B >= 76.61; C >= 65.00; D below)." },
    },
  },
  help: {
    checks: {
      id: "IKM yang tertulis (baris IKM / Nilai SKM, atau kolom IKM di luar baris unsur) dibandingkan dengan rata-rata NRR x 25, total / (responden x unsur) x 25, pembobotan 0,111, atau jumlah NRR tertimbang x 25; salah satunya cocok berarti benar. Varian mutu: mutu pelayanan (A >= 88,31; B >= 76,61; C >= 65,00; D di bawahnya, dari IKM yang tertulis) yang tidak sesuai.",
      en: "The IKM stated in a row labelled IKM / Nilai SKM (or an IKM column outside the element rows) against mean NRR x 25, total / (respondents x elements) x 25, the 0.111 weighting, or the sum of weighted NRR x 25; any of them holds. Variant mutu: a stated service quality (A >= 88.31; B >= 76.61; C >= 65.00; D below, on the stated IKM) that does not match.",
    },
    why: {
      id: "IKM adalah indikator kinerja pelayanan publik yang dilaporkan ke KemenPANRB; nilai atau mutu yang salah mengubah penilaian unit layanan.",
      en: "The IKM is a public-service indicator reported to KemenPANRB; a wrong value or quality changes how the service unit is graded.",
    },
    fix: {
      id: "Hitung ulang IKM dari NRR setiap unsur (atau =SAKIP.IKM), dan mutu pelayanan dari IKM itu.",
      en: "Recompute the IKM from each element's NRR (or =SAKIP.IKM), and the service quality from that IKM.",
    },
    regulation: {
      id: "PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat",
      en: "PermenPANRB 14/2017 (guidelines for the public satisfaction survey, SKM)",
    },
  },
  tables: ["skm"],
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const raw = rawStats(grid, t);
    if (raw) { out.push(...checkRaw(grid, t, raw)); return out; }
    const rows = unsurRows(grid, t);
    const k = rows.filter((u) => u.nrr || u.jumlah).length;
    if (k < 2) return out;
    // Candidates for the IKM.
    const cands: number[] = [];
    const nrrs = rows.map((u) => u.nrr?.value).filter((v): v is number => v !== undefined);
    if (nrrs.length === k) {
      cands.push((nrrs.reduce((a, b) => a + b, 0) / k) * 25);
      cands.push(nrrs.reduce((a, b) => a + b, 0) * 0.111 * 25);
    }
    const tert = rows.map((u) => u.tertimbang?.value).filter((v): v is number => v !== undefined);
    if (tert.length === k) cands.push(tert.reduce((a, b) => a + b, 0) * 25);
    const n = rows.find((u) => u.responden)?.responden?.value ?? inferRespondents(rows);
    const jumlahs = rows.map((u) => u.jumlah?.value).filter((v): v is number => v !== undefined);
    let fromTotals: number | undefined;
    if (n && jumlahs.length === k) {
      fromTotals = (jumlahs.reduce((a, b) => a + b, 0) / (n * k)) * 25;
      cands.push(fromTotals);
    }
    // Stated IKM: a summary row labelled IKM, or an IKM column.
    const stated: Stated[] = [];
    const jc = colsWith(t, "jumlah_nilai")[0];
    let mutuCells: Array<{ row: number; col: number; text: string }> = [];
    for (const r of t.rows) {
      const label = labelOf(grid, t, r);
      if (IKM_LABEL.test(label) && !MUTU_LABEL.test(label)) {
        const f = figureInRow(grid, t, r.row);
        if (f) stated.push(f);
      }
      if (MUTU_LABEL.test(label)) {
        for (let c = t.left; c <= t.right; c++) {
          const tx = cellText(grid.get(r.row, c));
          if (tx && tx !== label && readMutu(tx)) { mutuCells.push({ row: r.row, col: c, text: tx }); break; }
        }
      }
      // A stated grand total in the jumlah column also gives the IKM (the seed: 10878 / (365 x 9) x 25).
      if (n && jc !== undefined && TOTAL_LABEL.test(label) && !IKM_LABEL.test(label)) {
        const tot = cellShown(grid.get(r.row, jc));
        if (tot) cands.push((tot.value / (n * k)) * 25);
      }
    }
    // An IKM column may hold a per-unsur figure (NRR x 25): only rows that are not unsur state the IKM.
    const unsurRowSet = new Set(rows.map((u) => u.row.row));
    for (const ic of colsWith(t, "ikm")) {
      for (let r = t.headerBottom + 1; r <= t.bottom; r++) {
        if (unsurRowSet.has(r)) continue;
        const s = cellShown(grid.get(r, ic));
        if (s && !stated.some((x) => x.row === r && x.col === ic)) stated.push({ row: r, col: ic, shown: s });
      }
    }
    for (const mc of colsWith(t, "mutu")) {
      for (let r = t.headerBottom + 1; r <= t.bottom; r++) {
        if (unsurRowSet.has(r)) continue;
        const tx = cellText(grid.get(r, mc));
        if (tx && readMutu(tx)) mutuCells.push({ row: r, col: mc, text: tx });
      }
    }
    mutuCells = mutuCells.filter((m, i) => mutuCells.findIndex((x) => x.row === m.row && x.col === m.col) === i);
    if (!cands.length) return out;
    const best = fromTotals ?? cands[0];
    for (const s of stated) {
      if (cands.some((c) => checkValue(s.shown, c).holds)) continue;
      const check = checkValue(s.shown, best);
      out.push({
        sheet: t.sheet,
        cell: a1(s.row, s.col),
        related: rows.filter((u) => u.nrr || u.jumlah).slice(0, 20).map((u) => ({ sheet: t.sheet, cell: a1(u.row.row, colsWith(t, u.nrr ? "nrr" : "jumlah_nilai")[0]) })),
        params: { actual: s.shown.text, expected: check.expectedText, unsurCount: k },
        expected: check.expectedText,
        actual: s.shown.text,
        difference: check.difference,
        key: `ikm|${k}|${s.shown.text}`,
      });
    }
    const ikmValue = stated.length ? stated[0].shown.value : best;
    const ikmText = stated.length ? stated[0].shown.text : formatNumberId(best, 2);
    for (const m of mutuCells) {
      const want = mutuOf(ikmValue);
      if (!want || readMutu(m.text) === want.huruf) continue;
      const expected = `${want.huruf} (${want.kata})`;
      out.push({
        sheet: t.sheet,
        cell: a1(m.row, m.col),
        related: stated.length ? [{ sheet: t.sheet, cell: a1(stated[0].row, stated[0].col) }] : [],
        params: { actual: m.text, expected, ikm: ikmText },
        expected,
        actual: m.text,
        difference: null,
        variant: "mutu",
        key: `mutu|${ikmText}|${m.text}`,
      });
    }
    return out;
  },
};

/** Raw answers with an IKM (and mutu) row under them. */
function checkRaw(grid: SheetGrid, t: RecognizedTable, raw: NonNullable<ReturnType<typeof rawStats>>): FindingDraft[] {
  const out: FindingDraft[] = [];
  const k = raw.cols.length;
  if (!raw.counts.every((c) => c > 0)) return out;
  const nrr = raw.sums.map((s, i) => s / raw.counts[i]);
  const mean = nrr.reduce((a, b) => a + b, 0) / k;
  const cands = [mean * 25, nrr.reduce((a, b) => a + b, 0) * 0.111 * 25];
  const statedRow = (r: TableRow | undefined) => (r ? raw.cols.map((c) => cellShown(grid.get(r.row, c))) : []);
  const sn = statedRow(raw.summary.nrr);
  if (sn.length && sn.every((x) => x)) cands.push((sn.reduce((a, x) => a + x!.value, 0) / k) * 25);
  const st = statedRow(raw.summary.tertimbang);
  if (st.length && st.every((x) => x)) cands.push(st.reduce((a, x) => a + x!.value, 0) * 25);
  const related = raw.summary.nrr ? [{ sheet: t.sheet, cell: `${a1(raw.summary.nrr.row, raw.cols[0])}:${a1(raw.summary.nrr.row, raw.cols[k - 1])}` }] : [];
  let ikmValue = mean * 25;
  let ikmText = formatNumberId(ikmValue, 2);
  if (raw.summary.ikm) {
    const f = figureInRow(grid, t, raw.summary.ikm.row);
    if (f) {
      ikmValue = f.shown.value;
      ikmText = f.shown.text;
      if (!cands.some((c) => checkValue(f.shown, c).holds)) {
        const check = checkValue(f.shown, mean * 25);
        out.push({
          sheet: t.sheet, cell: a1(f.row, f.col), related,
          params: { actual: f.shown.text, expected: check.expectedText, unsurCount: k },
          expected: check.expectedText, actual: f.shown.text, difference: check.difference,
          key: `raw-ikm|${k}|${f.shown.text}`,
        });
      }
    }
  }
  if (raw.summary.mutu) {
    for (let c = t.left; c <= t.right; c++) {
      const tx = cellText(grid.get(raw.summary.mutu.row, c));
      if (!tx || !readMutu(tx) || /mutu/i.test(tx)) continue;
      const want = mutuOf(ikmValue);
      if (want && readMutu(tx) !== want.huruf) {
        const expected = `${want.huruf} (${want.kata})`;
        out.push({
          sheet: t.sheet, cell: a1(raw.summary.mutu.row, c), related: [],
          params: { actual: tx, expected, ikm: ikmText }, expected, actual: tx, difference: null, variant: "mutu",
          key: `raw-mutu|${ikmText}|${tx}`,
        });
      }
      break;
    }
  }
  return out;
}
