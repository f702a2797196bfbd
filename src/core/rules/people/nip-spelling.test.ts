import { nameWords } from "./nip-names";
import { spellingVariant, slip, rule } from "./nip-spelling";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

describe("SAKIP-NIP-004 spelling", () => {
  test("word-for-word slips are variants, other names are not", () => {
    expect(spellingVariant(nameWords("ANNA SOFIA"), nameWords("Dra. ANNA SOFHIA, M.Si"))).toBe(true);
    expect(spellingVariant(nameWords("BUDI SANTOSO"), nameWords("BUDI SANTOSA"))).toBe(true);
    expect(spellingVariant(nameWords("RINA MARLINA"), nameWords("RINA MARLIANA"))).toBe(true);
    expect(spellingVariant(nameWords("BUDI SANTOSO"), nameWords("Budi Santoso, S.E."))).toBe(false);
    expect(spellingVariant(nameWords("ARIEF FAKHRUDDIN AL HAKIM"), nameWords("ARIEF FAKHRUDDIN"))).toBe(false);
    expect(spellingVariant(nameWords("BUDI SANTOSO"), nameWords("BAYU SANTOSO"))).toBe(false);
    expect(slip("ani", "ana")).toBe(false); // too short to tell a slip from another name
  });
  test("a staff list spelling one name two ways: one warning at the second spelling, naming both places", () => {
    const rows = [[1, "198001052005011012", "BUDI SANTOSO, S.E."], [2, "198001052005011012", "BUDI SANTOSA"], [3, "198001052005011012", "Budi Santoso"]];
    const s = sheetOf("Pegawai", [["NO", "NIP", "NAMA"], ...rows]);
    const f = run(rule, ctxOf([s], [tableOf("Pegawai", "staff", 0, ["no", "nip", "nama"], rows.length)]));
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.params.lain])).toEqual([["B3", "BUDI SANTOSO, S.E.", "BUDI SANTOSA", "Pegawai!B2, Pegawai!B4"]]);
  });
  test("a very long name is cut before comparing (bounded work)", () => {
    const long = "A".repeat(5000);
    const s = sheetOf("Pegawai", [["NO", "NIP", "NAMA"], [1, "198001052005011012", `BUDI ${long}`], [2, "198001052005011012", `BUDI ${long}B`]]);
    expect(run(rule, ctxOf([s], [tableOf("Pegawai", "staff", 0, ["no", "nip", "nama"], 2)]))).toEqual([]);
  });
});
