// Near-linear rules on Excel-legal content far below the cell limit (test/corpus/build.ts buildScaleCorpus): each
// file through the real CLI with a 512 MB heap and a time limit. Before the fixes each of these hung, ran out of
// memory, or took tens of seconds (docs/reliability.md).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildScaleCorpus, CorpusEntry } from "../corpus/build";
import { CliRun, CRASH, parseA1Range, pool, runCli, STACK_TRACE } from "./helpers";
import { MAX_QUOTE, MAX_RELATED } from "../../src/core/findings/bounds";

// Each answers within 10 s alone; wider here because the suite runs beside other tests on two shared cores.
const TIMEOUT_MS = 90_000;
let dir: string;
let entries: CorpusEntry[];
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-scale-"));
  entries = await buildScaleCorpus(dir);
  const results = await pool(entries.map((e) => () => runCli([path.join(dir, e.file), "--format", "json"], { timeoutMs: TIMEOUT_MS, heapMb: 512 })));
  entries.forEach((e, i) => runs.set(e.file, results[i]));
}, 400_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const NAMES = ["scale-long-names.xlsx", "scale-many-nips.xlsx", "scale-duplicate-nip.xlsx", "scale-nama-lines.xlsx", "scale-shared-code.xlsx", "scale-huge-text.xlsx"];

test("the scale corpus holds every case", () => expect(entries.map((e) => e.file).sort()).toEqual([...NAMES].sort()));

describe.each(NAMES)("CLI on %s", (file) => {
  test("findings in time and memory; messages and related lists bounded", () => {
    const r = runs.get(file)!;
    const info = `${file}: exit ${r.code} signal ${r.signal} ${r.ms} ms${r.timedOut ? " TIMED OUT" : ""}\nstderr: ${r.stderr.slice(0, 500)}`;
    expect(r.timedOut || r.signal ? info : "in time").toBe("in time");
    expect(STACK_TRACE.test(r.stderr) || CRASH.test(r.stderr) ? info : "clean").toBe("clean");
    expect([0, 1].includes(r.code as number) ? "findings" : info).toBe("findings");
    const doc = JSON.parse(r.stdout) as { findings: Array<{ rule: string; cell: string; message: string; expected: string | null; actual: string | null; related: { cell: string }[] }> };
    for (const f of doc.findings) {
      expect(parseA1Range(f.cell)).not.toBeNull();
      expect(f.related.length).toBeLessThanOrEqual(MAX_RELATED);
      expect((f.expected ?? "").length).toBeLessThanOrEqual(MAX_QUOTE);
      expect((f.actual ?? "").length).toBeLessThanOrEqual(MAX_QUOTE);
      // A message quotes a few params, each bounded: never the 5 MB or 32.000-character text itself.
      expect(f.message.length).toBeLessThan(2000);
    }
    console.log(`${file}: ${r.ms} ms, ${doc.findings.length} findings`);
  });
});

test("the repeated invalid NIP is one finding that says how many more cells it covers", () => {
  const doc = JSON.parse(runs.get("scale-duplicate-nip.xlsx")!.stdout) as { findings: Array<{ rule: string; related: unknown[]; relatedMore?: number }> };
  const nip = doc.findings.filter((f) => f.rule === "SAKIP-NIP-001");
  expect(nip.length).toBe(1);
  expect(nip[0].related.length).toBe(MAX_RELATED);
  // 100.000 cells: the finding's own cell, 50 listed, and the rest counted.
  expect(nip[0].relatedMore).toBe(100_000 - 1 - MAX_RELATED);
});

test("the invalid NIPs are each reported (one per NIP), none lost to the index", () => {
  const doc = JSON.parse(runs.get("scale-many-nips.xlsx")!.stdout) as { findings: Array<{ rule: string }> };
  expect(doc.findings.filter((f) => f.rule === "SAKIP-NIP-001").length).toBe(6000);
});
