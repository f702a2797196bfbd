import { rule as invalid } from "./nip-invalid";
import { rule as asNumber } from "./nip-as-number";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";


describe("SAKIP-NIP-002", () => {
  test("fires on a NIP stored as a number, naming the text NIP with the same first 15 digits", () => {
    const s = sheetOf("Pegawai", [["NO", "NIP", "NAMA"], [1, 196610191987031000, "SHODIKIN"], [2, "19730721 199901 1 001", "HARIYANTO"], [3, "196610191987031008", "SHODIKIN"]]);
    const ctx = ctxOf([s], [tableOf("Pegawai", "staff", 0, ["no", "nip", "nama"], 3)]);
    const f = run(asNumber, ctx);
    expect(f.map((x) => [x.cell, x.expected])).toEqual([["B2", "19661019 198703 1 008"]]);
    expect(run(invalid, ctx)).toEqual([]); // the same cell is not also reported as invalid
  });
  test("label 'NIP' with the number to its right", () => {
    const s = sheetOf("PK", [["Nama", ":", "HARIYANTO"], ["NIP", ":", { v: 197307211999011000, t: "1,97307E+17" }]]);
    expect(run(asNumber, ctxOf([s], [])).map((x) => x.cell)).toEqual(["C2"]);
  });
});
