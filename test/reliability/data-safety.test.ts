// Data safety of the real CLI: the report never replaces an input (hard links included), never blocks on a FIFO,
// an output that cannot be written is exit 2 in Indonesian, a folder that cannot be read does not stop the run,
// and names that look like options or files behind links are handled as a user expects.
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCorpus } from "../corpus/build";
import { CLI, CRASH, INDONESIAN, runCli, STACK_TRACE } from "./helpers";

const HEAP_MB = 512;
const TIMEOUT_MS = 30_000;
const posix = process.platform !== "win32";

let dir: string;
let book: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-safety-"));
  const corpus = path.join(dir, "corpus");
  await buildCorpus(corpus);
  book = path.join(dir, "data.xlsx");
  fs.copyFileSync(path.join(corpus, "hidden-sheets.xlsx"), book);
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const clean = (s: string) => !STACK_TRACE.test(s) && !CRASH.test(s) && !/\b(EACCES|ENOSPC|EPIPE|scandir|errno)\b/.test(s);

test("--out that is a hard link to the input workbook: refused, the workbook unchanged", async () => {
  const link = path.join(dir, "laporan.txt");
  fs.linkSync(book, link);
  const before = fs.readFileSync(book);
  const r = await runCli([book, "--out", link], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/tertimpa/);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
  fs.unlinkSync(link);
}, 60_000);

test("--out to another file that shares nothing: written by rename, a hard link elsewhere keeps its content", async () => {
  const other = path.join(dir, "lama.txt");
  const alias = path.join(dir, "lama-alias.txt");
  fs.writeFileSync(other, "isi lama\n");
  fs.linkSync(other, alias);
  const r = await runCli([book, "--out", other], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect([0, 1]).toContain(r.code);
  expect(fs.readFileSync(other, "utf8")).toMatch(/Berkas:/);
  expect(fs.readFileSync(alias, "utf8")).toBe("isi lama\n");
}, 60_000);

(posix ? test : test.skip)("--out to a FIFO: exit 2 at once with an Indonesian message, no blocking", async () => {
  const fifo = path.join(dir, "pipa");
  execFileSync("mkfifo", [fifo]);
  const r = await runCli([book, "--out", fifo], { timeoutMs: 20_000, heapMb: HEAP_MB });
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/bukan berkas biasa/);
  expect(clean(r.stderr)).toBe(true);
}, 30_000);

(posix && fs.existsSync("/dev/full") ? test : test.skip)("stdout to /dev/full: exit 2, one Indonesian line, no stack", async () => {
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const out = fs.openSync("/dev/full", "w");
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, book], { stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      fs.closeSync(out);
      resolve({ code, stderr });
    });
  });
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe("Galat: laporan tidak dapat ditulis ke keluaran standar (ruang penyimpanan penuh); laporan tidak lengkap.");
}, 60_000);

// Permissions do not bind root: the CLI runs as "nobody" there, so the folder really cannot be read.
(posix ? test : test.skip)("an unreadable subfolder: the readable files are reported, the folder is named, in Indonesian", async () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-perm-"));
  fs.chmodSync(top, 0o755);
  const locked = path.join(top, "rahasia");
  fs.mkdirSync(locked);
  fs.copyFileSync(book, path.join(top, "terbuka.xlsx"));
  fs.copyFileSync(book, path.join(locked, "tertutup.xlsx"));
  fs.chmodSync(path.join(top, "terbuka.xlsx"), 0o644);
  fs.chmodSync(locked, 0o000);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  try {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, top, "--format", "json"], { ...asNobody, cwd: os.tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout!.setEncoding("utf8").on("data", (d) => (stdout += d));
      child.stderr!.setEncoding("utf8").on("data", (d) => (stderr += d));
      const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    const info = `exit ${r.code}\nstderr: ${r.stderr.slice(0, 500)}`;
    expect(r.code === 2 ? "exit 2" : info).toBe("exit 2");
    const doc = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(doc.map((d) => path.basename(d.file))).toEqual(["terbuka.xlsx"]);
    expect(r.stderr).toContain("rahasia");
    expect(r.stderr).toMatch(/tidak dapat dibuka \(izin ditolak\)/);
    expect(clean(r.stderr) ? "clean" : info).toBe("clean");
  } finally {
    fs.chmodSync(locked, 0o755);
    fs.rmSync(top, { recursive: true, force: true });
  }
}, 60_000);

test("a file name starting with -: the message says to use --, and -- reads it", async () => {
  const dashed = path.join(dir, "-data.xlsx");
  fs.copyFileSync(book, dashed);
  const r = await runCli(["-data.xlsx"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB }).then((x) => x);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/tulis "--" sebelumnya: sakip-validate -- -data\.xlsx/);
  const ok = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [CLI, "--", "-data.xlsx"], { cwd: dir, stdio: "ignore" });
    child.on("close", resolve);
  });
  expect(ok).toBe(1); // the wrong JUMLAH of the hidden-sheets workbook
}, 60_000);

(posix ? test : test.skip)("a folder takes workbooks behind symbolic links and .xlsm files, and says it does not follow a linked folder", async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-links-"));
  try {
    fs.copyFileSync(book, path.join(folder, "asli.xlsx"));
    fs.copyFileSync(book, path.join(folder, "makro.xlsm"));
    fs.symlinkSync(book, path.join(folder, "tautan.xlsx"));
    fs.symlinkSync(dir, path.join(folder, "folder-tautan"));
    const r = await runCli([folder, "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
    const doc = JSON.parse(r.stdout) as Array<{ file: string; findings: unknown[] }>;
    expect(doc.map((d) => path.basename(d.file)).sort()).toEqual(["asli.xlsx", "makro.xlsm", "tautan.xlsx"]);
    expect(doc.every((d) => d.findings.length > 0)).toBe(true);
    expect(r.stderr).toMatch(/Tautan folder ".*folder-tautan" tidak diikuti/);
    expect(INDONESIAN.test(r.stderr)).toBe(true);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);
