// Runs the real sakip-validate CLI (bin/sakip-validate.js -> build/cli) as a child process on real .xlsx files.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "sakip-validate.js");
const BUILT = path.join(ROOT, "build", "cli", "cli", "main.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;

async function write(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** A measurement table (Tabel 3.14 style); capaian as given. */
function measurement(sheetName: string, indicator: string, capaian: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "PERSENTASE CAPAIAN"]);
  ws.addRow(["1.", "Meningkatnya kualitas manajemen ASN Pemerintah Daerah", indicator, 260, 278, capaian]);
  ws.addRow(["", "", "Nilai IKM", 82.75, 82.79, 1.0005]);
  ws.getCell("F2").numFmt = "0.00%";
  ws.getCell("F3").numFmt = "0.00%";
  ws.getCell("D3").numFmt = "0.00";
  ws.getCell("E3").numFmt = "0.00";
  return wb;
}

let clean: string;
let bad: string;
let hostile: string;

beforeAll(async () => {
  if (!fs.existsSync(BUILT)) {
    // `npm test` builds first; a lone `npx jest test/cli` builds the CLI here.
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "src", "cli", "tsconfig.json")], { cwd: ROOT, stdio: "pipe" });
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cli-"));
  clean = await write(measurement("Pengukuran", "Indeks Sistem Merit", 1.0692), "bersih.xlsx");
  bad = await write(measurement("Pengukuran", "Indeks Sistem Merit", 1.0), "salah.xlsx");
  hostile = await write(measurement("Uji <b> & x", "<script>alert(1)</script> & \"kutip\"", 1.5), "nakal.xlsx");
}, 120000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("sakip-validate CLI", () => {
  it("prints Indonesian usage with --help and exits 0", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Pemakaian: sakip-validate/);
    expect(r.stdout).toMatch(/Kode keluar/);
  });

  it("exits 0 with an Indonesian 'no finding' report when the tables hold", () => {
    const r = cli([clean]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Berkas: ${clean}`);
    expect(r.stdout).toContain("Lembar kerja: 1");
    expect(r.stdout).toContain("Tidak ada temuan");
  });

  it("exits 1 and reports the wrong capaian in Indonesian, grouped by sheet", () => {
    const r = cli([bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 temuan: 1 galat/);
    expect(r.stdout).toContain('Lembar "Pengukuran" (1 temuan)');
    expect(r.stdout).toMatch(/\[Galat\] F2 \(SAKIP-CAPAIAN-001\)/);
    expect(r.stdout).toMatch(/seharusnya: 106,92%; tertulis: 100,00%/);
  });

  it("reports in English with --lang en (text), keeping the exit code", () => {
    const r = cli([bad, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 finding: 1 error, 0 warnings/);
    expect(r.stdout).toMatch(/\[Error\] F2 \(SAKIP-CAPAIAN-001\)/);
    expect(r.stdout).toContain("expected: 106.92%; found: 100.00%");
  });

  it("prints one JSON document with the contract's fields", () => {
    const r = cli([bad, "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).sort()).toEqual(["coverage", "file", "findings", "sheets"]);
    expect(doc.file).toBe(bad);
    expect(doc.sheets).toBe(1);
    expect(doc.findings).toHaveLength(1);
    const f = doc.findings[0];
    expect(Object.keys(f).sort()).toEqual(
      ["actual", "cell", "difference", "expected", "fingerprint", "message", "related", "rule", "severity", "sheet", "suggestion"].sort(),
    );
    expect(f).toMatchObject({ rule: "SAKIP-CAPAIAN-001", severity: "error", sheet: "Pengukuran", cell: "F2", expected: "106,92%", actual: "100,00%" });
    expect(f.related).toEqual(expect.arrayContaining([{ sheet: "Pengukuran", cell: "D2" }, { sheet: "Pengukuran", cell: "E2" }]));
    expect(typeof f.difference).toBe("number");
    expect(f.difference).toBeCloseTo(0.0692, 3);
    expect(typeof f.fingerprint).toBe("string");
    expect(f.message).toMatch(/Capaian/);
  });

  it("prints an array for several files and exits with the worst code", () => {
    const r = cli(["--format=json", clean, bad]);
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.stdout);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { file: string }) => d.file)).toEqual([clean, bad]);
    expect(docs[0].findings).toEqual([]);
  });

  it("validates every .xlsx of a folder (recursively), skipping other files and Excel lock files", async () => {
    const folder = path.join(dir, "folder");
    fs.mkdirSync(path.join(folder, "sub"), { recursive: true });
    fs.copyFileSync(clean, path.join(folder, "a.xlsx"));
    fs.copyFileSync(bad, path.join(folder, "sub", "b.xlsx"));
    fs.writeFileSync(path.join(folder, "catatan.txt"), "bukan buku kerja");
    fs.writeFileSync(path.join(folder, "~$a.xlsx"), "kunci Excel");
    const r = cli([folder, "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { file: string }) => path.relative(folder, d.file))).toEqual(["a.xlsx", path.join("sub", "b.xlsx")]);
  });

  it("prints an array for a folder even when it holds one workbook", () => {
    const folder = path.join(dir, "satu");
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(clean, path.join(folder, "a.xlsx"));
    const r = cli([folder, "--format", "json"]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs).toHaveLength(1);
    expect(docs[0].file).toBe(path.join(folder, "a.xlsx"));
  });

  it("writes a self-contained HTML page with everything escaped", () => {
    const out = path.join(dir, "laporan", "nakal.html");
    const r = cli([hostile, "--format", "html", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Laporan disimpan");
    const html = fs.readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("Uji <b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Lembar: Uji &lt;b&gt; &amp; x");
    expect(html).not.toMatch(/<script|<link|src=|href=/i); // self-contained: no scripts or external resources
    expect(html).toContain("SAKIP-CAPAIAN-001");
  });

  it("validates the bundled sample when no file is given", () => {
    const r = cli(["--format", "json"]);
    expect([0, 1]).toContain(r.code);
    const doc = JSON.parse(r.stdout);
    expect(doc.file).toMatch(/lkjip-bkpsdm-lamongan-2022\.xlsx$/);
    expect(doc.sheets).toBe(29);
    expect(r.code).toBe(doc.findings.some((f: { severity: string }) => f.severity === "error") ? 1 : 0);
  });

  describe("unreadable input: exit 2, Indonesian message on stderr, no stack trace", () => {
    const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|Error:|node:internal/);

    it("a file that is not a zip", () => {
      const f = path.join(dir, "bukan.xlsx");
      fs.writeFileSync(f, "NO;SASARAN;TARGET\n1;Meningkatnya;260\n");
      const r = cli([f]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^Galat: Berkas ".*bukan\.xlsx" bukan buku kerja \.xlsx/);
      noStack(r.stderr);
    });

    it("a truncated workbook", () => {
      const f = path.join(dir, "terpotong.xlsx");
      const bytes = fs.readFileSync(bad);
      fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const r = cli([f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/tidak dapat dibaca sebagai buku kerja \.xlsx \(rusak atau terpotong\)/);
      noStack(r.stderr);
    });

    it("a missing file, while the readable ones are still reported", () => {
      const r = cli([path.join(dir, "tidak-ada.xlsx"), clean]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Galat: Berkas atau folder ".*tidak-ada\.xlsx" tidak ditemukan\./);
      expect(r.stdout).toContain("Tidak ada temuan");
      noStack(r.stderr);
    });

    it("an unknown option", () => {
      const r = cli(["--bentuk", "json"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Opsi "--bentuk" tidak dikenal/);
    });
  });

  it("says in one Indonesian line, with exit 2 and no stack, that the report was cut when its reader closes early (| head)", () => {
    const folder = path.join(dir, "banyak");
    fs.mkdirSync(folder, { recursive: true });
    const sample = path.join(ROOT, "assets", "samples", "lkjip-bkpsdm-lamongan-2022.xlsx");
    for (let i = 1; i <= 4; i++) fs.copyFileSync(sample, path.join(folder, `contoh-${i}.xlsx`));
    const q = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;
    // `; echo $? >&3`-style capture of the CLI's own status through PIPESTATUS is bash-only: use a subshell file.
    const status = path.join(dir, "pipe-status");
    const r = spawnSync("sh", ["-c", `(${q(process.execPath)} ${q(BIN)} ${q(folder)} --format json; echo $? > ${q(status)}) | head -c 100 >/dev/null`], { encoding: "utf8", timeout: 120000 });
    expect(r.status).toBe(0); // the status of `head`
    expect(fs.readFileSync(status, "utf8").trim()).toBe("2");
    expect(r.stderr.trim()).toBe("Galat: laporan tidak dapat ditulis ke keluaran standar (pembaca keluaran sudah menutup pipa); laporan tidak lengkap.");
  }, 120000);

  it("never lets --out overwrite an input workbook", () => {
    const before = fs.readFileSync(bad);
    const spelled = path.join(path.dirname(bad), ".", "..", path.basename(path.dirname(bad)), path.basename(bad));
    for (const args of [[bad, "--out", bad], [bad, "--format", "html", "--out", spelled], [path.dirname(bad), "--out", bad]]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out menunjuk ke buku kerja masukan/);
      expect(fs.readFileSync(bad).equals(before)).toBe(true);
    }
  });

  it("keeps terminal control characters from the workbook out of the text report", async () => {
    const wb = measurement("Kendali", "Indeks \u001b[31mSistem\u0007 Merit\rX", 1.0);
    const f = await write(wb, "kendali/kendali.xlsx");
    const r = cli([f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Sistem");
    expect([...(r.stdout + r.stderr)].filter((ch) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(ch))).toEqual([]);
  });

  if (process.platform !== "win32") {
    it("refuses a device as input at once (/dev/zero)", () => {
      const r = cli(["/dev/zero"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bukan berkas biasa/);
    });
  }

  it("runs through npm as `npm run --silent validate -- FILE --format json`, reading relative paths from the user's directory", () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    // npm runs the script in the package root; the file is named relative to where the user typed the command.
    const r = spawnSync(npm, ["--prefix", ROOT, "run", "--silent", "validate", "--", "salah.xlsx", "--format", "json", "--out", "hasil/salah.json"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60000,
    });
    expect(r.stderr).toContain("Laporan disimpan di hasil/salah.json");
    expect(r.status).toBe(1);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, "hasil", "salah.json"), "utf8"));
    expect(doc.file).toBe("salah.xlsx");
    expect(doc.findings[0].rule).toBe("SAKIP-CAPAIAN-001");
  });
});
