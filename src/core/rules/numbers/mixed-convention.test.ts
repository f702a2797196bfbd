import { rule as mixed } from "./mixed-convention";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const H = ["NO", "KEGIATAN", "ANGGARAN (Rp.)", "KET."];
const R: any = ["no", "kegiatan", "anggaran", "ket"];
function budget(rows: any[][], kinds: Record<number, any> = {}) {
  return ctxOf([sheetOf("PK", [H, ...rows])], [tableOf("PK", "budget", 0, R, rows.length, kinds)]);
}

describe("SAKIP-NUM-002", () => {
  test("fires once on the seed's Sekretaris column, at the cell in the minority convention", () => {
    const f = run(mixed, budget([
      ["1.", "Administrasi Umum Perangkat Daerah", "Rp 197,951,250.00", "P-APBD"],
      ["2.", "Pengadaan Barang Milik Daerah", "Rp 90,953,750.00", "P-APBD"],
      ["3.", "Penyediaan Jasa Penunjang", "Rp 378,000,000.00", "P-APBD"],
      ["JUMLAH", null, "Rp 6.241.465.000,00", null],
    ], { 5: "total" }));
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("C5");
    expect(f[0].params.nMayor).toBe(3);
    expect(f[0].related).toEqual([{ sheet: "PK", cell: "C2" }]);
  });
  test("holds on one convention, on numbers and on ambiguous text", () => {
    expect(run(mixed, budget([
      ["1.", "A", "Rp 26.000.000,00", null],
      ["2.", "B", 674000000, null],
      ["3.", "C", "1.000", null],
      ["4.", "D", "1,000", null],
    ]))).toEqual([]);
  });
});
