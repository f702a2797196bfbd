// SAKIP-FORMULA-004: a formula that adds or subtracts columns of different units (a percent with rupiah, a
// physical target K with rupiah), known from the header: =M64+AF64 where M is "%" and AF is "Rp".
import type { FindingDraft, Rule } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import { a1 } from "../../tables/cells";
import { unwrap, type FormulaNode } from "../../formulas-model";
import { boundedCells, columnHeader, isSameSheet, moreText, written, type FCell, type TableFormulas } from "./analysis";
import { perTable } from "./kit";

export const CODE = "SAKIP-FORMULA-004";

type Unit = "%" | "Rp" | "K";
const UNIT_ID: Record<Unit, string> = { "%": "persen", Rp: "rupiah", K: "kinerja (K)" };
const UNIT_EN: Record<Unit, string> = { "%": "percent", Rp: "rupiah", K: "performance (K)" };

/** A column's unit from its header (the sub-header first: "Target / K", "Realisasi / Rp."), then its role. */
export function unitOf(t: RecognizedTable, col: number): Unit | undefined {
  const c = t.columns.find((x) => x.col === col) as (RecognizedTable["columns"][number] & { measure?: Unit }) | undefined;
  if (!c) return undefined;
  if (c.measure) return c.measure;
  const parts = c.header.split(" / ");
  for (let i = parts.length - 1; i >= 0; i--) {
    const h = parts[i].toLowerCase().trim();
    if (/^k\.?$|^\(k\)$|^kinerja$/.test(h)) return "K";
    if (/^\(?rp\.?\)?$|\brp\b|rupiah/.test(h)) return "Rp";
    if (/%|\bpersen/.test(h)) return "%";
  }
  switch (c.role) {
    case "anggaran": case "pagu": case "realisasi_anggaran": case "sisa":
      return "Rp";
    case "capaian": case "capaian_anggaran": case "serapan": case "efisiensi": case "capaian_kinerja": case "share":
      return "%";
  }
  return undefined;
}

function operandUnit(tf: TableFormulas, n: FormulaNode): Unit | undefined {
  n = unwrap(n);
  const t = tf.table;
  if (n.t === "ref") {
    if (!isSameSheet(n.ref, t.sheet)) return undefined;
    const cols = new Set(n.ref.parts.map((p) => p.col));
    if (cols.size !== 1) return undefined;
    const col = n.ref.parts[0].col;
    if (col === undefined || col < t.left || col > t.right) return undefined;
    if (!n.ref.parts.every((p) => p.row !== undefined && tf.rowOf.has(p.row))) return undefined;
    return unitOf(t, col);
  }
  if (n.t === "fn" && n.name === "SUM" && n.args.length) {
    const us = n.args.map((a) => operandUnit(tf, a));
    return us.every((u) => u && u === us[0]) ? us[0] : undefined;
  }
  if (n.t === "bin" && (n.op === "+" || n.op === "-")) {
    const a = operandUnit(tf, n.a), b = operandUnit(tf, n.b);
    return a && a === b ? a : undefined;
  }
  return undefined;
}

/** The first +/- of the formula whose sides have different units. */
function mix(tf: TableFormulas, n: FormulaNode): [Unit, Unit] | null {
  let found: [Unit, Unit] | null = null;
  const go = (x: FormulaNode): void => {
    if (found) return;
    switch (x.t) {
      case "bin":
        if (x.op === "+" || x.op === "-") {
          const a = operandUnit(tf, x.a), b = operandUnit(tf, x.b);
          if (a && b && a !== b) { found = [a, b]; return; }
        }
        go(x.a); go(x.b);
        return;
      case "fn":
        if (x.name === "SUM" && x.args.length > 1) {
          const us = x.args.map((a) => operandUnit(tf, a)).filter((u): u is Unit => !!u);
          const other = us.find((u) => u !== us[0]);
          if (other) { found = [us[0], other]; return; }
        }
        x.args.forEach(go);
        return;
      case "un": case "pct": case "paren":
        go(x.a);
        return;
    }
  };
  go(n);
  return found;
}

export const rule: Rule = {
  code: CODE,
  slug: "units-mix",
  family: "formulas",
  title: { id: "Rumus mencampur satuan (% dengan Rp)", en: "Formula mixes units (% with Rp)" },
  severity: "error",
  messages: {
    default: {
      id: "Rumus {cell} tertulis {actual} dan menjumlahkan kolom {a} dengan kolom {b}: hasilnya tidak bermakna{more}.",
      en: "Formula {cell} reads {actual} and adds a {aEn} column to a {bEn} column: the result has no meaning{moreEn}.",
      suggestion: { id: "Periksa kolom yang dirujuk rumus {cell}: jumlahkan hanya kolom dengan satuan yang sama.", en: "Check the columns {cell} refers to: add up only columns of the same unit." },
    },
  },
  help: {
    checks: { id: "Rumus yang menjumlahkan atau mengurangkan kolom dengan satuan berbeda: persen dengan rupiah, kinerja (K) dengan rupiah. Satuan dibaca dari sub-judul kolom (K, Rp., %), lalu dari peran kolom (anggaran, pagu dan realisasi anggaran dalam rupiah; capaian dan serapan dalam persen). Satu temuan per kolom. Diam untuk rasio dan rata-rata (persen atas persen, rupiah dibagi rupiah) dan untuk jumlah satu satuan.", en: "A formula that adds or subtracts columns of different units: a percent with rupiah, a performance figure (K) with rupiah. Units come from the column's sub-header (K, Rp., %), then from its role (ceilings, budgets and budget realisation in rupiah; capaian and serapan in percent). One finding per column. Silent for ratios and averages (percent over percent, rupiah divided by rupiah) and for sums of one unit." },
    why: { id: "=M64+AF64 menambahkan persentase ke rupiah: hasilnya bukan angka apa pun, tetapi tetap tercetak di laporan.", en: "=M64+AF64 adds a percentage to an amount: the result is no figure at all, yet it is printed in the report." },
    fix: { id: "Periksa kolom yang dirujuk; biasanya satu rujukan bergeser ke kolom sebelahnya.", en: "Check the columns referred to; usually one reference slipped to the neighbouring column." },
    regulation: { id: "Permendagri 86/2017 (pasangan K / Rp pada evaluasi Renja)", en: "Permendagri 86/2017 (the K / Rp pairs of the Renja evaluation)" },
  },
  checkTable: perTable((tf) => {
    const out: FindingDraft[] = [];
    const t = tf.table;
    const byColumn = new Map<number, Array<{ fc: FCell; units: [Unit, Unit] }>>();
    for (const fc of tf.formulas) {
      const m = mix(tf, fc.ast);
      if (!m) continue;
      const l = byColumn.get(fc.col);
      if (l) l.push({ fc, units: m }); else byColumn.set(fc.col, [{ fc, units: m }]);
    }
    // One finding per column: the same mix filled down a column is one mistake.
    for (const [col, list] of byColumn) {
      const { fc, units } = list[0];
      const { related, more } = boundedCells(t.sheet, list.slice(1).map((x) => x.fc));
      const actual = written(tf, fc);
      const count = list.length - 1;
      out.push({
        sheet: t.sheet, cell: a1(fc.row, fc.col), related,
        params: {
          cell: a1(fc.row, fc.col), actual, a: UNIT_ID[units[0]], b: UNIT_ID[units[1]], aEn: UNIT_EN[units[0]], bEn: UNIT_EN[units[1]],
          more: count ? `; ${count} sel lain di kolom ini sama${moreText(more, "id")}` : "",
          moreEn: count ? `; ${count} other cells of this column do the same${moreText(more, "en")}` : "",
        },
        expected: null, actual, difference: null,
        key: `${columnHeader(t, col)}|${units.join("+")}`,
      });
    }
    return out;
  }),
};
