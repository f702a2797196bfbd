// The committed sample workbook is what scripts/build-sample.ts builds from the seed (no hand edits, no stale copy),
// and it keeps the seed's quirks the validator is meant to find.
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { buildSampleWorkbook, SAMPLE_FILE, typeCell } from "../../scripts/build-sample";
import { readXlsx, a1 } from "../../src/xlsx/read";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";

const ROOT = path.resolve(__dirname, "..", "..");

function cellMap(wb: WorkbookSnapshot, sheet: string): Map<string, unknown> {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  return new Map(s.cells.map((c) => [a1(c.row, c.col), c.value]));
}

describe("bundled sample workbook", () => {
  let committed: WorkbookSnapshot;
  let rebuilt: WorkbookSnapshot;

  beforeAll(async () => {
    committed = await readXlsx(fs.readFileSync(path.join(ROOT, SAMPLE_FILE)), { name: "committed" });
    const wb = buildSampleWorkbook(ExcelJS);
    rebuilt = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), { name: "rebuilt" });
  });

  it("is up to date with scripts/build-sample.ts (run `npm run build:sample` after changing it)", () => {
    expect(committed.sheets.map((s) => s.name)).toEqual(rebuilt.sheets.map((s) => s.name));
    for (let i = 0; i < committed.sheets.length; i++) {
      expect({ sheet: committed.sheets[i].name, cells: committed.sheets[i].cells, merges: committed.sheets[i].merges }).toEqual({
        sheet: rebuilt.sheets[i].name,
        cells: rebuilt.sheets[i].cells,
        merges: rebuilt.sheets[i].merges,
      });
    }
  });

  it("has one PK sheet per official of the appendix, each with its PK header", () => {
    const pks = committed.sheets.filter((s) => s.name.startsWith("PK "));
    expect(pks).toHaveLength(19);
    for (const s of pks) {
      const texts = s.cells.map((c) => String(c.value));
      expect(texts).toEqual(expect.arrayContaining(["PIHAK PERTAMA", "PIHAK KEDUA", "Nama", "Jabatan"]));
      expect(texts.some((t) => /^(NO\.?)$/.test(t))).toBe(true);
      expect(texts.some((t) => /ANGG?ARAN/i.test(t))).toBe(true);
    }
  });

  it("keeps the seed's values as written, errors included", () => {
    const subkor = cellMap(committed, "PK Subkor Pengadaan");
    expect(subkor.get("C30")).toBe("Rp 750.000,00,00");
    expect(subkor.get("D23")).toBe("300 SPK");
    const sekretaris = cellMap(committed, "PK Sekretaris");
    expect(sekretaris.get("C30")).toBe("Rp 197,951,250.00");
    expect(sekretaris.get("C36")).toBe("Rp 6.241.465.000,00");
    const mutasi = cellMap(committed, "PK Kabid Mutasi");
    expect(mutasi.get("C13")).toBe("06610191987031008");
    expect(mutasi.get("C24")).toBe("Rp 577.255.000.00");
    const pejabat = cellMap(committed, "Capaian Pejabat");
    expect(pejabat.get("F7")).toBe(0.9025);
    expect(pejabat.get("H10")).toBe(197951250);
    const skm = cellMap(committed, "SKM");
    expect(skm.get("C13")).toBe(10878);
    expect(skm.get("D12")).toBe(3.7);
    expect(cellMap(committed, "Pengukuran Kinerja").get("C18")).toBe("NIP. 1996610191987031008");
  });

  it("types cells as an Indonesian Excel holds the seed's text", () => {
    expect(typeCell("260")).toEqual({ value: 260 });
    expect(typeCell("21,44")).toEqual({ value: 21.44, numFmt: "0.00" });
    expect(typeCell("106,92%")).toEqual({ value: 1.0692, numFmt: "0.00%" });
    expect(typeCell("85%")).toEqual({ value: 0.85, numFmt: "0%" });
    expect(typeCell("4.850.842.200")).toEqual({ value: 4850842200, numFmt: "#,##0" });
    expect(typeCell("6.086.801.563,36")).toEqual({ value: 6086801563.36, numFmt: "#,##0.00" });
    expect(typeCell("Rp 26.000.000,00")).toEqual({ value: "Rp 26.000.000,00" });
    expect(typeCell("89.50")).toEqual({ value: "89.50" });
    expect(typeCell("1 Dokumen")).toEqual({ value: "1 Dokumen" });
    expect(typeCell("N/A")).toEqual({ value: "N/A" });
  });
});
