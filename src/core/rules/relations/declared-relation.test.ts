import { sheetOf, ctxOf, run, type Spec } from "../../../../test/support/rulekit";
import type { RecognizedTable } from "../../tables/table";
import type { ContextColumn } from "./model";
import { evaluationForm, good, PCT, RP } from "./forms.testkit";
import { rule as declared } from "./declared-relation";
import { isRate } from "./model";

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

