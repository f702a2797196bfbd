import { sheetOf, ctxOf, run, type Spec } from "../../../../test/support/rulekit";
import type { RecognizedTable } from "../../tables/table";
import type { ContextColumn } from "./model";
import { evaluationForm, good, PCT, RP } from "./forms.testkit";
import { rule as rowTotal } from "./row-total";

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
