// The real public workbooks in ../shared/real-workbooks/ (never copied into the project): each is read, gets the
// coverage its README implies (what is recognised, what is not and why), draws no false error or warning, and the
// defects its README names are found where they belong to an existing rule.
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read";
import { readWorkbook } from "../../src/xlsx/open";
import { validateWorkbook, type ValidationResult } from "../../src/core/validate";

const DIR = path.resolve(__dirname, "..", "..", "..", "shared", "real-workbooks");
const present = fs.existsSync(DIR);
if (!present) {
  // eslint-disable-next-line no-console
  console.warn(`real workbooks not found at ${DIR}: these tests are skipped`);
}
const maybe = present ? describe : describe.skip;

const results = new Map<string, ValidationResult>();
async function run(file: string): Promise<ValidationResult> {
  if (!results.has(file)) {
    const wb = await readXlsx(fs.readFileSync(path.join(DIR, file)), { name: file });
    results.set(file, validateWorkbook(wb));
  }
  return results.get(file)!;
}

/** Per sheet: status and "kind@range" of each table. */
async function summary(file: string): Promise<Record<string, string>> {
  const r = await run(file);
  const out: Record<string, string> = {};
  for (const s of r.coverage.sheets) out[s.sheet] = [s.status, ...s.tables.map((t) => `${t.kind}@${t.range}`)].join(" ");
  return out;
}

const alarms = (r: ValidationResult) => r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

maybe("real workbooks (../shared/real-workbooks)", () => {
  jest.setTimeout(60000);

  it("Pohon Kinerja 2016: a tree, not a table; the four amounts typed as text are found", async () => {
    const r = await run("jabar_biro-perekonomian_pohon-kinerja-2016.xlsx");
    expect(await summary("jabar_biro-perekonomian_pohon-kinerja-2016.xlsx")).toEqual({ Sheet1: "unchecked" });
    expect(r.coverage.sheets[0].uncovered.map((u) => u.range)).toEqual(["E48:Q48"]);
    expect(alarms(r)).toEqual(["SAKIP-NUM-003 Sheet1!E48"]);
    const f = r.findings[0];
    expect(f.related.map((x) => x.cell)).toEqual(["J48", "N48", "Q48"]);
    expect(f.actual).toBe("200.000.000");
  });

  it("cascade IKI (boxes): read, no alarm, the targets inside the boxes' text are reported as not checked", async () => {
    const r = await run("jabar_biro-organisasi_cascade-iki-pk-perubahan.xlsx");
    expect(alarms(r)).toEqual([]);
    const s = r.coverage.sheets[0];
    expect(s.status).toBe("unchecked");
    expect(s.tables).toEqual([]);
    expect(s.uncovered.length).toBeGreaterThan(3);
    expect(s.uncovered.reduce((n, u) => n + u.figureCount, 0)).toBeGreaterThan(100);
  });

  it("KKE SAKIP draft: formula-driven evaluation worksheet, no alarm; its sheets are named as not checked, with the reason", async () => {
    const r = await run("trenggalek_draft-kke-sakip.xlsx");
    expect(alarms(r)).toEqual([]);
    expect(await summary("trenggalek_draft-kke-sakip.xlsx")).toEqual({ RESUME: "unchecked", PENILAIAN: "unchecked", "BUKTI DUKUNG": "unchecked" });
    const bukti = r.coverage.sheets[2].uncovered[0];
    expect(bukti.reason.id).toContain('judul kolom tidak dipahami: "BOBOT"');
  });

  it("e-Monev indicator import: an indicator table with ordinal targets (WTP, Level), no alarm", async () => {
    const r = await run("emonev_template-impor-sasaran-indikator.xlsx");
    expect(alarms(r)).toEqual([]);
    expect(await summary("emonev_template-impor-sasaran-indikator.xlsx")).toEqual({ Sheet1: "checked indicator@A1:D4" });
    expect(r.coverage.sheets[0].tables[0].columns.map((c) => c.role)).toEqual(["no", "indikator", "target", "satuan"]);
  });

  it("e-Monev sub kegiatan import: header only, recognised as an empty list, nothing to check", async () => {
    const r = await run("emonev_template-impor-sub-kegiatan.xlsx");
    expect(r.findings).toEqual([]);
    expect(await summary("emonev_template-impor-sub-kegiatan.xlsx")).toEqual({ Sheet1: "checked list@A1:G1" });
    expect(r.coverage.sheets[0].tables[0].rowCount).toBe(0);
    expect(r.coverage.sheets[0].tables[0].columns.map((c) => c.role)).toEqual(["no", "kode", "kode", "kode", "kode", "subkegiatan", "other"]);
  });

  it("BPS quarterly capaian import: realisasi 0 beside narrative text, no alarm; the sheet is named as not understood", async () => {
    const r = await run("bps-tapin_template-import-capaian-kinerja-tw.xlsx");
    expect(alarms(r)).toEqual([]);
    const s = r.coverage.sheets[0];
    expect(s.status).toBe("unchecked");
    expect(s.uncovered.map((u) => u.range)).toEqual(["B2:B18"]);
    expect(s.uncovered[0].reason.id).toContain('"Realisasi TW"');
  });

  it("Kepmendagri nomenclature: one large list, levels from its codes; placeholder codes and PROV/KABKOT repeats are no error", async () => {
    const r = await run("kepmendagri_master-sub-kegiatan-indikator.xlsx");
    expect(alarms(r)).toEqual([]);
    const t = r.coverage.sheets[0].tables;
    expect(t.map((x) => `${x.kind}@${x.range} ${x.hierarchySource} ${x.rowCount}`)).toEqual(["list@A1:N7766 code 7765"]);
  });

  it("SIPD bantuan keuangan import: code lists understood, the allocation sheets named as not checked, no alarm", async () => {
    const r = await run("sipd-ri_import-bankeu-rincian.xlsx");
    expect(alarms(r)).toEqual([]);
    expect(await summary("sipd-ri_import-bankeu-rincian.xlsx")).toEqual({
      "KK_Simulasi (2)": "unchecked",
      data: "unchecked",
      Keterangan: "empty",
      "Kode Provinsi": "checked list@A2:B36",
      "Kode Kab Kota": "checked list@A2:C447",
      "Kode Kecamatan": "checked list@A2:D5904",
      "Kode Desa": "checked list@A2:F208",
    });
  });

  it("cascading PK 2017 (.xls): the fills of its header cells are read (SheetJS gives an .xls cell's fill, not its font or indent)", async () => {
    const wb = await readWorkbook(fs.readFileSync(path.join(DIR, "jabar_biro-produksi_cascading-pk-2017.xls")), { name: "cascade.xls" });
    const first = wb.sheets[0].cells;
    const filled = first.filter((c) => c.fill);
    expect(filled.length).toBeGreaterThan(0);
    expect(first.find((c) => c.row === 4 && c.col === 0)?.fill).toBe("#808080");
    expect(filled.every((c) => c.type === "string")).toBe(true);
    expect(first.some((c) => c.bold || c.indent)).toBe(false);
  });
});
