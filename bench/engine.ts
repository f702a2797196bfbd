// Engine benchmark: the CLI path (read .xlsx -> WorkbookSnapshot -> validateWorkbook -> JSON report) against the
// floor (exceljs opens the same file and touches every cell), on consistent workbooks of 1x, 2x and 4x size.
// Targets: CLI <= 2x the floor; 2x input -> <= 2.3x time; a consistent workbook draws no error.
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { generateXlsxBuffer, writeConsistentWorkbook, GeneratedFacts } from "./generate";
import { floorReadAndTouch } from "./lib/floor";
import { BenchResult, ROOT, Row, best, emit, ensureCache, log, median, round, row, timeIt, tryRequire } from "./lib/harness";

const B = "engine";

export function scales(): number[] {
  const env = process.env.SAKIP_BENCH_SCALES;
  return env ? env.split(",").map(Number) : [1, 2, 4];
}

/** Generates (or reuses, when the generator did not change) the workbook of a given scale. */
export async function workbookAt(scale: number): Promise<{ file: string; facts: GeneratedFacts; genMs: number }> {
  const dir = ensureCache();
  const stamp = fs.statSync(path.join(__dirname, "generate.ts")).mtimeMs.toFixed(0);
  const file = path.join(dir, `consistent-${scale}x-${stamp}.xlsx`);
  const factsFile = file + ".json";
  if (fs.existsSync(file) && fs.existsSync(factsFile)) {
    return { file, facts: JSON.parse(fs.readFileSync(factsFile, "utf8")), genMs: 0 };
  }
  log(`generating ${scale}x workbook ...`);
  const t = await timeIt(() => writeConsistentWorkbook(file, { scale }));
  fs.writeFileSync(factsFile, JSON.stringify(t.result));
  return { file, facts: t.result, genMs: t.ms };
}

interface CliRun {
  /** stdout, parsed only when asked (parsing is not the CLI's work). */
  out: string;
  exit: number;
  stderr: string;
}

function findingsOf(r: CliRun): any[] {
  try {
    return JSON.parse(r.out).findings ?? [];
  } catch {
    return []; // exit 2: nothing printed
  }
}

interface CliPath {
  label: string;
  /** The timed path. */
  run(file: string): Promise<CliRun>;
  /** The same steps one by one, for the breakdown (not timed against the floor). */
  parts(file: string): Promise<{ readMs: number; validateMs: number; reportMs: number }>;
}

/** The CLI in process: src/cli/main.ts run([file, "--format", "json"]) with stdout captured, i.e. exactly what
 *  bin/sakip-validate.js does minus node start-up. */
function cliPath(): { path?: CliPath; missing: string[] } {
  const missing: string[] = [];
  // The compiled CLI (npm run build -> build/cli) is what bin/sakip-validate.js runs; the sources otherwise.
  const built = fs.existsSync(path.join(ROOT, "build", "cli", "cli", "main.js")) && !process.env.SAKIP_BENCH_FROM_SRC;
  const base = built ? "build/cli" : "src";
  const main = tryRequire<any>(`${base}/cli/main`);
  const reader = tryRequire<any>(`${base}/xlsx/read`);
  const engine = tryRequire<any>(`${base}/core/validate`);
  const json = tryRequire<any>(`${base}/presenters/json`);
  if (!main.mod?.run) missing.push(main.error ?? `${base}/cli/main exports no run()`);
  if (!engine.mod?.validateWorkbook) missing.push(engine.error ?? "validateWorkbook not exported");
  if (missing.length) return { missing };
  return {
    missing,
    path: {
      label: `${base}/cli/main run([file, --format, json])`,
      async run(file: string) {
        let out = "";
        let err = "";
        const exit = await main.mod.run([file, "--format", "json"], { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), root: ROOT });
        return { out, exit, stderr: err };
      },
      async parts(file: string) {
        const t0 = performance.now();
        const snapshot = await reader.mod.readXlsx(fs.readFileSync(file), { name: path.basename(file) });
        const t1 = performance.now();
        const result = engine.mod.validateWorkbook(snapshot);
        const t2 = performance.now();
        json.mod?.renderJson?.([{ file, sheets: snapshot.sheets.length, sheetNames: snapshot.sheets.map((s: any) => s.name), findings: result.findings, elapsedMs: 0 }]);
        const t3 = performance.now();
        return { readMs: t1 - t0, validateMs: t2 - t1, reportMs: t3 - t2 };
      },
    },
  };
}

/** Wall time of the real CLI binary against a node process doing only the floor, same file. */
function processRatio(file: string, reps: number): { cli: number; floor: number; exit: number | null; stderr: string } | null {
  const bin = path.join(ROOT, "bin", "sakip-validate.js");
  if (!fs.existsSync(bin)) return null;
  const floorScript = path.join(__dirname, "lib", "floor-process.js");
  const cli: number[] = [];
  const floor: number[] = [];
  let exit: number | null = null;
  let stderr = "";
  for (let i = 0; i < reps; i++) {
    let t = performance.now();
    const f = spawnSync(process.execPath, [floorScript, file], { encoding: "utf8", maxBuffer: 1 << 28 });
    floor.push(performance.now() - t);
    if (f.status !== 0) stderr = f.stderr;
    t = performance.now();
    const c = spawnSync(process.execPath, [bin, file, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28, cwd: ROOT });
    cli.push(performance.now() - t);
    exit = c.status;
    if (c.status === 2) stderr = c.stderr.slice(0, 300);
  }
  return { cli: best(cli), floor: best(floor), exit, stderr };
}

export async function runEngine(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const reps = Number(process.env.SAKIP_BENCH_REPS ?? 3);
  const { path: cli, missing } = cliPath();
  if (!cli) notes.push(`CLI path not measured: ${missing.join("; ")}`);
  else notes.push(`CLI measured in process as ${cli.label}; floor = exceljs readFile + every cell touched, with exceljs' quadratic merge scan skipped (as src/xlsx/read.ts loads) or as shipped, whichever is faster`);
  const raw: Record<string, unknown> = {};
  const perScale: { scale: number; floor: number; cli: number | null; stock: number }[] = [];

  // One untimed run of each before anything is timed: the first run in a process pays for compiling the validator
  // and growing the heap (about twice the steady time), which a reviewer's folder of workbooks pays once. The cold
  // figures are kept beside the timed ones, and the CLI as a process (cold, start-up included) is timed below.
  let cold: { floor: number; cli: number } | null = null;
  if (cli) {
    const { file } = await workbookAt(scales()[0]);
    const f = await timeIt(() => floorReadAndTouch(file, { linearMerges: true }));
    const c = await timeIt(() => cli.run(file));
    cold = { floor: f.ms, cli: c.ms };
    log(`warm-up at ${scales()[0]}x: floor ${f.ms.toFixed(0)} ms, cli ${c.ms.toFixed(0)} ms (cold, not timed)`);
  }
  for (const scale of scales()) {
    const { file, facts, genMs } = await workbookAt(scale);
    const size = fs.statSync(file).size;
    const floorMs: number[] = [];
    const cliMs: number[] = [];
    const parts = { read: [] as number[], validate: [] as number[], report: [] as number[] };
    let findings: any[] | null = null;
    let touched = 0;
    // exceljs as shipped, once, at the two smallest sizes: its merge scan is quadratic (the "before" of the reader
    // fix); at 4x it alone takes minutes.
    const stock = scale <= scales()[1] ? await timeIt(() => floorReadAndTouch(file)) : { ms: NaN };
    log(`${scale}x: exceljs as shipped ${stock.ms.toFixed(0)} ms`);
    // Interleave the floor and the CLI so machine noise hits both.
    for (let i = 0; i < reps; i++) {
      const f = await timeIt(() => floorReadAndTouch(file, { linearMerges: true }));
      floorMs.push(f.ms);
      touched = f.result.cells;
      if (cli) {
        const c = await timeIt(() => cli.run(file));
        cliMs.push(c.ms);
        findings = findingsOf(c.result);
        if (c.result.exit === 2) notes.push(`${scale}x: the CLI could not read the workbook: ${c.result.stderr.trim()}`);
      }
      log(`${scale}x rep ${i + 1}: floor ${floorMs[i].toFixed(0)} ms${cli ? `, cli ${cliMs[i].toFixed(0)} ms` : ""}`);
      // A slow CLI (the quadratic parts) is not worth three runs: one says enough.
      if (cliMs[i] > 60000) break;
    }
    if (cli) {
      const p = await cli.parts(file);
      parts.read.push(p.readMs);
      parts.validate.push(p.validateMs);
      parts.report.push(p.reportMs);
    }
    const fMed = Number.isNaN(stock.ms) ? best(floorMs) : Math.min(best(floorMs), stock.ms);
    const cMed = cli ? best(cliMs) : null;
    perScale.push({ scale, floor: fMed, cli: cMed, stock: stock.ms });
    const shape = `${facts.pkSheets} PK sheets, ${facts.measurementRows} measurement rows, ${touched} cells, ${(size / 1e6).toFixed(1)} MB`;
    raw[`${scale}x`] = { file: path.basename(file), facts: { ...facts, sheetNames: facts.sheetNames.length }, genMs, stockFloorMs: stock.ms, floorMs, cliMs, parts };
    if (cMed !== null) {
      rows.push(row(B, `CLI / floor, ${scale}x (${shape})`, round(cMed / fMed), "x", "<= 2", cMed / fMed <= 2,
        `best of ${floorMs.length} after a warm-up${cold && scale === scales()[0] ? ` (the cold first run: floor ${cold.floor.toFixed(0)} ms, cli ${cold.cli.toFixed(0)} ms, ${round(cold.cli / cold.floor)}x)` : ""}: floor ${fMed.toFixed(0)} ms (exceljs as shipped: ${Number.isNaN(stock.ms) ? "not run" : `${stock.ms.toFixed(0)} ms`}); cli ${cMed.toFixed(0)} ms (breakdown, one more run: read ${median(parts.read).toFixed(0)} + validate ${median(parts.validate).toFixed(0)} + report ${median(parts.report).toFixed(0)} ms)`));
      const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
      const byRule: Record<string, number> = {};
      for (const f of findings ?? []) {
        bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
        const key = `${f.rule}/${f.severity}`;
        byRule[key] = (byRule[key] ?? 0) + 1;
      }
      const sample = (findings ?? []).filter((f) => f.severity === "error").slice(0, 1).map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${String(f.message).slice(0, 160)}`);
      rows.push(row(B, `errors on the consistent ${scale}x workbook`, bySeverity.error, "errors", "0", bySeverity.error === 0,
        `warnings ${bySeverity.warning}, info ${bySeverity.info}; ${Object.entries(byRule).map(([k, v]) => `${k} ${v}`).join(", ") || "no findings"}${sample.length ? `; e.g. ${sample.join(" | ")}` : ""}`));
      raw[`${scale}x`] = { ...(raw[`${scale}x`] as object), bySeverity, byRule };
    } else {
      rows.push(row(B, `floor (exceljs open + touch every cell), ${scale}x (${shape})`, round(fMed / 1000), "s", "", null, `exceljs as shipped: ${(stock.ms / 1000).toFixed(2)} s`));
    }
  }
  // Linearity: each doubling of input.
  for (let i = 1; i < perScale.length; i++) {
    const a = perScale[i - 1];
    const b = perScale[i];
    const k = b.scale / a.scale;
    const floorGrowth = b.floor / a.floor;
    if (a.cli !== null && b.cli !== null) {
      const g = b.cli / a.cli;
      rows.push(row(B, `CLI time growth ${a.scale}x -> ${b.scale}x (input x${k})`, round(g), "x", `<= ${round(2.3 * (k / 2))}`, g <= 2.3 * (k / 2),
        `floor grew x${round(floorGrowth)}${Number.isNaN(b.stock) ? "" : `, exceljs as shipped x${round(b.stock / a.stock)}`} on the same inputs`));
    } else {
      rows.push(row(B, `floor time growth ${a.scale}x -> ${b.scale}x (input x${k})`, round(floorGrowth), "x", "", null, `exceljs as shipped x${round(b.stock / a.stock)}`));
    }
  }
  // Formulas: the same 1x workbook with every PK JUMLAH a SUM and every capaian / serapan a formula, as Excel saves
  // computed sheets. Formula reading (shared formulas resolved) and the formula rules must keep the CLI within 2x
  // the floor, and a consistent workbook of formulas draws no error.
  if (cli) {
    const stamp = fs.statSync(path.join(__dirname, "generate.ts")).mtimeMs.toFixed(0);
    const file = path.join(ensureCache(), `formulas-1x-${stamp}.xlsx`);
    if (!fs.existsSync(file)) await writeConsistentWorkbook(file, { scale: 1, formulas: true });
    const floorMs: number[] = [];
    const cliMs: number[] = [];
    let found: any[] = [];
    // Untimed, as above: the formula rules' code runs here for the first time in the process.
    await floorReadAndTouch(file, { linearMerges: true });
    await cli.run(file);
    for (let i = 0; i < reps; i++) {
      floorMs.push((await timeIt(() => floorReadAndTouch(file, { linearMerges: true }))).ms);
      const c = await timeIt(() => cli.run(file));
      cliMs.push(c.ms);
      found = findingsOf(c.result);
    }
    const p = await cli.parts(file);
    const f = best(floorMs), c = best(cliMs);
    rows.push(row(B, "CLI / floor, 1x with every total, capaian and serapan a formula", round(c / f), "x", "<= 2", c / f <= 2,
      `best of ${reps} after a warm-up: floor ${f.toFixed(0)} ms, cli ${c.toFixed(0)} ms (read ${p.readMs.toFixed(0)} + validate ${p.validateMs.toFixed(0)} + report ${p.reportMs.toFixed(0)} ms)`));
    const errors = found.filter((x) => x.severity === "error");
    const formulaFindings = found.filter((x) => String(x.rule).startsWith("SAKIP-FORMULA-")).length;
    rows.push(row(B, "errors on the consistent 1x workbook of formulas", errors.length, "errors", "0", errors.length === 0,
      `${formulaFindings} formula-rule findings${errors.length ? `; e.g. ${errors[0].rule} ${errors[0].sheet}!${errors[0].cell}: ${String(errors[0].message).slice(0, 160)}` : ""}`));
    raw.formulas = { file: path.basename(file), floorMs, cliMs, parts: p };
  }
  // Not vacuous: the same generator with wrong capaian injected must draw exactly those findings.
  if (cli) {
    const injectedFile = path.join(ensureCache(), "injected-capaian.xlsx");
    const { buffer, facts } = await generateXlsxBuffer({ pkSheets: 20, measurementRows: 1000, wrongCapaian: 50 });
    fs.writeFileSync(injectedFile, buffer);
    const r = await cli.run(injectedFile);
    const at = new Set(facts.injected.map((x) => `${x.sheet}!${x.cell}`));
    const found = findingsOf(r);
    const hit = found.filter((f) => f.rule === "SAKIP-CAPAIAN-001" && at.has(`${f.sheet}!${f.cell}`)).length;
    const other = found.filter((f) => f.rule === "SAKIP-CAPAIAN-001" && !at.has(`${f.sheet}!${f.cell}`)).length;
    rows.push(row(B, "wrong capaian injected into the generated workbook and found (SAKIP-CAPAIAN-001 at the right cell)", hit, `of ${at.size}`, `${at.size}`, hit === at.size,
      `${other} CAPAIAN-001 elsewhere; shows the consistent workbook's silence is not blindness`));
  }
  // Precision probe: a Program, a Kegiatan and a Sub Kegiatan with the same base name are different items.
  if (cli) {
    const probeFile = path.join(ensureCache(), "shared-level-names.xlsx");
    const { buffer } = await generateXlsxBuffer({ pkSheets: 40, measurementRows: 500, sharedLevelNames: true });
    fs.writeFileSync(probeFile, buffer);
    const found = findingsOf(await cli.run(probeFile)).filter((f) => f.severity === "error");
    const byRule: Record<string, number> = {};
    for (const f of found) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    rows.push(row(B, "errors on a consistent workbook whose Program, Kegiatan and Sub Kegiatan share base names (different levels)", found.length, "errors", "0", found.length === 0,
      found.length ? `${Object.entries(byRule).map(([k, v]) => `${k} ${v}`).join(", ")}; e.g. ${found[0].sheet}!${found[0].cell}: ${String(found[0].message).slice(0, 200)}` : undefined));
  }
  // The real binary, end to end (node start-up included), at the smallest scale.
  const first = scales()[0];
  const { file } = await workbookAt(first);
  const p = processRatio(file, Math.max(1, Math.min(reps, 3)));
  if (p && p.exit === 2) {
    rows.push(row(B, `bin/sakip-validate.js / floor process, ${first}x`, null, "x", "<= 2", null, `CLI exit 2: ${p.stderr.trim()}`));
  } else if (p) {
    rows.push(row(B, `bin/sakip-validate.js --format json / floor process, ${first}x (wall, node start-up included)`, round(p.cli / p.floor), "x", "<= 2", p.cli / p.floor <= 2,
      `floor process ${p.floor.toFixed(0)} ms; CLI process ${p.cli.toFixed(0)} ms; exit ${p.exit}${p.stderr ? `; stderr: ${p.stderr.trim()}` : ""}`));
  } else {
    notes.push("bin/sakip-validate.js not present: the CLI process was not timed.");
  }
  return { bench: B, rows, notes, raw };
}

if (require.main === module) {
  runEngine().then(emit, (e) => {
    console.error(e);
    process.exit(1);
  });
}
