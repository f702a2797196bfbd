import { rule, explained } from "./pk-chain-sum";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";

function pk(name: string, nama: string, nip: string, atasan: string, level: string, budget: FixtureValue[][]) {
  return sheetFromRows(name, [
    [null, "PIHAK PERTAMA"], [null, "Nama", nama], [null, "Jabatan", "Jabatan " + nama], [null, "NIP", nip], [],
    [null, "PIHAK KEDUA"], [null, "Nama", atasan], [null, "Jabatan", "Jabatan " + atasan], [],
    [null, "Lamongan, 31 Oktober 2022"], [],
    ["NO.", level, "ANGGARAN (Rp.)", "KET."], ...budget,
  ]);
}
const chain = (sub: number) =>
  workbook("w",
    pk("PK Sekretaris", "HARIYANTO, S.Pd., M.IP.", "19730721 199901 1 001", "Drs. SHODIKIN, M.Pd", "KEGIATAN", [["1", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 50000000], ["2", "Administrasi Umum Perangkat Daerah", 70000000]]),
    pk("PK Kasubag PE", "SUTIANA, S.Kom., M.M.", "19770614 200212 2 005", "HARIYANTO, S.Pd., M.IP.", "SUB KEGIATAN", [["1", "Penyusunan Dokumen Perencanaan", 30000000], ["2", "Evaluasi Kinerja", sub]]),
    pk("PK Kasubag Umum", "AGUS SUPRAPTO, S.Sos., M.M.", "19740404 199503 1 004", "HARIYANTO, S.Pd., M.IP.", "SUB KEGIATAN", [["1", "Penyediaan Peralatan Kantor", 40000000], ["2", "Penyediaan Jasa Kantor", 40000000]]),
  );

describe("SAKIP-HIER-002", () => {
  test("subordinates explained by whole parent items, or not", () => {
    expect(explained([2483482200], [695105000, 2483482200], 0)).toBe(true);
    expect(explained([100, 80, 20], [180, 20], 0)).toBe(true);
    expect(explained([100, 70], [180, 20], 0)).toBe(false);
    expect(explained([90], [100], 0)).toBe(false);
  });
  test("a superior whose items cannot be paired one by one: its PK total against its subordinates' PK totals", () => {
    const f = run(rule, recognizedCtx(chain(20000000)));
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual, x.difference])).toEqual([["PK Sekretaris", "C13:C14", "Rp 130.000.000", "Rp 120.000.000", 10000000]]);
    expect(f[0].related).toHaveLength(4);
  });
  test("holds when the subordinates' PKs add up to the superior's", () => {
    expect(run(rule, recognizedCtx(chain(10000000)))).toEqual([]);
  });
});
