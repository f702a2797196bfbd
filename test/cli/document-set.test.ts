// The CLI's document-set modes on real .xlsx files, through the built bin: --gabung (a set of files as one
// document), --bandingkan (two versions), --nomenklatur (the official list, where this workplace has it).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { documentSet, versions, nomenclature } from "../cases/_relations/builders";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "sakip-validate.js");
const BUILT = path.join(ROOT, "build", "cli", "cli", "documentSet.js");
const NOMEN = path.resolve(ROOT, "../shared/real-workbooks/kepmendagri_master-sub-kegiatan-indikator.xlsx");
const CASCADE = path.resolve(ROOT, "../shared/real-workbooks/jabar_biro-produksi_cascading-pk-2017.xls");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(async () => {
  if (!fs.existsSync(BUILT)) execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "src", "cli", "tsconfig.json")], { cwd: ROOT, stdio: "pipe" });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-set-"));
  const set = documentSet(ExcelJS, "fires");
  fs.mkdirSync(path.join(dir, "opd"));
  for (const [name, wb] of Object.entries(set.files)) await (wb as ExcelJS.Workbook).xlsx.writeFile(path.join(dir, "opd", name));
  await versions(ExcelJS, "fires").xlsx.writeFile(path.join(dir, "pk.xlsx"));
  await nomenclature(ExcelJS, "fires").xlsx.writeFile(path.join(dir, "renja.xlsx"));
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--gabung validates a folder as one document set: one report, sheets named file › sheet, conflicts across files", () => {
  const alone = cli(["opd", "--format", "json"], dir);
  const perFile = JSON.parse(alone.stdout);
  expect(Array.isArray(perFile)).toBe(true);
  expect(perFile.flatMap((r: any) => r.findings).filter((f: any) => f.rule === "SAKIP-CONFLICT-001")).toEqual([]);

  const r = cli(["opd", "--gabung", "--format", "json"], dir);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(Array.isArray(doc)).toBe(false);
  expect(doc.file).toMatch(/^gabungan 3 berkas/);
  expect(doc.sheets).toBe(3);
  const conflict = doc.findings.find((f: any) => f.rule === "SAKIP-CONFLICT-001");
  expect(conflict).toMatchObject({ sheet: "Renja 2025 › Rekap Anggaran", cell: "C2", expected: "Rp 5.367.060.000" });
  expect(doc.findings.find((f: any) => f.rule === "SAKIP-NIP-004")).toMatchObject({ sheet: "PK Sekretaris › PK", actual: "BUDI SANTOSA, S.E." });

  const text = cli(["opd", "--gabung"], dir).stdout;
  expect(text).toContain('Lembar "Renja 2025 › Rekap Anggaran"');
});

test("--bandingkan lists what changed between two versions on two sheets", () => {
  const r = cli(["--bandingkan", "pk.xlsx#PK awal", "pk.xlsx#PK perubahan", "--format", "json"], dir);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  const rules = doc.findings.map((f: any) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
  expect(rules).toEqual([
    "SAKIP-VERSI-001 PK perubahan!C8", "SAKIP-VERSI-001 PK perubahan!D2", "SAKIP-VERSI-001 PK perubahan!D8",
    "SAKIP-VERSI-002 PK perubahan!C5", "SAKIP-VERSI-003 PK awal!C5", "SAKIP-VERSI-004 PK perubahan!C3",
  ]);
  expect(doc.findings.find((f: any) => f.cell === "D2").message).toBe('"Persentase dokumen perencanaan yang tepat waktu": TARGET berubah dari "90" (PK awal) menjadi "95" (PK perubahan).');
  const bad = cli(["--bandingkan", "pk.xlsx#PK awal", "pk.xlsx#PK final"], dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('Lembar "PK final" tidak ada');
});

const realCascade = fs.existsSync(CASCADE) ? test : test.skip;
realCascade("--bandingkan on the real cascading PK 2017 (.xls, two versions on two sheets)", () => {
  const r = cli(["--bandingkan", CASCADE, CASCADE, "--format", "json"], dir);
  expect(r.code).toBe(2); // one file needs sheet names
  expect(r.stderr).toContain("memerlukan nama lembar");
  // The two versions on their two sheets: a cascade drawn as boxes, compared box by box.
  const v = cli(["--bandingkan", `${CASCADE}#Sheet1`, `${CASCADE}#cascad 2017`, "--format", "json"], dir);
  expect(v.stderr).toBe("");
  expect(v.code).toBe(0);
  const found = JSON.parse(v.stdout).findings as Array<{ rule: string; sheet: string; cell: string; expected: string | null; actual: string | null }>;
  const at = (rule: string, cell: string) => found.find((f) => f.rule === rule && f.cell === cell && /cascad 2017$/.test(f.sheet));
  // Sasaran renumbered, an output reworded, a Sub Bagian renamed (the same words in another order).
  expect(at("SAKIP-VERSI-004", "M5")).toMatchObject({ expected: "Sasaran 7", actual: "Sasaran 4" });
  expect(at("SAKIP-VERSI-004", "N10")).toMatchObject({ expected: "Terselenggaranya ketatausahaan biro", actual: "Terselenggaranya perencanaan dan ketatausahaan biro" });
  expect(at("SAKIP-VERSI-004", "E28")).toMatchObject({ expected: "SUB BAGIAN PERIKANAN DAN KELAUTAN", actual: "SUB BAGIAN KELAUTAN DAN PERIKANAN" });
  // The new indicator of the rastra programme is added; the old Sub Bagian Tata Usaha is gone.
  expect(found.some((f) => f.rule === "SAKIP-VERSI-002" && f.actual === "Prosentase penyaluran Rastra")).toBe(true);
  expect(found.some((f) => f.rule === "SAKIP-VERSI-003" && f.expected === "SUB BAGIAN TATA USAHA")).toBe(true);
  // The boxes' captions are not content: never listed as added, removed or reworded.
  expect(found.filter((f) => /^\s*(?:Sasaran|Indikator)\s*:/i.test(`${f.expected ?? ""}${f.actual ?? ""}`))).toEqual([]);
  expect(found.every((f) => f.rule.startsWith("SAKIP-VERSI-"))).toBe(true);
}, 120000);

const realNomen = fs.existsSync(NOMEN) ? test : test.skip;
if (!fs.existsSync(NOMEN)) console.log(`--nomenklatur test skipped: ${NOMEN} is absent.`);
realNomen("--nomenklatur checks every code against the national list", () => {
  const r = cli(["renja.xlsx", "--nomenklatur", NOMEN, "--format", "json"], dir);
  expect(r.stderr).toBe("");
  const doc = JSON.parse(r.stdout);
  const nomen = doc.findings.filter((f: any) => f.rule.startsWith("SAKIP-NOMEN")).map((f: any) => `${f.rule} ${f.cell}`);
  expect(nomen).toEqual(["SAKIP-NOMEN-002 B4", "SAKIP-NOMEN-001 A5"]);
  const none = cli(["renja.xlsx", "--nomenklatur", path.join(dir, "pk.xlsx")], dir);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("tidak memuat kode");
}, 120000);
