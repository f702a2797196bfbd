import { rule as nrr } from "./nrr";
import { run } from "../../../../test/support/rulekit";
import { skmSeed as seed, skmCtx as ctx, rawAnswers } from "../../../../test/support/seed-tables";

describe("SAKIP-NRR-001", () => {
  test("holds when every NRR is total / 365 (respondents inferred)", () => {
    expect(run(nrr, ctx(seed(1350, "3,70")))).toEqual([]);
  });
  test("fires on an NRR that does not fit its total: 1360 / 365 = 3,73, not 3,70", () => {
    const f = run(nrr, ctx(seed(1360, "3,70")));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].expected, f[0].actual, f[0].params.responden]).toEqual(["D10", "3,73", "3,70", "365"]);
  });
  test("the seed's Tabel 3.4: 1360 where NRR 3,70 and total 10878 both point to 1350: one finding, on the value", () => {
    const f = run(nrr, ctx([...seed(1360, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null]]));
    expect(f.map((x) => [x.cell, x.variant, x.expected, x.actual])).toEqual([["C10", "nilai", "1350", "1360"]]);
    expect(f[0].related).toEqual([{ sheet: "SKM", cell: "D10" }, { sheet: "SKM", cell: "C11" }]);
  });
  test("a wrong grand total alone", () => {
    const f = run(nrr, ctx([...seed(1350, "3,70"), [null, "Total Nilai Unsur SKM", 10888, null]]));
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["C11", "total", "10878"]]);
    expect(run(nrr, ctx([...seed(1350, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null]]))).toEqual([]);
  });
  test("respondent column wins over inference; NRR tertimbang checked", () => {
    const h = ["No", "Unsur", "Jumlah Nilai", "Responden", "NRR", "NRR Tertimbang"];
    const r: any = ["no", "unsur", "jumlah_nilai", "responden", "nrr", "nrr_tertimbang"];
    const rows = [
      [1, "U1", 300, 100, "3,00", "1,00"],
      [2, "U2", 330, 100, "3,30", "1,10"],
      [3, "U3", 360, 100, "3,50", "1,20"],
    ];
    const f = run(nrr, ctx(rows, {}, r, h));
    expect(f.map((x) => [x.cell, x.variant ?? "default", x.expected]).sort()).toEqual([["E4", "default", "3,60"], ["F4", "tertimbang", "1,17"]]);
  });
});

describe("raw answers with JUMLAH / NRR / NRR tertimbang / IKM rows under them", () => {
  const good = () => rawAnswers("good");
  const bad = () => rawAnswers("bad");
  test("holds when every row recomputes", () => {
    expect(run(nrr, good())).toEqual([]);
  });
  test("fires on a wrong jumlah, NRR and tertimbang", () => {
    expect(run(nrr, bad()).map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["D7", "default", "3,25"], ["E6", "jumlah", "11"], ["F8", "tertimbang", "0,94"]]);
  });
});
