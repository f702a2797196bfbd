import { rule as malformed } from "./malformed";
import { rule as mixed } from "./mixedConvention";
import { rule as textAmount } from "./textAmount";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const H = ["NO", "KEGIATAN", "ANGGARAN (Rp.)", "KET."];
const R: any = ["no", "kegiatan", "anggaran", "ket"];
function budget(rows: any[][], kinds: Record<number, any> = {}) {
  return ctxOf([sheetOf("PK", [H, ...rows])], [tableOf("PK", "budget", 0, R, rows.length, kinds)]);
}

describe("SAKIP-NUM-001", () => {
  test("fires on 577.255.000.00 with its likely reading", () => {
    const f = run(malformed, budget([["1.", "Mutasi dan Promosi ASN", "Rp 577.255.000.00", "P-APBD"]]));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].variant, f[0].expected]).toEqual(["C2", "default", "Rp 577.255.000,00"]);
  });
  test("a malformed JUMLAH: left to SAKIP-TOTAL-001 when it runs, else the items' sum is offered", () => {
    const rows = [
      ["1.", "Penyusunan Rencana Kebutuhan", "Rp 26.000.000,00", "APBD"],
      ["2.", "Koordinasi dan fasilitasi Pengadaan PNS dan PPPK", "Rp 674.000.000,00", "APBD"],
      ["3.", "Koordinasi Pelaksanaan Administrasi Pemberhentian", "Rp 50.000.000,00", "APBD"],
      ["JUMLAH", null, "Rp 750.000,00,00", null],
    ];
    const build = (settings = {}) => ctxOf([sheetOf("PK", [H, ...rows])], [tableOf("PK", "budget", 0, R, rows.length, { 4: "total" })], settings);
    expect(run(malformed, build())).toEqual([]);
    const f = run(malformed, build({ disabledRules: ["SAKIP-TOTAL-001"] }));
    expect(f.map((x) => [x.cell, x.variant, x.expected])).toEqual([["C5", "total", "Rp 750.000.000"]]);
  });
  test("holds on well-formed amounts in both conventions, codes and dates", () => {
    expect(run(malformed, budget([
      ["1.", "A", "Rp 197,951,250.00", "1.02.01.2.01.0001"],
      ["2.", "B", "Rp 6.241.465.000,00", "17.05.2022"],
      ["3.", "C", 25000000, null],
    ]))).toEqual([]);
  });
  test("outside tables, only Rp text", () => {
    const s = sheetOf("Teks", [["Rp 750.000,00,00"], ["1.02.01.2.01.0001"], ["17.05.2022"]]);
    expect(run(malformed, ctxOf([s], [])).map((x) => x.cell)).toEqual(["A1"]);
  });
});

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

describe("SAKIP-NUM-003", () => {
  test("fires once per column where text sits among numbers", () => {
    const f = run(textAmount, budget([
      ["1.", "A", 26000000, null],
      ["2.", "B", "674.000.000", null],
      ["3.", "C", "Rp 50.000.000,00", null],
      ["JUMLAH", null, 750000000, null],
    ], { 5: "total" }));
    expect(f).toHaveLength(1);
    expect([f[0].cell, f[0].params.count, f[0].expected]).toEqual(["C3", 2, "674.000.000"]);
    expect(f[0].related).toEqual([{ sheet: "PK", cell: "C4" }]);
  });
  test("holds when the whole column is text (pasted from Word) or all numbers", () => {
    expect(run(textAmount, budget([["1.", "A", "Rp 26.000.000,00", null], ["2.", "B", "Rp 674.000.000,00", null]]))).toEqual([]);
    expect(run(textAmount, budget([["1.", "A", 26000000, null], ["2.", "B", 674000000, null]]))).toEqual([]);
  });
});
