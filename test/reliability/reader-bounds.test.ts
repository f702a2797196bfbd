// The reader on structures exceljs used to expand cell by cell (validations on whole columns, defined names over
// $A$1:$IV$65536, a merge F1:XFD1048576, <col max="100000000">, far rows), measured: each file is read by the BUILT
// reader (build/cli) in a child process with a 96 MB heap. Before the reader's bounds each needed 0,6 to 4,3 GB or
// never finished. The heap figure each run prints is kept in docs/reliability.md.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildHostileCorpus } from "../corpus/build";
import { ROOT } from "./helpers";

const OPEN = path.join(ROOT, "build", "cli", "xlsx", "open.js");
const FILES = ["dv-whole-columns.xlsx", "dv-whole-sheet.xlsx", "names-large.xlsx", "merge-whole-sheet.xlsx", "cols-huge.xlsx", "far-rows.xlsx"];

let dir: string;
beforeAll(async () => {
  expect(fs.existsSync(OPEN)).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bounds-"));
  await buildHostileCorpus(dir);
}, 300_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const SCRIPT = `
const { readWorkbook } = require(process.argv[1]);
const fs = require("fs");
const t = Date.now();
readWorkbook(fs.readFileSync(process.argv[2]), { name: "x.xlsx" }).then((wb) => {
  if (global.gc) global.gc();
  const s = wb.sheets[0];
  console.log(JSON.stringify({ cells: s.cells.length, merges: s.merges.length, rows: s.rowCount, cols: s.colCount, ms: Date.now() - t, heapMb: Math.round(process.memoryUsage().heapUsed / 1048576) }));
}, (e) => { console.log(JSON.stringify({ error: String(e && e.message) })); process.exitCode = 3; });
`;

test.each(FILES)("%s is read in a 96 MB heap, as rectangles, in seconds", (file) => {
  const r = spawnSync(process.execPath, ["--max-old-space-size=96", "--expose-gc", "-e", SCRIPT, OPEN, path.join(dir, file)], { encoding: "utf8", timeout: 30_000 });
  const info = `status ${r.status} signal ${r.signal}\n${r.stdout}\n${r.stderr.slice(0, 400)}`;
  expect(r.status === 0 ? "read" : info).toBe("read");
  const m = JSON.parse(r.stdout.trim());
  // The budget table holds 14 cells; nothing from the validation, the name or the column range became a cell.
  expect(m.cells).toBeLessThan(20);
  expect(m.heapMb).toBeLessThan(96);
  if (file === "merge-whole-sheet.xlsx") expect(m).toMatchObject({ merges: 1, rows: 1_048_576, cols: 16_384 });
  if (file === "far-rows.xlsx") expect(m.rows).toBeLessThanOrEqual(1_048_576);
  console.log(`${file}: ${r.stdout.trim()}`);
});
