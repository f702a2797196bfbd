import { personKey, pkChain, supersededSheets, buildHierarchy, itemKey } from "../hierarchy";
import { recognizeWorkbook } from "../recognize";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";
import { codeLevel, findCode } from "../normalize";

function pk(name: string, nama: string, nip: string, atasan: string, date: string, budget: FixtureValue[][]) {
  return sheetFromRows(name, [
    [null, "PIHAK PERTAMA"], [null, "Nama", nama], [null, "Jabatan", "Jabatan " + nama], [null, "NIP", nip], [],
    [null, "PIHAK KEDUA"], [null, "Nama", atasan], [null, "Jabatan", "Jabatan " + atasan], [],
    [null, date], [],
    ["NO.", "KEGIATAN", "ANGGARAN (Rp.)", "KET."], ...budget,
  ]);
}

test("person keys drop titles and degrees", () => {
  expect(personKey("Drs. SHODIKIN, M.Pd")).toBe("SHODIKIN");
  expect(personKey("Dr. YUHRONUR EFENDI, MBA.")).toBe("YUHRONUR EFENDI");
  expect(personKey("HARIYANTO, S.Pd., M.IP.")).toBe("HARIYANTO");
  expect(personKey("H. ABDUL ROCHIM, S.Sos")).toBe("ABDUL ROCHIM");
});

test("codes: level by segments, found before a name", () => {
  expect(codeLevel("5.04.01")).toBe("program");
  expect(codeLevel("5.04.01.2.01")).toBe("kegiatan");
  expect(codeLevel("1.02.01.2.01.0001")).toBe("subkegiatan");
  expect(findCode("1.02.01.2.01.0001 Penyusunan Dokumen")).toEqual({ code: "1.02.01.2.01.0001", rest: "Penyusunan Dokumen" });
  expect(findCode("1.672.255.000")).toBeUndefined();
  expect(findCode("1. Penyusunan")).toBeUndefined();
});

test("PK chain: PIHAK KEDUA -> superior sheet; an original PK is superseded by the later PERUBAHAN", () => {
  const wb = workbook("w",
    pk("Kepala awal", "Drs. SHODIKIN, M.Pd", "19661019 198703 1 008", "BUPATI", "Lamongan, 17 Mei 2022", [["1", "Mutasi dan Promosi ASN", 100]]),
    pk("Kepala ubah", "Drs. SHODIKIN, M.Pd.", "19661019 198703 1 008", "BUPATI", "Lamongan, 31 Oktober 2022", [["1", "Mutasi dan Promosi ASN", 200]]),
    pk("Kabid", "ARIEF, S.STP.", "19831005 200212 1 001", "Drs. SHODIKIN, M.Pd", "Lamongan, 31 Oktober 2022", [["1", "Pengelolaan Mutasi ASN", 200]]),
  );
  const rec = recognizeWorkbook(wb);
  expect(rec.pkHeaders.map((h) => h.sheet)).toEqual(["Kepala awal", "Kepala ubah", "Kabid"]);
  expect(pkChain(wb, rec)).toEqual([{ sheet: "Kabid", superiorSheet: "Kepala ubah", by: "nama" }]);
  expect([...supersededSheets(wb, rec)]).toEqual(["Kepala awal"]);
  const h = buildHierarchy(wb, rec);
  expect(h.links).toHaveLength(1);
  expect(h.items[h.links[0].parent].sheet).toBe("Kepala ubah");
});

test("item keys: code first, else the name without region suffix", () => {
  expect(itemKey({ code: "5.04.01", label: "x" })).toBe("#5.04.01");
  expect(itemKey({ label: "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota" })).toBe(itemKey({ label: "Program Penunjang Urusan Pemerintahan Daerah" }));
});
