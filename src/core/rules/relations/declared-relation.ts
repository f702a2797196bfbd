// SAKIP-RELASI-001: the relations a form declares in its column-number row ("14 = 10 + 11 + 12 + 13",
// "15 = 8 + 14", "16 = 14/9 x 100%", "8=(7/6)", "10=(5+7+9)", "(5)=(4)/(3)x100%") hold on every data row, for the
// K and the Rp of a K / Rp pair separately. A stated relation is what the agency promised its readers.
import type { TableRule, FindingDraft } from "../rule";
import type { RecognizedTable, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { a1 } from "../../tables/cells";
import { cellShown as shownOf, type Shown } from "../../numbers/cell";
import { checkPercent, checkValue } from "../kit/compare";
import { sumRupiah, formatNumberId } from "../../numbers/money";
import { formulaOf, follows } from "../../formulas-model";
import { declaredFormula, type WithDeclarations } from "../kit/declared";
import { perWorkbook } from "../kit/memo";
import { polarityIndex, type PolarityIndex } from "./model";
import { withContext, isRate, rowNameAndUnit, columnName, negative, type ColumnExpr, type ContextColumn, type ContextTable } from "./model";

export const CODE = "SAKIP-RELASI-001";

type Measure = "K" | "Rp" | "%" | undefined;

/** Only + over columns (a total), no constant. */
function isSum(e: ColumnExpr): boolean {
  return e.kind === "col" || (e.kind === "op" && e.op === "+" && isSum(e.left) && isSum(e.right));
}

function colsOf(e: ColumnExpr): number[] {
  return e.kind === "col" ? [e.n] : e.kind === "num" ? [] : [...colsOf(e.left), ...colsOf(e.right)];
}

/** "a / b" or "a / b x 100(%)": the two columns, and whether the result is in percent points. */
function ratioOf(e: ColumnExpr): { num: number; den: number; points: boolean } | undefined {
  if (e.kind === "op" && e.op === "/" && e.left.kind === "col" && e.right.kind === "col") return { num: e.left.n, den: e.right.n, points: false };
  if (e.kind === "op" && e.op === "*" && e.right.kind === "num" && e.right.value === 100) {
    const inner = ratioOf(e.left);
    return inner && { ...inner, points: true };
  }
  return undefined;
}

function evaluate(e: ColumnExpr, v: (n: number) => number): number {
  if (e.kind === "col") return v(e.n);
  if (e.kind === "num") return e.percent ? e.value / 100 : e.value;
  const a = evaluate(e.left, v);
  const b = evaluate(e.right, v);
  switch (e.op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    default: return a / b;
  }
}

/** Columns carrying column number n, by measure. */
function numbered(t: ContextTable): Map<number, ContextColumn[]> {
  const m = new Map<number, ContextColumn[]>();
  for (const c of t.columns) {
    let n = c.number;
    if (n === undefined && t.columnNumbers) for (const [k, col] of Object.entries(t.columnNumbers)) if (col === c.col) n = Number(k);
    if (n === undefined) continue;
    const arr = m.get(n) ?? [];
    arr.push(c);
    m.set(n, arr);
  }
  return m;
}

function pick(cols: ContextColumn[] | undefined, m: Measure): ContextColumn | undefined {
  if (!cols?.length) return undefined;
  const same = cols.filter((c) => c.measure === m);
  if (same.length === 1) return same[0];
  // A column without a pair (one number, one column) serves every measure: "Satuan", a single % column.
  if (cols.length === 1 && (cols[0].measure === undefined || m === undefined)) return cols[0];
  return undefined;
}

const dataRows = (t: RecognizedTable) => t.rows.filter((r) => !r.continued && r.kind !== "total" && !(withContext(t).footer && r.row >= withContext(t).footer!.top));

export const rule: TableRule = {
  code: CODE,
  slug: "declared-relation",
  family: "relations",
  title: { id: "Rumus yang dinyatakan di baris nomor kolom tidak berlaku", en: "A relation the column-number row declares does not hold" },
  severity: "error",
  // A formula computing something else than the declaration is the column's problem: SAKIP-FORMULA-009 reports it
  // once for the column, and this rule keeps the typed values and the formulas that follow the declaration.
  defersTo: ["SAKIP-FORMULA-009"],
  messages: {
    default: {
      id: "Kolom {kolom}{ukuran} baris \"{item}\" tertulis {actual}, padahal menurut rumus formulir \"{rumus}\" hasilnya {expected}.",
      en: "Column {kolom}{ukuran} of \"{item}\" states {actual}, but the form's relation \"{rumus}\" gives {expected}.",
      suggestion: { id: "Hitung ulang kolom ini sesuai rumus di baris nomor kolom, atau perbaiki angka sumbernya.", en: "Recompute this column by the relation in the column-number row, or correct its source figures." },
    },
    polarity: {
      id: "Kolom {kolom}{ukuran} baris \"{item}\" tertulis {actual}, dihitung dengan rumus indikator positif (\"{rumus}\"), padahal buku kerja ini menyebut indikatornya negatif ({sumber}): capaiannya {expected} (target/realisasi).",
      en: "Column {kolom}{ukuran} of \"{item}\" states {actual}, computed as for a positive indicator (\"{rumus}\"), but the workbook calls the indicator negative ({sumberEn}): its achievement is {expected} (target / realisasi).",
      suggestion: { id: "Untuk indikator negatif (semakin kecil semakin baik) hitung capaian = target / realisasi, atau perbaiki keterangan polaritasnya.", en: "For a negative indicator (lower is better) compute achievement = target / realisasi, or correct its polarity note." },
    },
    inverse: {
      id: "Kolom {kolom}{ukuran} baris \"{item}\" tertulis {actual}: itu hasil rumus terbalik ({terbalik}); rumus formulir \"{rumus}\" memberi {expected}.",
      en: "Column {kolom}{ukuran} of \"{item}\" states {actual}: that is the inverse ratio ({terbalik}); the form's relation \"{rumus}\" gives {expected}.",
      suggestion: { id: "Tukar pembilang dan penyebutnya sesuai rumus formulir.", en: "Swap numerator and denominator as the form declares." },
    },
  },
  help: {
    checks: {
      id: "Setiap rumus di baris nomor kolom (\"14 = 10 + 11 + 12 + 13\", \"15 = 8 + 14\", \"16 = 14/9 x 100%\", \"8=(7/6)\", \"(5)=(4)/(3)x100%\") pada setiap baris data, untuk K dan Rp secara terpisah, dibandingkan pada presisi yang ditampilkan. Rasio yang tertulis terbalik (6/7 untuk 7/6) disebut terbalik. K indikator rasio/tingkat (satuan %, indeks, nilai, predikat, persen, rasio, tingkat, skor, level; atau nama yang diawali Persentase, Indeks, Nilai, Rasio, Tingkat, Rata-rata, Angka) tidak pernah dijumlahkan: rumus penjumlahan dilewati untuk K-nya. Polaritas dari yang tertulis di buku kerja, menurut urutan kepercayaan: kolom POLARITAS baris itu (\"Positif\" menghentikan pencarian), kata \"semakin kecil semakin baik\", \"(menurun)\", \"indikator negatif\" pada nama indikator atau Keterangan, target tahunan baris itu yang terus menurun (tiga tahun atau lebih), lalu indikator yang sama di tabel lain (kolom POLARITAS Renstra/IKU, lalu targetnya yang terus menurun); capaian indikator negatif yang dihitung dengan rumus positif adalah peringatan yang menyebut dari mana polaritasnya, sedangkan target/realisasi atau (2 x target - realisasi)/target berlaku. Sel kosong atau teks di kolom yang dirujuk melewatkan baris itu.",
      en: "Every relation of the column-number row (\"14 = 10 + 11 + 12 + 13\", \"15 = 8 + 14\", \"16 = 14/9 x 100%\", \"8=(7/6)\", \"(5)=(4)/(3)x100%\") on every data row, for the K and the Rp of a pair separately, compared at the precision shown. A ratio written the other way round (6/7 for 7/6) is called inverse. The K of a rate or level indicator (unit %, indeks, nilai, predikat, persen, rasio, tingkat, skor, level; or a name starting Persentase, Indeks, Nilai, Rasio, Tingkat, Rata-rata, Angka) is never summed: sum relations skip its K. Polarity from what the workbook says, in order of trust: the row's POLARITAS cell (\"Positif\" ends the search), the words \"semakin kecil semakin baik\", \"(menurun)\", \"indikator negatif\" in the indicator's name or Keterangan, the row's own yearly targets falling (three years or more), then the same indicator in another table (a Renstra / IKU POLARITAS column, then its targets falling year on year); a negative indicator's capaian computed by the positive formula is a warning saying where the polarity came from, while target / realisasi or (2 x target - realisasi) / target hold. An empty or text cell in a referenced column skips that row.",
    },
    why: {
      id: "Rumus di baris nomor kolom adalah janji formulir kepada pembacanya: pembaca laporan dan APIP menghitung ulang dengan rumus itu.",
      en: "The column-number row is the form's promise to its readers: report readers and auditors recompute with it.",
    },
    fix: {
      id: "Hitung ulang kolom sesuai rumusnya (sebaiknya dengan rumus Excel), atau perbaiki angka sumbernya.",
      en: "Recompute the column by its relation (preferably with an Excel formula), or correct the source figures.",
    },
    regulation: {
      id: "Permendagri 86/2017 (formulir evaluasi hasil Renja/RKPD, T-C.29 / E.81, dengan rumus kolomnya); Permendagri 54/2010 (lampiran Renja)",
      en: "Permendagri 86/2017 (Renja/RKPD evaluation forms T-C.29 / E.81 and their column relations); Permendagri 54/2010 (Renja appendices)",
    },
  },
  checkTable(table, grid, ctx) {
    const t = withContext(table);
    if (!t.declared?.length) return [];
    const byNumber = numbered(t);
    const polarities = perWorkbook(ctx, polarityIndex);
    const tableIndex = ctx.recognized.tables.indexOf(table);
    const out: FindingDraft[] = [];
    for (const d of t.declared) {
      const targets = byNumber.get(d.n);
      if (!targets?.length) continue;
      const measures: Measure[] = [...new Set(targets.map((c) => c.measure))];
      const sum = isSum(d.expr);
      const ratio = ratioOf(d.expr);
      for (const m of measures) {
        const target = pick(targets, m);
        if (!target) continue;
        const refs = new Map<number, ContextColumn>();
        let ok = true;
        for (const n of colsOf(d.expr)) {
          const c = pick(byNumber.get(n), m === "%" ? "K" : m) ?? pick(byNumber.get(n), m);
          if (!c) { ok = false; break; }
          refs.set(n, c);
        }
        if (!ok) continue;
        const deferFormulas = target.col === d.col && ctx.defersTo("SAKIP-FORMULA-009");
        for (const r of dataRows(t)) {
          if (deferFormulas && r.kind === "item" && formulaReported(table, grid, r, d)) continue;
          const f = check(t, grid, r, d.text, d.expr, target, refs, m, sum, ratio, ctx.settings.percentTolerance, polarities, tableIndex);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};

/** The row's cell holds a formula that does not follow the declaration: SAKIP-FORMULA-009's finding. */
function formulaReported(t: RecognizedTable, grid: SheetGrid, r: TableRow, d: { col: number; expr: ColumnExpr }): boolean {
  const cell = grid.get(r.row, d.col);
  const f = formulaOf(cell);
  if (!f || !f.ast || cell?.type !== "number") return false;
  const expected = declaredFormula(t as WithDeclarations, d.expr as never, r.row);
  return !!expected && !follows(f.ast, r.row, d.col, expected, r.row, d.col);
}

function check(t: ContextTable, grid: SheetGrid, r: TableRow, text: string, expr: ColumnExpr, target: ContextColumn, refs: Map<number, ContextColumn>,
  m: Measure, sum: boolean, ratio: ReturnType<typeof ratioOf>, tolerance: number, polarities: PolarityIndex, tableIndex: number): FindingDraft | null {
  const stated = shownOf(grid.get(r.row, target.col));
  if (!stated) return null;
  const values = new Map<number, Shown>();
  for (const [n, c] of refs) {
    const s = shownOf(grid.get(r.row, c.col));
    if (!s) return null;
    values.set(n, s);
  }
  const { name, unit } = rowNameAndUnit(grid, t, r);
  const units = `${unit} ${[target, ...refs.values()].map((c) => c.unit ?? "").join(" ")}`;
  // Rates are not summed: a sum relation says nothing about the K of a rate or level indicator.
  if (sum && m !== "Rp" && isRate(name, units)) return null;
  // A negative indicator's capaian is computed the other way round on purpose; stated by the positive formula it
  // is the finding, saying where the sheet calls the indicator negative.
  const neg = ratio && m !== "Rp" ? negative(grid, t, r, name, polarities, tableIndex) : null;
  const item = name.length > 80 ? name.slice(0, 79) + "…" : name || `baris ${r.row + 1}`;
  const ukuran = m === "K" ? " (K)" : m === "Rp" ? " (Rp)" : "";
  const base = { kolom: columnName(target), ukuran, item, rumus: text };
  let holds: boolean, expectedText: string, difference: number;
  if (sum && m === "Rp") {
    // Exact money: rupiah summed without floating drift, compared at the precision the total shows.
    const expected = sumRupiah([...colsOf(expr)].map((n) => values.get(n)!.value));
    const c = checkValue(stated, expected, 0);
    ({ holds, expectedText, difference } = c);
  } else if (ratio && neg) {
    const num = values.get(ratio.num)!.value;
    const den = values.get(ratio.den)!.value;
    if (den === 0 || num === 0) return null;
    const positive = checkPercent(stated, num / den, tolerance);
    const negativeForm = checkPercent(stated, Math.max(0, (2 * den - num) / den), tolerance);
    const inverse = checkPercent(stated, den / num, tolerance);
    // A negative reading holds: right for this indicator.
    if (negativeForm.holds || inverse.holds) return null;
    if (!positive.holds) {
      ({ holds, expectedText, difference } = positive);
    } else return {
      sheet: t.sheet, cell: a1(r.row, target.col), variant: "polarity", severity: "warning",
      related: [...refs.values()].map((c2) => ({ sheet: t.sheet, cell: a1(r.row, c2.col) })),
      params: { ...base, actual: stated.text, expected: inverse.expectedText, sumber: neg.id, sumberEn: neg.en },
      expected: inverse.expectedText, actual: stated.text, difference: inverse.difference, key: `${text}|${m ?? ""}|${name}|polarity`,
    };
  } else if (ratio) {
    const num = values.get(ratio.num)!.value;
    const den = values.get(ratio.den)!.value;
    if (den === 0) return null;
    const c = checkPercent(stated, num / den, tolerance);
    ({ holds, expectedText, difference } = c);
    if (!holds && num !== 0) {
      const inv = checkPercent(stated, den / num, tolerance);
      if (inv.holds) {
        return {
          sheet: t.sheet, cell: a1(r.row, target.col), variant: "inverse",
          related: [...refs.values()].map((c2) => ({ sheet: t.sheet, cell: a1(r.row, c2.col) })),
          params: { ...base, actual: stated.text, expected: expectedText, terbalik: `${ratio.den}/${ratio.num}` },
          expected: expectedText, actual: stated.text, difference, key: `${text}|${m ?? ""}|${name}|inverse`,
        };
      }
    }
  } else {
    const expected = evaluate(expr, (n) => values.get(n)!.value);
    const c = stated.percent ? checkPercent(stated, expected, tolerance) : checkValue(stated, expected, 0);
    ({ holds, expectedText, difference } = c);
  }
  if (holds) return null;
  // Amounts shown in a larger unit than the rupiah ("dalam juta rupiah") are rounded figures: a warning.
  const rounded = m === "Rp" && ((target.scale ?? 1) > 1 || stated.decimals > 0);
  return {
    sheet: t.sheet,
    cell: a1(r.row, target.col),
    severity: rounded ? "warning" : undefined,
    related: [...refs.values()].map((c) => ({ sheet: t.sheet, cell: a1(r.row, c.col) })),
    params: { ...base, actual: stated.text, expected: expectedText },
    expected: expectedText,
    actual: stated.text,
    difference,
    key: `${text}|${m ?? ""}|${name}|${stated.text}`,
  };
}

export const _test = { isSum, ratioOf, evaluate, formatNumberId };
