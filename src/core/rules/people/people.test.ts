import { rule as invalid } from "./nipInvalid";
import { rule as asNumber } from "./nipNumber";
import { rule as names, nameWords } from "./nipNames";
import { nipProblem } from "../../formulas/nip";
import { sheetOf, tableOf, ctxOf, run } from "../derived/testkit";

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
function pkSheet(name: string, nips: Array<string | number>) {
  const rows: any[][] = [["PIHAK KEDUA", null, "PIHAK PERTAMA"], ["Drs. SHODIKIN, M.Pd", null, "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP."], ["Pembina Utama Muda", null, "Pembina"]];
  rows.push([typeof nips[0] === "string" ? `NIP. ${nips[0]}` : "NIP.", typeof nips[0] === "number" ? nips[0] : null, `NIP. ${nips[1]}`]);
  return sheetOf(name, rows);
}

describe("SAKIP-NIP-001", () => {
  test("holds on well-formed NIPs, with and without spaces", () => {
    const f = run(invalid, ctxOf([pkSheet("PK Kabid", ["19661019 198703 1 008", "198310052002121001"])], []));
    expect(f).toEqual([]);
  });
  test("fires on the seed's 17- and 19-digit NIPs, offering the NIP written elsewhere", () => {
    const a = pkSheet("PK Kepala", ["1996610191987031008", "19831005 200212 1 001"]);
    const b = pkSheet("PK Kabid", ["06610191987031008", "19661019 198703 1 008"]);
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

describe("SAKIP-NIP-003", () => {
  const staff = (rows: any[][]) => {
    const s = sheetOf("Pegawai", [["NO", "NIP", "NAMA"], ...rows]);
    return ctxOf([s], [tableOf("Pegawai", "staff", 0, ["no", "nip", "nama"], rows.length)]);
  };
  test("holds when the names agree (titles, case, spaces)", () => {
    expect(run(names, staff([[1, "196610191987031008", "Drs. SHODIKIN, M.Pd"], [2, "19661019 198703 1 008", "Shodikin"]]))).toEqual([]);
    // Misspelt, not another person (seed signature blocks: SHODIKIN / SUODIKIN, SUTIANA / SUTIANAH).
    expect(run(names, staff([[1, "196610191987031008", "Drs. SHODIKIN, M.Pd"], [2, "196610191987031008", "Drs. SUODIKIN, M.Pd"]]))).toEqual([]);
  });
  test("fires once per other name", () => {
    const f = run(names, staff([[1, "196610191987031008", "Drs. SHODIKIN, M.Pd"], [2, "196610191987031008", "HARIYANTO, S.Pd."], [3, "196610191987031008", "Hariyanto"]]));
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["B3", "Drs. SHODIKIN, M.Pd", "HARIYANTO, S.Pd."]]);
    expect(f[0].related).toEqual([{ sheet: "Pegawai", cell: "B2" }]);
  });
  test("PK headers supply names", () => {
    const s = pkSheet("PK", ["19661019 198703 1 008", "198310052002121001"]);
    const ctx = ctxOf([s, sheetOf("PK2", [["NIP. 19661019 198703 1 008"]])], [], {}, [
      { sheet: "PK", pihakPertama: { nama: "ARIEF", nip: "198310052002121001", nipCell: { row: 3, col: 2 } }, pihakKedua: { nama: "Drs. SHODIKIN", nip: "19661019 198703 1 008", nipCell: { row: 3, col: 0 } } },
      { sheet: "PK2", pihakPertama: { nama: "BUDI SANTOSO", nip: "19661019 198703 1 008", nipCell: { row: 0, col: 0 } }, pihakKedua: {} },
    ]);
    const f = run(names, ctx);
    expect(f.map((x) => [x.sheet, x.cell, x.actual])).toEqual([["PK2", "A1", "BUDI SANTOSO"]]);
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
