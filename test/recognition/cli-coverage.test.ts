// The built CLI says what it checked: a sheet with figures that no table claimed is named as not checked, in the
// text, HTML and JSON reports, and the text never claims that everything is consistent when it was not checked.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "sakip-validate.js");
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
let mixed: string;
let none: string;
let clean: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "build", "cli", "cli", "main.js"))) throw new Error("build/cli missing: run npm run build:cli");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-coverage-"));
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet("PK Sekretaris");
  pk.addRow(["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"]);
  pk.addRow([1, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", 80, "nilai"]);
  pk.addRow([2, "Meningkatnya kualitas perencanaan", "Persentase dokumen tepat waktu", 100, "%"]);
  const odd = wb.addWorksheet("Rekap Lain");
  odd.addRow(["Uraian belanja pegawai per bulan", "Januari", "Februari"]);
  odd.addRow(["Gaji", 1500000, 1500000]);
  odd.addRow(["Tunjangan", 500000, 750000]);
  wb.addWorksheet("Sampul").addRow(["RENCANA KERJA 2025"]);
  mixed = path.join(dir, "campuran.xlsx");
  await wb.xlsx.writeFile(mixed);

  const wb2 = new ExcelJS.Workbook();
  const s = wb2.addWorksheet("Catatan");
  s.addRow(["Catatan kas", "Masuk", "Keluar"]);
  s.addRow(["Senin", 100, 20]);
  none = path.join(dir, "tanpa-tabel.xlsx");
  await wb2.xlsx.writeFile(none);

  const wb3 = new ExcelJS.Workbook();
  const t = wb3.addWorksheet("PK");
  t.addRow(["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"]);
  t.addRow([1, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", 80, "nilai"]);
  clean = path.join(dir, "bersih.xlsx");
  await wb3.xlsx.writeFile(clean);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A recap with headers no recognition understands and a wrong JUMLAH; with the planner's mapping stored as the
 *  pane stores document settings (the web extension part's properties), or without it. */
async function recap(withMapping: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rekap Kontrak");
  ws.addRow(["#", "Rincian Pekerjaan", "Nilai Kontrak", "Penyedia"]);
  ws.addRow([1, "Belanja jasa konsultansi perencanaan gedung", 145000000, "CV Karya Mandiri"]);
  ws.addRow([2, "Belanja modal pengadaan komputer", 88400000, "PT Sinar Data"]);
  ws.addRow(["", "JUMLAH", 234400000]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const file = path.join(dir, withMapping ? "rekap-dipetakan.xlsx" : "rekap.xlsx");
  if (!withMapping) { fs.writeFileSync(file, bytes); return file; }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const JSZip = require("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const settings = { validation: { mappings: [{ sheet: "Rekap Kontrak", headerRow: 1, kind: "budget", columns: { A: "no", B: "uraian", C: "anggaran", D: "ket" } }] }, autoValidate: false };
  const value = JSON.stringify(settings).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  zip.file("xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5F1A2B3C-0000-4000-8000-000000000001}">` +
    `<we:reference id="sakip-tools" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties><we:property name="sakip.settings" value="${value}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

describe("coverage in the CLI reports", () => {
  it("text: names the sheet that could not be checked and does not claim every table is consistent", () => {
    const r = cli([mixed]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("semua tabel yang dikenali konsisten");
    expect(r.stdout).toContain('Tidak ada temuan pada 1 tabel yang dikenali; 1 lembar tidak dapat diperiksa: "Rekap Lain".');
    expect(r.stdout).toContain("Cakupan pemeriksaan:");
    expect(r.stdout).toMatch(/Lembar "PK Sekretaris": diperiksa\n\s+- indikator kinerja A1:E3 \(2 baris; kolom: no, sasaran, indikator, target, satuan\)/);
    expect(r.stdout).toMatch(/Lembar "Rekap Lain": tidak dapat diperiksa\n\s+! tidak diperiksa B2:C3 \(4 angka\): judul kolom tidak dipahami: "Uraian belanja pegawai per bulan", "Januari", "Februari"/);
    expect(r.stdout).toContain('Lembar "Sampul": tidak ada angka untuk diperiksa');
  });

  it("text in English too", () => {
    const r = cli([mixed, "--lang", "en"]);
    expect(r.stdout).not.toContain("every recognised table is consistent");
    expect(r.stdout).toContain('No findings in the 1 recognised table; 1 sheet could not be checked: "Rekap Lain".');
    expect(r.stdout).toContain("What was checked:");
  });

  it("text: a workbook with no table recognised says nothing was checked", () => {
    const r = cli([none]);
    expect(r.stdout).toContain('Tidak ada temuan, tetapi tidak ada tabel yang dikenali: tidak ada yang diperiksa (1 lembar tidak dapat diperiksa: "Catatan").');
  });

  it("text: a workbook whose every sheet with figures was checked keeps the plain sentence", () => {
    const r = cli([clean]);
    expect(r.stdout).toContain("Tidak ada temuan: semua tabel yang dikenali konsisten.");
    expect(r.stdout).toMatch(/Lembar "PK": diperiksa/);
  });

  it("HTML: a coverage table with the unchecked sheet marked", () => {
    const r = cli([mixed, "--format", "html"]);
    expect(r.stdout).toContain("<h3>Cakupan pemeriksaan</h3>");
    expect(r.stdout).toMatch(/<tr class="unchecked" data-status="unchecked"><td>Rekap Lain<\/td><td>tidak dapat diperiksa<\/td>/);
    expect(r.stdout).not.toContain('<p class="ok">Tidak ada temuan.</p>');
    expect(r.stdout).toContain("1 lembar tidak dapat diperiksa");
  });

  it("JSON: coverage beside findings, per sheet its tables (kind, range, columns) and the blocks not checked", () => {
    const r = cli([mixed, "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["file", "sheets", "findings", "coverage"]);
    const [pk, rekap, sampul] = doc.coverage.sheets;
    expect(pk).toMatchObject({ sheet: "PK Sekretaris", status: "checked", uncovered: [] });
    expect(pk.tables[0]).toMatchObject({ kind: "indicator", range: "A1:E3", rowCount: 2, hierarchySource: "none" });
    expect(pk.tables[0].columns.map((c: { role: string }) => c.role)).toEqual(["no", "sasaran", "indikator", "target", "satuan"]);
    expect(rekap).toMatchObject({ sheet: "Rekap Lain", status: "unchecked", tables: [] });
    expect(rekap.uncovered).toEqual([{ sheet: "Rekap Lain", range: "B2:C3", figureCount: 4, reason: expect.objectContaining({ id: expect.stringContaining("judul kolom tidak dipahami") }) }]);
    expect(sampul.status).toBe("empty");
  });

  it("reads the planner's table mapping from the file's document settings and checks the mapped table", async () => {
    const plain = cli([await recap(false), "--format", "json"]);
    expect(JSON.parse(plain.stdout).coverage.sheets[0].status).toBe("unchecked");
    const r = cli([await recap(true), "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.coverage.sheets[0]).toMatchObject({ sheet: "Rekap Kontrak", status: "checked", tables: [{ kind: "budget", range: "A1:D4", mapped: true }] });
    expect(doc.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(["SAKIP-TOTAL-001 C4"]);
    const text = cli([await recap(true)]);
    expect(text.stdout).toContain("dipetakan pengguna");
  });
});
