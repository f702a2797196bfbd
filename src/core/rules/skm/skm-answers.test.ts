import { rule as answers } from "./skm-answers";
const answers_ = answers;
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

describe("SAKIP-SKM-001", () => {
  const h = ["No", "Nama", "U1", "U2", "U3"];
  const r: any = ["no", "nama", "jawaban", "jawaban", "jawaban"];
  const go = (rows: any[][]) => run(answers, ctxOf([sheetOf("Raw", [h, ...rows])], [tableOf("Raw", "skm", 0, r, rows.length)]));
  test("holds on answers 1..4, blanks and a sums row", () => {
    expect(go([[1, "A", 4, 3, null], [2, "B", 1, 2, 0], [null, "Jumlah", 5, 5, 0], [null, "x", 40, 30, 20]])).toEqual([]);
  });
  test("fires on each answer outside 1..4, saying where", () => {
    const f = go([[1, "A", 4, 5, 3], [2, "B", 2.5, 2, "7"]]);
    expect(f.map((x) => [x.cell, x.actual, x.params.unsur, x.params.responden])).toEqual([["D2", "5", "JAWABAN", "A"], ["C3", "2.5", "JAWABAN", "B"], ["E3", "7", "JAWABAN", "B"]]);
  });
  test("one finding when many answers are off-scale", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i + 1, "R", 5, 4, 4]);
    const f = go(rows);
    expect(f).toHaveLength(1);
    expect(f[0].variant).toBe("many");
    expect(f[0].related).toHaveLength(11);
  });
});

describe("raw answers with JUMLAH / NRR / NRR tertimbang / IKM rows under them", () => {
  const h = ["No", "Nama", "U1", "U2", "U3", "U4"];
  const r: any = ["no", "nama", "jawaban", "jawaban", "jawaban", "jawaban"];
  const answers = [[4, 3, 3, 4], [3, 3, 3, 4], [3, 4, 2, 4], [4, 3, 3, 3]];
  const build = (jumlah: any[], nrrRow: any[], tert: any[], ikmV: string, mutu: string) => {
    const rows: any[][] = answers.map((a, i) => [i + 1, `R${i + 1}`, ...a]);
    rows.push([null, "Jumlah Nilai", ...jumlah], [null, "NRR", ...nrrRow], [null, "NRR Tertimbang", ...tert], [null, "IKM", ikmV], [null, "Mutu Pelayanan", mutu]);
    return ctxOf([sheetOf("Olah", [h, ...rows])], [tableOf("Olah", "skm", 0, r, rows.length)]);
  };
  const good = () => build([14, 13, 11, 15], ["3,50", "3,25", "2,75", "3,75"], ["0,875", "0,8125", "0,6875", "0,9375"], "82,81", "B");
  test("holds when every row recomputes: summary rows are not respondents", () => {
    expect(run(answers_, good())).toEqual([]);
  });
});
