import { rule as names } from "./nip-names";
import { sheetOf, tableOf, ctxOf, run, partyNipSheet } from "../../../../test/support/rulekit";


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
    const s = partyNipSheet("PK", ["19661019 198703 1 008", "198310052002121001"]);
    const ctx = ctxOf([s, sheetOf("PK2", [["NIP. 19661019 198703 1 008"]])], [], {}, [
      { sheet: "PK", pihakPertama: { nama: "ARIEF", nip: "198310052002121001", nipCell: { row: 3, col: 2 } }, pihakKedua: { nama: "Drs. SHODIKIN", nip: "19661019 198703 1 008", nipCell: { row: 3, col: 0 } } },
      { sheet: "PK2", pihakPertama: { nama: "BUDI SANTOSO", nip: "19661019 198703 1 008", nipCell: { row: 0, col: 0 } }, pihakKedua: {} },
    ]);
    const f = run(names, ctx);
    expect(f.map((x) => [x.sheet, x.cell, x.actual])).toEqual([["PK2", "A1", "BUDI SANTOSO"]]);
  });
});
