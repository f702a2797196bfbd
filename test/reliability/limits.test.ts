// Limits: a workbook beyond what can be validated in reasonable time and memory gets a clear Indonesian message
// (exit 2), not a crash, an out-of-memory abort or a CLI that runs for minutes. The pane's adapter refuses above
// MAX_CELLS used cells (tested in no-data-loss.test.ts); the CLI must hold the same line for the same workbook.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildHugeWorkbook } from "../corpus/build";
import { MAX_CELLS } from "../../src/excel/office-adapter";
import { CRASH, INDONESIAN, runCli, STACK_TRACE } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-limits-"));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("a 1.600.000-cell workbook (above the pane's limit) in 256 MB of heap: exit 2 with an Indonesian \"too big\" message within 45 s (about 9 s alone; the suite runs beside others)", async () => {
  const rows = 16_000;
  const cols = 100;
  expect(rows * cols).toBeGreaterThan(MAX_CELLS);
  const file = path.join(dir, "besar.xlsx");
  await buildHugeWorkbook(file, rows, cols);
  const r = await runCli([file, "--format", "json"], { timeoutMs: 45_000, heapMb: 256 });
  const info = `exit ${r.code} signal ${r.signal} ${r.ms} ms${r.timedOut ? " TIMED OUT" : ""}\nstderr: ${r.stderr.slice(0, 500)}`;
  expect(r.timedOut ? info : "in time").toBe("in time");
  expect(CRASH.test(r.stderr) || STACK_TRACE.test(r.stderr) ? info : "no crash").toBe("no crash");
  expect(r.code === 2 ? "exit 2" : info).toBe("exit 2");
  expect(INDONESIAN.test(r.stderr)).toBe(true);
  expect(/terlalu besar|batas/i.test(r.stderr) ? "says why" : info).toBe("says why");
}, 120_000);
