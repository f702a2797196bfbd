// The real CLI on every bad workbook of the corpus (test/corpus/build.ts), each in its own process with a heap cap
// and a timeout. A planner sees findings (exit 0/1) or, for what cannot be read, exit 2 and an Indonesian message;
// never a stack trace, a hang or a crash.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCorpus, CorpusEntry, FORMULA_LIKE_TEXT, ODD_SHEET_NAMES } from "../corpus/build";
import { CLI, CliRun, CRASH, describeRun, expectCalmAnswer, INDONESIAN, parseA1Range, pool, runCli, STACK_TRACE } from "./helpers";

const HEAP_MB = 512;
const TIMEOUT_MS = 30000;

let dir: string;
let entries: CorpusEntry[];
const runs = new Map<string, CliRun>();
/** Every readable workbook in ONE CLI call (each process costs seconds on a loaded machine); the rest one by one. */
let batch: CliRun;
let batchDoc: { file: string; sheets: number; findings: JsonFinding[] }[] = [];

beforeAll(async () => {
  expect(fs.existsSync(CLI)).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-corpus-"));
  entries = await buildCorpus(dir);
  const readable = entries.filter((e) => e.expect === "findings");
  const single = entries.filter((e) => e.expect !== "findings");
  const results = await pool([
    () => runCli([...readable.map((e) => path.join(dir, e.file)), "--format", "json"], { timeoutMs: 90000, heapMb: HEAP_MB }),
    ...single.map((e) => () => runCli([path.join(dir, e.file), "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB })),
  ]);
  batch = results[0];
  single.forEach((e, i) => runs.set(e.file, results[i + 1]));
  try {
    batchDoc = JSON.parse(batch.stdout);
  } catch {
    batchDoc = [];
  }
  for (const e of readable) {
    const report = batchDoc.find((d) => d.file === path.join(dir, e.file));
    // A readable file's share of the batch: its report as a JSON document of its own, the batch's stderr and exit.
    runs.set(e.file, { ...batch, stdout: report ? JSON.stringify(report) : "", code: batch.code === 2 && !report ? 2 : batch.code });
  }
}, 240000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  related: { sheet: string; cell: string }[];
  message: string;
}

// One test per file, named after it, so a failure says which input broke what.
const NAMES = [
  "empty.xlsx", "headers-only.xlsx", "merged-odd.xlsx", "formula-errors.xlsx", "long-cell.xlsx",
  "dates-as-amounts.xlsx", "wide-row.xlsx", "many-sheets.xlsx", "hidden-sheets.xlsx", "odd-sheet-names.xlsx",
  "formula-like-text.xlsx", "nip-numbers.xlsx", "far-cell.xlsx", "not-a-workbook.xlsx", "image.xlsx",
  "zero-bytes.xlsx", "truncated.xlsx", "zip-not-xlsx.xlsx", "broken-xml.xlsx", "control-chars.xlsx",
];

test("the corpus holds every kind of bad input the issue lists", () => {
  expect(entries.map((e) => e.file).sort()).toEqual([...NAMES].sort());
});

describe.each(NAMES)("CLI on %s", (file) => {
  test("answers calmly: findings (exit 0/1) or an Indonesian message (exit 2); no stack trace, hang or crash", () => {
    const e = entries.find((x) => x.file === file)!;
    const r = runs.get(file)!;
    const info = expectCalmAnswer(file, e.expect, r);

    if (r.code === 2) {
      // The message says, in Indonesian, which file could not be read.
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(INDONESIAN.test(r.stderr) ? "id" : info).toBe("id");
      expect(r.stderr.includes(file) ? "names the file" : info).toBe("names the file");
      return;
    }
    // Findings: one JSON document whose every finding points into a sheet the file has, at a real cell.
    let doc: { file: string; sheets: number; findings: JsonFinding[] };
    try {
      doc = JSON.parse(r.stdout);
    } catch {
      throw new Error(`stdout is not one JSON document\n${info}`);
    }
    expect(Array.isArray(doc.findings)).toBe(true);
    expect(doc.sheets).toBe(e.sheets!.length);
    const sheets = new Set(e.sheets);
    for (const f of doc.findings) {
      const refs = [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])];
      for (const ref of refs) {
        expect({ rule: f.rule, sheet: ref.sheet, known: sheets.has(ref.sheet) }).toEqual({ rule: f.rule, sheet: ref.sheet, known: true });
        expect({ rule: f.rule, cell: ref.cell, valid: parseA1Range(ref.cell) !== null }).toEqual({ rule: f.rule, cell: ref.cell, valid: true });
      }
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.message === "string" && f.message.length > 0).toBe(true);
    }
    // Exit 0/1 is per call: checked for the whole batch below.
  });
});

test("the batch of readable workbooks: one JSON array, exit 1 exactly when some finding is an error", () => {
  const info = `exit ${batch.code} ${batch.ms} ms\nstderr: ${batch.stderr.slice(0, 600)}`;
  expect(Array.isArray(batchDoc) && batchDoc.length === entries.filter((e) => e.expect === "findings").length ? "all reported" : info).toBe("all reported");
  expect(batch.code).toBe(batchDoc.some((d) => d.findings.some((f) => f.severity === "error")) ? 1 : 0);
  expect(batch.stderr).toBe("");
});

test("a wrong JUMLAH is still found on hidden, very hidden and oddly named sheets", () => {
  // Each of these sheets carries the same budget table whose total is off by Rp 1.
  for (const [file, names] of [
    ["hidden-sheets.xlsx", ["Terlihat", "Tersembunyi", "Sangat Tersembunyi"]],
    ["odd-sheet-names.xlsx", ODD_SHEET_NAMES],
  ] as const) {
    const r = runs.get(file)!;
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const flagged = new Set(doc.findings.filter((f) => f.severity === "error").map((f) => f.sheet));
    expect({ file, missing: names.filter((n) => !flagged.has(n)) }).toEqual({ file, missing: [] });
  }
});

test("output piped into a reader that stops early (| head -c 100): no stack trace", async () => {
  const { spawnSync } = await import("child_process");
  const q = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;
  const r = spawnSync("sh", ["-c", `${q(process.execPath)} ${q(CLI)} ${q(path.join(dir, "many-sheets.xlsx"))} --format json | head -c 100 >/dev/null`], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  expect(r.stdout).toBe("");
  expect(STACK_TRACE.test(r.stderr) || /EPIPE/.test(r.stderr) ? r.stderr.slice(0, 400) : "clean").toBe("clean");
}, 60000);

test("the text report carries no terminal control characters from the workbook (ESC, BEL, BS)", async () => {
  const r = await runCli([path.join(dir, "control-chars.xlsx")], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect([0, 1]).toContain(r.code);
  // The finding quoting the label is there, so the check below is not vacuous.
  expect(r.stdout).toMatch(/Mutasi/);
  const controls = [...(r.stdout + r.stderr)].filter((ch) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(ch)).map((ch) => ch.charCodeAt(0).toString(16));
  expect(controls).toEqual([]);
}, 60000);

test("--out never overwrites an input workbook (same path spelled another way, or inside an input folder)", async () => {
  const sub = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-out-"));
  try {
    const book = path.join(sub, "data.xlsx");
    fs.copyFileSync(path.join(dir, "hidden-sheets.xlsx"), book);
    const original = fs.readFileSync(book);
    for (const args of [
      [book, "--out", book],
      [book, "--format", "html", "--out", path.join(sub, ".", "..", path.basename(sub), "data.xlsx")],
      [sub, "--out", book],
    ]) {
      const r = await runCli(args, { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
      expect({ args: args.join(" "), same: fs.readFileSync(book).equals(original) }).toEqual({ args: args.join(" "), same: true });
      expect({ args: args.join(" "), code: r.code }).toEqual({ args: args.join(" "), code: 2 });
      expect(INDONESIAN.test(r.stderr)).toBe(true);
    }
  } finally {
    fs.rmSync(sub, { recursive: true, force: true });
  }
}, 90000);

// A device or a pipe named as input (typed by mistake, or process substitution): refuse at once, never read forever.
(process.platform === "win32" ? test.skip : test)("a device file as input (/dev/zero): exit 2 at once, no hang", async () => {
  const r = await runCli(["/dev/zero", "--format", "json"], { timeoutMs: 20000, heapMb: 256 });
  const info = `exit ${r.code} signal ${r.signal} ${r.ms} ms${r.timedOut ? " TIMED OUT" : ""} stderr: ${r.stderr.slice(0, 300)}`;
  expect(r.code === 2 && !r.timedOut ? "refused" : info).toBe("refused");
  expect(INDONESIAN.test(r.stderr)).toBe(true);
}, 30000);

test("the HTML report escapes sheet names and cell text (no markup or script from the workbook)", async () => {
  // A file name is markup too (legal on Linux and macOS).
  const evil = path.join(dir, "<img src=x onerror=alert(1)>.xlsx");
  fs.copyFileSync(path.join(dir, "hidden-sheets.xlsx"), evil);
  const html = await runCli([path.join(dir, "formula-like-text.xlsx"), path.join(dir, "odd-sheet-names.xlsx"), evil, "--format", "html"], {
    timeoutMs: TIMEOUT_MS,
    heapMb: HEAP_MB,
  });
  expect([0, 1]).toContain(html.code);
  expect(STACK_TRACE.test(html.stderr)).toBe(false);
  expect(html.stdout).toMatch(/<html/i);
  expect(html.stdout).not.toContain("<script>alert(1)</script>");
  expect(html.stdout).not.toContain("<Sekretaris>");
  expect(html.stdout).not.toContain("<img src=x");
  expect(html.stdout).toContain("&lt;img src=x onerror=alert(1)&gt;");
  // The report's own scripts, if any, are inline and never load from elsewhere.
  expect(html.stdout).not.toMatch(/<script[^>]+src=/i);
  expect(FORMULA_LIKE_TEXT.length).toBeGreaterThan(0);
}, 60000);

test("a whole folder with unreadable files in it: exit 2, every bad file named, no stack trace", async () => {
  // Only the small files, so this stays quick: the big ones were run above.
  const sub = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-folder-"));
  const pick = ["empty.xlsx", "hidden-sheets.xlsx", "not-a-workbook.xlsx", "truncated.xlsx"];
  for (const f of pick) fs.copyFileSync(path.join(dir, f), path.join(sub, f));
  try {
    const r = await runCli([sub, "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
    const info = describeRun(sub, r);
    expect(r.code === 2 ? "exit 2" : info).toBe("exit 2");
    expect(STACK_TRACE.test(r.stderr) || CRASH.test(r.stderr) ? info : "clean").toBe("clean");
    expect(r.stderr).toContain("not-a-workbook.xlsx");
    expect(r.stderr).toContain("truncated.xlsx");
    expect(INDONESIAN.test(r.stderr)).toBe(true);
  } finally {
    fs.rmSync(sub, { recursive: true, force: true });
  }
}, 60000);
