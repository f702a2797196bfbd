// The hostile corpus (test/corpus/build.ts buildHostileCorpus) through the real CLI, one process per file with a
// 512 MB heap and a time limit: findings, or exit 2 with an Indonesian message; never a crash, a hang, "NaN" or
// "Infinity" in a message, a live formula in the HTML report, an invisible character on stdout. The pane's preview
// reads every file through the same function and must give the same answer (preview-parity at the end).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildHostileCorpus, HostileEntry, INVISIBLE_SAMPLES } from "../corpus/build";
import { CliRun, expectCalmAnswer, INDONESIAN, parseA1Range, pool, runCli } from "./helpers";
import { readWorkbookBytes } from "../../src/excel/preview-port";
import { PortError } from "../../src/excel/port";
import { validateWorkbook } from "../../src/core/validate";

const HEAP_MB = 512;
// 10 s alone (docs/reliability.md has the times); the bound is wider because the suite runs beside other tests.
const TIMEOUT_MS = 30_000;

let dir: string;
let entries: HostileEntry[];
const runs = new Map<string, CliRun>();

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  related: { sheet: string; cell: string }[];
  message: string;
  expected: string | null;
  actual: string | null;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-hostile-"));
  entries = await buildHostileCorpus(dir);
  const results = await pool(entries.map((e) => () => runCli([path.join(dir, e.file), "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB })));
  entries.forEach((e, i) => runs.set(e.file, results[i]));
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const NAMES = [
  "dv-whole-columns.xlsx", "dv-whole-sheet.xlsx", "names-large.xlsx", "merge-whole-sheet.xlsx", "cols-huge.xlsx", "far-rows.xlsx",
  "bypass-newline.xlsx", "bypass-leading-slash.xlsx", "bypass-trailing-bytes.xlsx", "bypass-lying-sizes.xlsx", "zip-bomb.xlsx",
  "odd-numbers.xlsx", "huge-amounts.xlsx", "uncached-formula.xlsx", "formula-injection.xlsx", "invisible-chars.xlsx", "long-name.xlsx",
  "budget.xls", "budget.ods", "budget-sheetjs.xlsx", "budget.xlsb", "encrypted.xlsx",
];

function findingsOf(file: string): JsonFinding[] {
  return (JSON.parse(runs.get(file)!.stdout) as { findings: JsonFinding[] }).findings;
}

test("the hostile corpus holds every case", () => {
  expect(entries.map((e) => e.file).sort()).toEqual([...NAMES].sort());
});

describe.each(NAMES)("CLI on %s", (file) => {
  test("findings, or exit 2 with an Indonesian message; no crash, hang or stack; no NaN/Infinity in messages", () => {
    const e = entries.find((x) => x.file === file)!;
    const r = runs.get(file)!;
    const info = expectCalmAnswer(file, e.expect, r);
    if (r.code === 2) {
      expect(INDONESIAN.test(r.stderr) && r.stderr.includes(file) ? "named, Indonesian" : info).toBe("named, Indonesian");
      if (e.says) expect(e.says.test(r.stderr) ? "says why" : info).toBe("says why");
      return;
    }
    const doc = JSON.parse(r.stdout) as { sheets: number; findings: JsonFinding[] };
    expect(doc.sheets).toBe(e.sheets!.length);
    for (const f of doc.findings) {
      for (const ref of [{ sheet: f.sheet, cell: f.cell }, ...f.related]) {
        expect({ rule: f.rule, ...ref, ok: e.sheets!.includes(ref.sheet) && parseA1Range(ref.cell) !== null }).toEqual({ rule: f.rule, ...ref, ok: true });
      }
      const said = [f.message, f.expected ?? "", f.actual ?? ""].join(" | ");
      expect({ rule: f.rule, said, bad: /NaN|Infinity/.test(said) }).toEqual({ rule: f.rule, said, bad: false });
    }
  });
});

test("the structures that used to be expanded still leave the table's wrong JUMLAH found", () => {
  for (const file of ["dv-whole-columns.xlsx", "dv-whole-sheet.xlsx", "names-large.xlsx", "merge-whole-sheet.xlsx", "cols-huge.xlsx", "far-rows.xlsx"]) {
    const totals = findingsOf(file).filter((f) => f.severity === "error" && f.cell === "C5");
    expect({ file, found: totals.length > 0 }).toEqual({ file, found: true });
  }
});

test("9,99E+307 as pagu and realisasi is not an overspend; amounts of 1e21 and more are never printed as Rp 0", () => {
  const found = findingsOf("huge-amounts.xlsx");
  expect(found.filter((f) => f.cell === "D2" || f.cell === "C2")).toEqual([]);
  for (const f of found) expect({ cell: f.cell, msg: f.message, zero: /Rp 0(?![\d.,])/.test(`${f.message} ${f.expected} ${f.actual}`) }).toMatchObject({ zero: false });
});

test("an item without a cached value is not zero: a correct JUMLAH above it draws no error", () => {
  const errors = findingsOf("uncached-formula.xlsx").filter((f) => f.severity === "error");
  expect(errors).toEqual([]);
});

test(".xls and .ods give the findings of the same table as .xlsx", () => {
  const key = (f: JsonFinding) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;
  const xlsx = findingsOf("budget-sheetjs.xlsx").map(key).sort();
  expect(xlsx.length).toBeGreaterThan(0);
  expect(findingsOf("budget.xls").map(key).sort()).toEqual(xlsx);
  expect(findingsOf("budget.ods").map(key).sort()).toEqual(xlsx);
});

test("the HTML report never carries a live formula in a table cell (=, +, -, @, tab, CR at the start)", async () => {
  const r = await runCli([path.join(dir, "formula-injection.xlsx"), "--format", "html"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toContain("HYPERLINK");
  const cells = [...r.stdout.matchAll(/<td[^>]*>([^<]*)/g)].map((m) => m[1]);
  expect(cells.filter((c) => /^[=+@\t\r]|^-(?![\d\s]|Rp)/.test(c))).toEqual([]);
}, 60_000);

test("no invisible or reordering character reaches stdout raw, in JSON, text or HTML", async () => {
  const file = path.join(dir, "invisible-chars.xlsx");
  for (const format of ["json", "text", "html"]) {
    const r = await runCli([file, "--format", format], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/Mutasi/);
    const raw = INVISIBLE_SAMPLES.filter((ch) => r.stdout.includes(ch)).map((ch) => ch.charCodeAt(0).toString(16));
    expect({ format, raw }).toEqual({ format, raw: [] });
  }
  // JSON escapes them: parsed back, the label is what the workbook holds.
  const json = await runCli([file, "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect(json.stdout).toContain("\\u202e");
}, 90_000);

test("a 10 MB label makes no 10 MB line: every report line stays short", async () => {
  const r = await runCli([path.join(dir, "long-name.xlsx")], { timeoutMs: TIMEOUT_MS, heapMb: HEAP_MB });
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toMatch(/Kegiatan sangat panjang/);
  const longest = Math.max(...r.stdout.split("\n").map((l) => l.length));
  expect(longest).toBeLessThan(5000);
}, 60_000);

test("the pane's preview reads every file through the same function and answers as the CLI", async () => {
  for (const e of entries) {
    const b = fs.readFileSync(path.join(dir, e.file));
    const bytes = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    const cli = runs.get(e.file)!;
    const got = await readWorkbookBytes(bytes, e.file).then(
      (wb) => ({ ok: true as const, wb }),
      (err) => ({ ok: false as const, err }),
    );
    if (cli.code === 2) {
      expect({ file: e.file, refused: !got.ok }).toEqual({ file: e.file, refused: true });
      const said = (got as { err: unknown }).err instanceof PortError ? ((got as { err: PortError }).err.said.id) : String((got as { err: unknown }).err);
      expect({ file: e.file, same: cli.stderr.includes(said) }).toEqual({ file: e.file, same: true });
    } else {
      expect({ file: e.file, read: got.ok }).toEqual({ file: e.file, read: true });
      const mine = validateWorkbook((got as { wb: any }).wb).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
      const theirs = (JSON.parse(cli.stdout).findings as JsonFinding[]).map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
      expect({ file: e.file, findings: mine }).toEqual({ file: e.file, findings: theirs });
    }
  }
}, 300_000);
