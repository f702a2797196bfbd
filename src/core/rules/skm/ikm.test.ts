import { rule as ikm, mutuOf, readMutu } from "./ikm";
import { run } from "../../../../test/support/rulekit";
import { skmSeed as seed, skmCtx as ctx, rawAnswers } from "../../../../test/support/seed-tables";

describe("SAKIP-IKM-001", () => {
  test("mutu bands", () => {
    expect(mutuOf(82.79)?.huruf).toBe("B");
    expect(mutuOf(88.305)?.huruf).toBe("A");
    expect(mutuOf(65)?.huruf).toBe("C");
    expect(readMutu("B (Baik)")).toBe("B");
    expect(readMutu("Sangat Baik")).toBe("A");
  });
  test("holds on the seed: total 10878 over 365 x 9 x 25 = 82,79, mutu B", () => {
    const rows = [...seed(1360, "3,70"), [null, "Total Nilai Unsur SKM", 10878, null], [null, "IKM", "82,79", null], [null, "Mutu Pelayanan", "B (Baik)", null]];
    expect(run(ikm, ctx(rows, { 10: "total" }))).toEqual([]);
  });
  test("fires on a wrong IKM and a wrong mutu", () => {
    const rows = [...seed(1350, "3,70"), [null, "Nilai IKM", "84,79", null], [null, "Mutu Pelayanan", "A", null]];
    const f = run(ikm, ctx(rows));
    expect(f.map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["C11", "default", "82,79"], ["C12", "mutu", "B (Baik)"]]);
  });
});

describe("SAKIP-IKM-001 layouts", () => {
  test("a per-unsur IKM column (NRR x 25) is not the overall IKM", () => {
    const h = ["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM", "IKM Unsur"];
    const r: any = ["no", "unsur", "jumlah_nilai", "nrr", "ikm"];
    const rows = seed(1350, "3,70").map((x) => [...x, (Number(String(x[3]).replace(",", ".")) * 25).toFixed(2).replace(".", ",")]);
    rows.push([null, "IKM", null, null, "82,79"] as any);
    expect(run(ikm, ctx(rows, {}, r, h))).toEqual([]);
  });
});

describe("raw answers with JUMLAH / NRR / NRR tertimbang / IKM rows under them", () => {
  const good = () => rawAnswers("good");
  const bad = () => rawAnswers("bad");
  test("holds when every row recomputes", () => {
    expect(run(ikm, good())).toEqual([]);
  });
  test("fires on a wrong IKM and mutu", () => {
    expect(run(ikm, bad()).map((x) => [x.cell, x.variant ?? "default", x.expected])).toEqual([["C9", "default", "82,81"], ["C10", "mutu", "B (Baik)"]]);
  });
});
