import { rule as invalid } from "./nip-invalid";
import { nameWords } from "./nip-names";
import { nipProblem } from "./validateNip";
import { sheetOf, tableOf, ctxOf, run, partyNipSheet } from "../../../../test/support/rulekit";

const NOW = new Date(Date.UTC(2026, 0, 1));

describe("NIP structure", () => {
  test("valid PNS and PPPK numbers", () => {
    expect(nipProblem("196610191987031008", NOW)).toBeNull();
    expect(nipProblem("198310052002121001", NOW)).toBeNull();
    expect(nipProblem("199009132025242014", NOW)).toBeNull(); // NI PPPK, code 24
  });
  test("each problem", () => {
    expect(nipProblem("1996610191987031008", NOW)).toEqual({ kind: "length", length: 19 });
    expect(nipProblem("06610191987031008", NOW)).toEqual({ kind: "length", length: 17 });
    expect(nipProblem("196613191987031008", NOW)?.kind).toBe("lahir");
    expect(nipProblem("196602301987031008", NOW)?.kind).toBe("lahir");
    expect(nipProblem("196610191987033008", NOW)).toEqual({ kind: "jk", value: "3" });
    expect(nipProblem("196610191987031000", NOW)).toEqual({ kind: "urut" });
    expect(nipProblem("199010192005031001", NOW)).toEqual({ kind: "usia", age: 14 });
    expect(nipProblem("196610191987151008", NOW)).toEqual({ kind: "pppk", year: 1987 });
    expect(nipProblem("196610191887031008", NOW)?.kind).toBe("tmt");
  });
  test("name words drop titles and degrees", () => {
    expect(nameWords("Drs. SHODIKIN, M.Pd")).toEqual(["shodikin"]);
    expect(nameWords("Dr. YUHRONUR EFENDI, MBA.")).toEqual(["yuhronur", "efendi"]);
  });
});

// A PK signature block as the seed writes it, NIPs as text lines.
describe("SAKIP-NIP-001", () => {
  test("holds on well-formed NIPs, with and without spaces", () => {
    const f = run(invalid, ctxOf([partyNipSheet("PK Kabid", ["19661019 198703 1 008", "198310052002121001"])], []));
    expect(f).toEqual([]);
  });
  test("fires on the seed's 17- and 19-digit NIPs, offering the NIP written elsewhere", () => {
    const a = partyNipSheet("PK Kepala", ["1996610191987031008", "19831005 200212 1 001"]);
    const b = partyNipSheet("PK Kabid", ["06610191987031008", "19661019 198703 1 008"]);
    const f = run(invalid, ctxOf([a, b], []));
    expect(f.map((x) => [x.sheet, x.cell, x.variant, x.expected])).toEqual([
      ["PK Kepala", "A4", "length", "19661019 198703 1 008"],
      ["PK Kabid", "A4", "length", "19661019 198703 1 008"],
    ]);
    expect(f[0].params.length).toBe(19);
  });
  test("a staff table NIP column", () => {
    const s = sheetOf("Pegawai", [["NO", "NIP", "NAMA"], [1, "196307021989031012", "TAUFIK HIDAYAT"], [2, "196405241992023001", "SUYATMOKO"]]);
    const f = run(invalid, ctxOf([s], [tableOf("Pegawai", "staff", 0, ["no", "nip", "nama"], 2)]));
    expect(f.map((x) => [x.cell, x.variant])).toEqual([["B3", "jk"]]);
  });
});

describe("NI PPPK lines", () => {
  test("an NI PPPK is read and checked in PPPK form", () => {
    const ok = sheetOf("PK", [["NI PPPK. 19900913 2025 24 2 014"]]);
    expect(run(invalid, ctxOf([ok], []))).toEqual([]);
    const bad = sheetOf("PK", [["NI PPPK. 19900913 2015 24 2 014"]]);
    expect(run(invalid, ctxOf([bad], [])).map((x) => [x.cell, x.variant])).toEqual([["A1", "pppk"]]);
  });
});

describe("SAKIP-NIP-001 variants render with their parameters", () => {
  test.each([
    ["196613191987031008", "lahir"],
    ["196610191887031008", "tmt"],
    ["196610191987033008", "jk"],
    ["196610191987031000", "urut"],
    ["199010192005031001", "usia"],
    ["196610191987151008", "pppk"],
    ["1966101919870310", "length"],
  ])("%s -> %s", (nip, variant) => {
    const f = run(invalid, ctxOf([sheetOf("PK", [[`NIP. ${nip}`]])], []));
    expect(f.map((x) => x.variant)).toEqual([variant]);
  });
});
