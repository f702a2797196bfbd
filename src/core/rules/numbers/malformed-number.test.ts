import { rule as malformed } from "./malformed-number";
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
