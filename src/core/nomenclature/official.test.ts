// The official nomenclature reader, on the national Kepmendagri list where this workplace has it
// (../shared/real-workbooks/, never copied into the project), and on small lists written here.
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../xlsx/read";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { nomenclatureFromWorkbook, officialEntry, nameMatches, splitCode, canonicalCode } from "./official";
import { printedCodes } from "../rules/nomenclature/codes";
import { rule as codeUnknown } from "../rules/nomenclature/nomen-code";
import { rule as nameMismatch } from "../rules/nomenclature/nomen-name";
import { resolveSettings } from "../settings";

const REAL = path.resolve(__dirname, "../../../../shared/real-workbooks/kepmendagri_master-sub-kegiatan-indikator.xlsx");

const sheet = (rows: Array<Array<string | null>>): WorkbookSnapshot => ({
  name: "uji.xlsx",
  sheets: [{ name: "S", visibility: "visible", rowCount: rows.length, colCount: 4, merges: [],
    cells: rows.flatMap((r, row) => r.flatMap((v, col) => (v === null ? [] : [{ row, col, value: v, type: "string" as const }]))) }],
});

test("codes as printed: dots, spaces, placeholders; numbers are not codes", () => {
  expect(splitCode("1.01.02.1.01.0001 Pembangunan USB (Unit Sekolah Baru)")).toEqual({ code: "1.01.02.1.01.0001", name: "Pembangunan USB (Unit Sekolah Baru)" });
  expect(splitCode("X.XX.01 PROGRAM PENUNJANG")?.code).toBe("X.XX.01");
  expect(canonicalCode("1 02 02 2 01 0001")).toBe("1.02.02.2.01.0001");
  expect(splitCode("1.500 orang")).toBeUndefined();
  expect(splitCode("2.000.000")).toBeUndefined();
});

test("a code in one cell and its name in the next", () => {
  const nom = nomenclatureFromWorkbook(sheet([["KODE", "NAMA"], ["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"], ["4.01.02.2.01", "Fasilitasi Kerja Sama Daerah"]]));
  expect(nom.size).toBe(2);
  expect(nom.entries["4.01.02.2.01"]).toEqual({ level: "kegiatan", names: ["Fasilitasi Kerja Sama Daerah"] });
});

const real = fs.existsSync(REAL) ? test : test.skip;
if (!fs.existsSync(REAL)) console.log(`Nomenclature tests on the real list skipped: ${REAL} is absent (a clone outside this workplace).`);

real("the national list: placeholders and PROV/KABKOT repeats are valid, and the list checks clean against itself", async () => {
  const wb = await readXlsx(new Uint8Array(fs.readFileSync(REAL)), { name: path.basename(REAL) });
  const nom = nomenclatureFromWorkbook(wb, "kepmendagri.xlsx");
  expect(nom.size).toBeGreaterThan(7000);
  // The program penunjang of every urusan: one placeholder, valid for any urusan and bidang.
  expect(officialEntry(nom, "X.XX.01")?.entry.level).toBe("program");
  expect(officialEntry(nom, "1.02.01")?.code).toBe("X.XX.01");
  const penunjang = officialEntry(nom, "1.02.01")!.entry;
  expect(nameMatches(penunjang, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")).toBe(true);
  const settings = resolveSettings({ nomenclature: nom });
  const ctx = { workbook: wb, recognized: { tables: [], pkHeaders: [] }, settings };
  expect(printedCodes(wb).length).toBeGreaterThan(21000);
  expect(codeUnknown.checkWorkbook!(ctx as any)).toEqual([]);
  expect(nameMismatch.checkWorkbook!(ctx as any)).toEqual([]);
}, 60000);
