import { sheetOf, ctxOf, run, type Spec } from "../../../../test/support/rulekit";
import type { RecognizedTable } from "../../tables/table";
import type { ContextColumn } from "./model";
import { evaluationForm, good, PCT, RP } from "./forms.testkit";
import { rule as predikatRule } from "./predikat";

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

