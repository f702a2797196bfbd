// `--gabung` over a folder of files: an OPD keeping each official's PK and the measurement table in separate
// workbooks. The generated consistent workbook is split into one file per sheet (N files); the CLI process
// (`bin/sakip-validate.js DIR --gabung --format json`) is timed against a floor process that opens every file with
// exceljs and touches every cell, interleaved. Targets: CLI <= 2x the floor; twice the files -> <= 2.3x the time;
// the consistent set draws no error (cross-file rules run across files without false alarms).
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as ExcelJS from "exceljs";
import { buildConsistentWorkbook } from "./generate";
import { ROOT, ensureCache, best, round, row, emit, log, type Row } from "./lib/harness";

const B = "sets";
const BIN = path.join(ROOT, "bin", "sakip-validate.js");
const FLOOR = path.join(__dirname, "lib", "floor-process.js");

/** One file per sheet of a generated consistent workbook (the PK chain shape gives 26 and 50 sheets for these sizes). */
async function folderOf(files: number): Promise<string> {
  const dir = path.join(ensureCache(), `set-v2-${files}`);
  if (fs.existsSync(path.join(dir, "done"))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { workbook } = buildConsistentWorkbook({ pkSheets: files, measurementRows: 40 * files, seed: 7 });
  let i = 0;
  for (const ws of workbook.worksheets) {
    const out = new ExcelJS.Workbook();
    const copy = out.addWorksheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (r, rn) => r.eachCell({ includeEmpty: false }, (c, cn) => {
      const d = copy.getCell(rn, cn);
      d.value = c.value;
      if (c.numFmt) d.numFmt = c.numFmt;
    }));
    for (const m of (ws.model as any).merges ?? []) copy.mergeCells(m);
    await out.xlsx.writeFile(path.join(dir, `${String(++i).padStart(3, "0")} ${ws.name.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`));
  }
  fs.writeFileSync(path.join(dir, "done"), String(i));
  return dir;
}

function timeProcess(args: string[]): { ms: number; status: number | null; stdout: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout };
}

(async () => {
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  if (!fs.existsSync(path.join(ROOT, "build", "cli", "cli", "documentSet.js"))) {
    rows.push(row(B, "CLI --gabung", null, "", "<= 2", null, "build/cli missing: run npm run build:cli"));
    emit({ bench: B, rows, notes });
    return;
  }
  const sizes = [26, 50];
  const per: Array<{ n: number; files: number; cli: number; floor: number; perFile: number }> = [];
  for (const n of sizes) {
    const dir = await folderOf(n);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length;
    const cli: number[] = [];
    const floor: number[] = [];
    const perFile: number[] = [];
    let errors = -1;
    for (let rep = 0; rep < 3; rep++) {
      floor.push(timeProcess([FLOOR, dir]).ms);
      const c = timeProcess([BIN, dir, "--gabung", "--format", "json"]);
      cli.push(c.ms);
      if (rep === 0) {
        try {
          const doc = JSON.parse(c.stdout);
          errors = doc.findings.filter((f: any) => f.severity === "error").length;
          raw[`${n}-findings`] = doc.findings.length;
        } catch {
          errors = -1;
        }
      }
      perFile.push(timeProcess([BIN, dir, "--format", "json"]).ms);
      log(`${n} files rep ${rep + 1}: floor ${floor[rep].toFixed(0)} ms, --gabung ${cli[rep].toFixed(0)} ms, per file ${perFile[rep].toFixed(0)} ms`);
    }
    per.push({ n, files, cli: best(cli), floor: best(floor), perFile: best(perFile) });
    raw[`${n}`] = { files, cli, floor, perFile };
    rows.push(row(B, `CLI --gabung / floor process, folder of ${files} files (wall, node start-up included)`, round(best(cli) / best(floor)), "x", "<= 2", best(cli) / best(floor) <= 2,
      `best of 3: floor ${best(floor).toFixed(0)} ms, --gabung ${best(cli).toFixed(0)} ms, the same folder file by file ${best(perFile).toFixed(0)} ms`));
    rows.push(row(B, `errors on the consistent set of ${files} files validated as one`, errors, "errors", "0", errors === 0));
  }
  const [a, b] = per;
  rows.push(row(B, `CLI --gabung time growth ${a.files} -> ${b.files} files (input x${round(b.files / a.files)})`, round(b.cli / a.cli), "x", "<= 2.3", b.cli / a.cli <= 2.3, `floor grew x${round(b.floor / a.floor)}`));
  notes.push("sets: the consistent generated workbook split into one file per sheet; floor = one process opening every file with exceljs and touching every cell");
  emit({ bench: B, rows, notes, raw });
})();
