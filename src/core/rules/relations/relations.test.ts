// The relation rules on tables as recognition hands them over (K / Rp columns, years, quarters, column numbers,
// declared relations, footer rows), figures from our own instance of the Permendagri 86/2017 evaluation form.
import { sheetOf, ctxOf, run, type Spec } from "../derived/testkit";
import type { RecognizedTable } from "../../tables/table";
import type { ContextColumn, ContextTable } from "./model";
import { rule as declared } from "./declared-relation";
import { rule as rowTotal } from "./row-total";
import { rule as predikatRule } from "./predikat";
import { isRate } from "./model";

const PCT = "0.00%";
const RP = "#,##0";

/** Columns: A indikator, B satuan, then K/Rp pairs numbered 3..8: target(3), TW I..IV (4..7), realisasi (8 = 4+5+6+7), capaian (9 = 8/3 x 100%). */
function evaluationForm(rows: Array<{ ind: string; unit: string; t: [number, number]; tw: Array<[number, number]>; real?: [number, number]; cap?: [number, number]; level?: "program" | "kegiatan" }>, footer?: Spec[][]) {
  const grid: Spec[][] = [["Indikator", "Satuan"], [null, null], ["1", "2"]];
  const numbers = ["3", "4", "5", "6", "7", "8 = 4 + 5 + 6 + 7", "9 = 8/3 x 100%"];
  numbers.forEach((n, i) => { grid[2][2 + 2 * i] = n; });
  for (const x of rows) {
    const k = x.tw.reduce((a, b) => a + b[0], 0);
    const rp = x.tw.reduce((a, b) => a + b[1], 0);
    const real = x.real ?? [k, rp];
    const cap = x.cap ?? [real[0] / x.t[0], real[1] / x.t[1]];
    const line: Spec[] = [x.ind, x.unit, x.t[0], { v: x.t[1], f: RP }];
    for (const [a, b] of x.tw) line.push(a, { v: b, f: RP });
    line.push(real[0], { v: real[1], f: RP }, { v: cap[0], f: PCT }, { v: cap[1], f: PCT });
    grid.push(line);
  }
  for (const f of footer ?? []) grid.push(f);
  const sheet = sheetOf("Evaluasi Renja", grid);
  const cols: ContextColumn[] = [{ role: "indikator", col: 0, header: "Indikator", number: 1 }, { role: "satuan", col: 1, header: "Satuan", number: 2 }];
  const names = ["Target Renja", "TW I", "TW II", "TW III", "TW IV", "Realisasi", "Tingkat capaian"];
  names.forEach((h, i) => {
    const base = { number: 3 + i, group: h, ...(i >= 1 && i <= 4 ? { quarter: i as 1 | 2 | 3 | 4 } : {}) };
    const role = i === 0 ? "target" : i === 6 ? "capaian" : "realisasi";
    cols.push({ role: role as ContextColumn["role"], col: 2 + 2 * i, header: `${h} / K`, measure: "K", ...base });
    cols.push({ role: (i === 0 ? "anggaran" : i === 6 ? "capaian_anggaran" : "realisasi_anggaran") as ContextColumn["role"], col: 3 + 2 * i, header: `${h} / Rp`, measure: "Rp", ...base });
  });
  const table: ContextTable = {
    kind: "measurement", sheet: sheet.name, top: 0, left: 0, bottom: 2 + rows.length, right: 15, headerTop: 0, headerBottom: 2,
    columns: cols,
    rows: rows.map((x, i) => ({ row: 3 + i, kind: "item", label: x.ind, level: x.level })),
    declared: [
      { col: 12, n: 8, text: "8 = 4 + 5 + 6 + 7", expr: { kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "col", n: 4 }, right: { kind: "col", n: 5 } }, right: { kind: "col", n: 6 } }, right: { kind: "col", n: 7 } } },
      { col: 14, n: 9, text: "9 = 8/3 x 100%", expr: { kind: "op", op: "*", left: { kind: "op", op: "/", left: { kind: "col", n: 8 }, right: { kind: "col", n: 3 } }, right: { kind: "num", value: 100, percent: true } } },
    ],
    ...(footer ? { footer: { top: 3 + rows.length, bottom: 2 + rows.length + footer.length } } : {}),
  };
  return { sheet, table: table as RecognizedTable };
}

const good = { ind: "Jumlah layanan publik yang terintegrasi", unit: "layanan", t: [5, 950_000_000] as [number, number], tw: [[1, 150_000_000], [1, 250_000_000], [1, 250_000_000], [2, 280_000_000]] as Array<[number, number]> };

describe("SAKIP-RELASI-001 declared relations", () => {
  test("holds on a consistent form, K and Rp", () => {
    const { sheet, table } = evaluationForm([good]);
    expect(run(declared, ctxOf([sheet], [table]))).toEqual([]);
  });
  test("the year's Rp is not the sum of its quarters: Rp 200 off is an error on the Rp column only", () => {
    const { sheet, table } = evaluationForm([{ ...good, real: [5, 930_000_200] }]);
    const out = run(declared, ctxOf([sheet], [table]));
    expect(out.map((f) => [f.cell, f.expected, f.actual, f.severity])).toEqual([["N4", "930.000.000", "930000200", undefined]]) // cells built here carry no displayed text: the value is quoted raw
    expect(out[0].params.ukuran).toBe(" (Rp)");
  });
  test("an inverse ratio is named as such", () => {
    const { sheet, table } = evaluationForm([{ ...good, cap: [5 / 5, 950_000_000 / 930_000_000] }]);
    const out = run(declared, ctxOf([sheet], [table]));
    expect(out.map((f) => [f.cell, f.variant])).toEqual([["P4", "inverse"]]);
  });
  test("rates are not summed: the K of a percent indicator over quarters draws nothing", () => {
    const rate = { ind: "Persentase layanan terintegrasi", unit: "%", t: [80, 950_000_000] as [number, number], tw: [[70, 150_000_000], [75, 250_000_000], [78, 250_000_000], [80, 280_000_000]] as Array<[number, number]>, real: [80, 930_000_000] as [number, number] };
    const { sheet, table } = evaluationForm([rate]);
    expect(run(declared, ctxOf([sheet], [table]))).toEqual([]);
    expect(isRate("Indeks Kepuasan Masyarakat", "")).toBe(true);
    expect(isRate("Jumlah dokumen", "dokumen")).toBe(false);
  });
});

describe("SAKIP-RELASI-003 predikat and the footer", () => {
  const footer = (mean: number, label: string): Spec[][] => [
    ["Rata-rata capaian kinerja dan realisasi anggaran dari seluruh program", null, null, null, null, null, null, null, null, null, null, null, null, null, { v: mean, f: PCT }, { v: 0.9789, f: PCT }],
    ["Predikat kinerja dari seluruh hasil capaian program", null, null, null, null, null, null, null, null, null, null, null, null, null, label],
  ];
  test("holds when the mean and the predikat fit", () => {
    const { sheet, table } = evaluationForm([{ ...good, level: "program" }], footer(1, "Sangat Tinggi"));
    expect(run(predikatRule, ctxOf([sheet], [table]))).toEqual([]);
  });
  test("a wrong mean and a predikat that does not fit it", () => {
    const { sheet, table } = evaluationForm([{ ...good, level: "program" }, { ...good, ind: "Jumlah domain", tw: [[0, 150_000_000], [1, 250_000_000], [0, 250_000_000], [1, 280_000_000]], level: "program" }], footer(0.8, "Sangat Tinggi"));
    const out = run(predikatRule, ctxOf([sheet], [table]));
    expect(out.map((f) => [f.variant, f.cell, f.expected, f.actual])).toEqual([
      ["mean", "O6", "70,00%", "0.8"],
      ["footer", "O7", "Tinggi", "Sangat Tinggi"],
    ]);
  });
});

describe("SAKIP-RELASI-002 row totals", () => {
  function renstra(jumlahRp: number, decimals = 0, k: number[] = [5, 5, 5, 5, 5], akhirK = 25, unit = "dokumen") {
    const f = decimals ? "#,##0.00" : RP;
    const years = [2025, 2026, 2027, 2028, 2029];
    const rps = [1_400.1, 1_450, 1_550, 1_650, 1_750].map((v) => (decimals ? v : Math.round(v * 1_000_000)));
    const grid: Spec[][] = [["Indikator", "Satuan"], [null, null]];
    const line: Spec[] = ["Jumlah dokumen perencanaan yang tersusun", unit];
    years.forEach((_, i) => line.push(k[i], { v: rps[i], f }));
    line.push(akhirK, { v: jumlahRp, f });
    grid.push(line);
    const cols: ContextColumn[] = [{ role: "indikator", col: 0, header: "Indikator" }, { role: "satuan", col: 1, header: "Satuan" }];
    years.forEach((y, i) => {
      cols.push({ role: "target", col: 2 + 2 * i, header: `Tahun ${y} / K`, measure: "K", year: y, group: "Target Kinerja dan Kerangka Pendanaan" });
      cols.push({ role: "anggaran", col: 3 + 2 * i, header: `Tahun ${y} / Rp`, measure: "Rp", year: y, group: "Target Kinerja dan Kerangka Pendanaan", ...(decimals ? { scale: 1_000_000 } : {}) });
    });
    cols.push({ role: "target", col: 12, header: "Kondisi Kinerja pada Akhir Periode / K", measure: "K", aggregate: "akhir" });
    cols.push({ role: "anggaran", col: 13, header: "Kondisi Kinerja pada Akhir Periode / Rp", measure: "Rp", aggregate: "akhir", ...(decimals ? { scale: 1_000_000 } : {}) });
    const sheet = sheetOf("Renstra", grid);
    const table: RecognizedTable = { kind: "budget", sheet: "Renstra", top: 0, left: 0, bottom: 2, right: 13, headerTop: 0, headerBottom: 1, columns: cols, rows: [{ row: 2, kind: "item" }] };
    return run(rowTotal, ctxOf([sheet], [table]));
  }
  test("holds; the end-of-period K of a count may be the sum or the last year", () => {
    expect(renstra(7_800_100_000)).toEqual([]);
    expect(renstra(7_800_100_000, 0, [5, 5, 5, 5, 5], 5)).toEqual([]);
  });
  test("a wrong five-year Rp total is an error; in juta rupiah with decimals a warning", () => {
    expect(renstra(7_900_100_000).map((f) => [f.cell, f.expected, f.severity])).toEqual([["N3", "7.800.100.000", undefined]]);
    expect(renstra(7_800.4, 2).map((f) => [f.cell, f.expected, f.actual, f.severity])).toEqual([["N3", "7.800,10", "7800.4", "warning"]]);
  });
  test("a difference hidden by the precision shown is not a finding; rates are never summed", () => {
    expect(renstra(7_800, 0 as number).length).toBe(1); // shown as 7.800 rupiah: visibly not 7.800.100.000
    expect(renstra(7_800_100_000, 0, [85, 88, 90, 95, 100], 100, "%")).toEqual([]);
  });
});
