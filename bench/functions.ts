// Custom functions benchmark: every SAKIP function, called the way Excel calls it on a 100.000-row range (one call
// that spills 100.000 results, or one aggregate over the range), against a plain loop that does the same arithmetic
// into the same shape. Target: within 2x on numbers. Also whole-column references (1.048.576 rows, mostly blank).
// Measured through the BUILT dist/functions.js (what Excel runs); SAKIP_FUNCTIONS_JS=path measures another build
// (for a before/after).
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { BenchResult, ROOT, Row, best, emit, nowMs, round, row } from "./lib/harness";

const B = "functions";
const N = 100_000;
const COLUMN = 1_048_576;

type Fn = (...args: any[]) => any;

/** Loads dist/functions.js and returns what it associated, by id (upper case). The bundle runs in this realm
 *  through `new Function` with CustomFunctions, self and window as parameters: a vm context would make every global
 *  lookup (Math, Number, ...) go through the sandbox's interceptors and slow the bundle several times, which Excel's
 *  runtime does not. */
export function loadBuiltFunctions(file = path.join(ROOT, "dist", "functions.js")): Record<string, Fn> | null {
  if (!fs.existsSync(file)) return null;
  const associated: Record<string, Fn> = {};
  const CustomFunctions = customFunctionsStandIn(associated);
  const self: Record<string, unknown> = { CustomFunctions, Office: { onReady: () => Promise.resolve({}), actions: { associate() {} } } };
  const run = new Function("CustomFunctions", "self", "window", "Office", fs.readFileSync(file, "utf8") + `\n//# sourceURL=${file}`);
  run(CustomFunctions, self, self, self.Office);
  return associated;
}

/** What Excel's runtime provides: CustomFunctions.associate (recorded), Error and ErrorCode. */
function customFunctionsStandIn(associated: Record<string, Fn>) {
  class CfError extends Error {
    constructor(public code: string, message?: string) {
      super(message);
    }
  }
  return {
    associate(idOrMap: string | Record<string, Fn>, fn?: Fn) {
      if (typeof idOrMap === "string") associated[idOrMap.toUpperCase()] = fn!;
      else for (const [k, v] of Object.entries(idOrMap)) associated[k.toUpperCase()] = v;
    },
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
}

const col = (f: (i: number) => unknown, n = N): unknown[][] => {
  const out: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [f(i)];
  return out;
};
const num = (m: unknown[][], i: number) => m[i][0] as number;

/** One workload: the function's arguments and the plain loop it is compared with (same inputs, same output shape). */
interface Workload {
  id: string;
  label: string;
  /** Builds the inputs when the workload runs, so whole columns of other workloads do not sit in the heap (a large
   *  heap puts its collections into every timing). */
  make: () => { args: unknown[]; plain: () => unknown; check: (out: unknown) => string | null };
}

function workloads(): Workload[] {
  const target = col((i) => 50 + (i % 97));
  const realisasi = col((i) => Math.round((50 + (i % 97)) * (0.6 + ((i * 7919) % 1000) / 1600) * 100) / 100);
  const cap = col((i) => 0.6 + ((i * 7919) % 1000) / 1000);
  const ser = col((i) => 0.5 + ((i * 104729) % 1000) / 2000);
  const pagu = col((i) => 1_000_000_000 + i * 1000);
  const real = col((i) => 800_000_000 + ((i * 7919) % 1000) * 100_000);
  const pop = col((i) => 1 + ((i * 7919) % 200_000));
  const nips = col((i) => `19${60 + (i % 20)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}200${i % 8}0${1 + (i % 9)}${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, "0")}`);
  const answersOf = (n: number) => Array.from({ length: n }, (_, r) => Array.from({ length: 9 }, (_, c) => 1 + ((r * 9 + c) * 7919) % 4));
  const merit8 = [40, 36, 57.5, 20, 62.5, 35, 10, 17];
  const bands = [0.91, 0.76, 0.66, 0.51];
  const labels = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
  const ratio = (a: unknown[][], b: unknown[][], f: (x: number, y: number) => number) => () => {
    const out: number[][] = new Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = [f(num(a, i), num(b, i))];
    return out;
  };
  const spillOf = (n: number, kind: string) => (out: unknown) =>
    Array.isArray(out) && out.length === n && (out as unknown[][]).every((r) => Array.isArray(r) && typeof r[0] === kind) ? null : `not a ${n}-row spill of ${kind}s`;
  const sumColumn = (m: unknown[][]) => () => {
    let s = 0;
    for (let i = 0; i < m.length; i++) { const v = m[i][0]; if (typeof v === "number") s += v; }
    return s;
  };
  const ikmPlain = (m: unknown[][]) => () => {
    const sum = new Array(9).fill(0);
    const n = new Array(9).fill(0);
    for (let r = 0; r < m.length; r++) {
      const row = m[r] as unknown[];
      for (let c = 0; c < 9; c++) { const v = row[c]; if (typeof v === "number" && v !== 0) { sum[c] += v; n[c]++; } }
    }
    let t = 0;
    for (let c = 0; c < 9; c++) t += sum[c] / n[c];
    return [[(t / 9) * 25]];
  };
  return [
    { id: "CAPAIAN", label: "CAPAIAN(target; realisasi) 100.000 rows", make: () => ({ args: [target, realisasi, null, null], plain: ratio(target, realisasi, (t, r) => r / t),
      check: (o) => spillOf(N, "number")(o) ?? (Math.abs(Number((o as number[][])[7][0]) - num(realisasi, 7) / num(target, 7)) < 1e-12 ? null : "wrong figure") }) },
    { id: "CAPAIAN", label: "CAPAIAN(target; realisasi; \"negatif\") 100.000 rows", make: () => ({ args: [target, realisasi, [["negatif"]], null],
      plain: ratio(target, realisasi, (t, r) => Math.max(0, 2 - r / t)), check: spillOf(N, "number") }) },
    { id: "EFISIENSI", label: "EFISIENSI(capaian; serapan) 100.000 rows", make: () => ({ args: [cap, ser, null], plain: ratio(cap, ser, (c, s) => c - s), check: spillOf(N, "number") }) },
    { id: "SERAPAN", label: "SERAPAN(pagu; realisasi) 100.000 rows", make: () => ({ args: [pagu, real], plain: ratio(pagu, real, (p, r) => r / p), check: spillOf(N, "number") }) },
    { id: "PREDIKAT", label: "PREDIKAT(capaian) 100.000 rows", make: () => ({ args: [cap, null],
      plain: () => {
        const out: string[][] = new Array(N);
        for (let i = 0; i < N; i++) { const v = num(cap, i); let k = 0; while (k < 4 && v < bands[k]) k++; out[i] = [labels[k]]; }
        return out;
      },
      check: spillOf(N, "string") }) },
    { id: "SAMPEL_SKM", label: "SAMPEL_SKM(populasi) 100.000 rows", make: () => ({ args: [pop],
      plain: () => {
        const out: number[][] = new Array(N);
        for (let i = 0; i < N; i++) { const p = num(pop, i); out[i] = [p >= 100000 ? 384 : Math.round((3.841 * p * 0.25) / (0.0025 * (p - 1) + 3.841 * 0.25))]; }
        return out;
      },
      check: spillOf(N, "number") }) },
    { id: "NIP", label: "NIP(nip) 100.000 NIP texts", make: () => ({ args: [nips, null],
      plain: () => {
        // The least a check does: 18 digits, a birth date and a TMT month in range.
        const out: string[][] = new Array(N);
        for (let i = 0; i < N; i++) {
          const s = nips[i][0] as string;
          const ok = s.length === 18 && +s.slice(4, 6) >= 1 && +s.slice(4, 6) <= 12 && +s.slice(6, 8) >= 1 && +s.slice(12, 14) <= 12;
          out[i] = [ok ? "Valid" : "Tidak valid"];
        }
        return out;
      },
      check: (o) => spillOf(N, "string")(o) ?? ((o as string[][]).every((r) => r[0] === "Valid") ? null : "a generated NIP is not valid") }) },
    { id: "IKM", label: "IKM(jawaban) 100.000 respondents x 9 unsur", make: () => {
      const answers = answersOf(N);
      return { args: [answers, null], plain: ikmPlain(answers), check: (o) => (typeof (o as number[][])[0][0] === "number" ? null : "no IKM") };
    } },
    { id: "IKM", label: "IKM(B:J) whole column, 365 answered rows (web: blanks null)", make: () => {
      const answered = answersOf(365);
      const ikmColumnWeb = Array.from({ length: COLUMN }, (_, r) => (r < 365 ? answered[r] : new Array(9).fill(null)));
      return { args: [ikmColumnWeb, null], plain: ikmPlain(ikmColumnWeb),
      check: (o) => (typeof (o as number[][])?.[0]?.[0] === "number" ? null : `no IKM: ${String((o as { message?: string })?.message ?? o).slice(0, 80)}`) };
    } },
    { id: "MERIT_SCORE", label: "MERIT_SCORE(C:C) whole column, 8 aspects (web: blanks null)", make: () => {
      const meritColumnWeb = col((i) => (i < 8 ? merit8[i] : null), COLUMN);
      return { args: [meritColumnWeb, null, null], plain: sumColumn(meritColumnWeb),
      check: (o) => (o === 278 ? null : `gave ${String((o as { message?: string })?.message ?? o).slice(0, 80)}`) };
    } },
    { id: "MERIT_SCORE", label: "MERIT_SCORE(C:C) whole column, 8 aspects (desktop: blanks 0)", make: () => {
      const meritColumnDesktop = col((i) => (i < 8 ? merit8[i] : 0), COLUMN);
      return { args: [meritColumnDesktop, null, null], plain: sumColumn(meritColumnDesktop),
      check: (o) => (o === 278 ? null : `gave ${String((o as { message?: string })?.message ?? o).slice(0, 80)}`) };
    } },
  ];
}

/**
 * One timed call, after a scavenge (a minor collection) that empties the young generation. Without it, whether a
 * scavenge falls inside a timed call (copying its 100.000 live rows: 15-30 ms) is set by how the young generation's
 * fill lines up with the alternation of function and plain loop: in one process it locked onto the same side call
 * after call, so the best of 15 was either a clean call or none (ratios 0,4x-7x for the same build). A full gc() is
 * not used: it ages code, and V8 drops bytecode (with the optimised code that inlined it) after a few full GCs.
 */
function time(fn: () => unknown): number {
  const gc = (globalThis as { gc?: (o?: { type: "minor" }) => void }).gc;
  if (gc) gc({ type: "minor" });
  const t0 = nowMs();
  try {
    fn();
  } catch {
    // an Excel error thrown by a function is still its answer; the time counts
  }
  return nowMs() - t0;
}

/** One workload measured in this process: its first call, then the best of `reps` interleaved with the plain loop. */
function measureOne(built: Record<string, Fn>, work: Workload, reps: number, label: string): { row: Row; raw: unknown } {
  const fn = built[work.id];
  const w = { ...work, ...work.make() };
  let out: unknown;
  const first = nowMs();
  try {
    out = fn(...w.args);
  } catch (e) {
    out = e;
  }
  const firstMs = nowMs() - first;
  const wrong = w.check(out);
  if (firstMs > 5000) {
    // Too slow to repeat: one call against the plain loop.
    const l = best([time(w.plain), time(w.plain), time(w.plain)]);
    return { row: row(B, `SAKIP.${w.label} / plain loop (${label})`, round(firstMs / l), "x", "<= 2", false, `one call ${firstMs.toFixed(0)} ms vs plain loop ${l.toFixed(2)} ms${wrong ? `; RESULT WRONG: ${wrong}` : ""}`), raw: { firstMs } };
  }
  // Warm both up, then interleave.
  for (let i = 0; i < 5; i++) { time(w.plain); time(() => fn(...w.args)); }
  const loop: number[] = [];
  const fnMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    loop.push(time(w.plain));
    fnMs.push(time(() => fn(...w.args)));
  }
  const l = best(loop);
  const f = best(fnMs);
  return {
    row: row(B, `SAKIP.${w.label} / plain loop (${label})`, round(f / l), "x", "<= 2", wrong ? false : f / l <= 2,
      `${f.toFixed(2)} ms vs plain loop ${l.toFixed(2)} ms (best of ${reps}, interleaved, in a process of its own)${wrong ? `; RESULT WRONG: ${wrong}` : ""}`),
    raw: { loop, fnMs },
  };
}

/**
 * Each workload runs in node processes of its own, five by default (SAKIP_FUNCTIONS_PROCS), and the median ratio is
 * reported with the range. A 100.000-row call takes about a millisecond: in one shared process the code V8 had
 * compiled for earlier workloads (of the functions and of the plain loops alike) swung single ratios between 0,4x and
 * 4,5x from run to run, and even one fresh process now and then lands in a slow state for the whole run. The rows
 * "after all other functions ran" keep the shared case, for context.
 */
function isolated(index: number): { row: Row; raw: unknown } | null {
  const procs = Math.max(1, Number(process.env.SAKIP_FUNCTIONS_PROCS || 5));
  const runs: { row: Row; raw: unknown }[] = [];
  for (let k = 0; k < procs; k++) {
    const r = spawnSync(process.execPath, ["--expose-gc", "-r", path.join(__dirname, "register.js"), __filename, "--one", String(index)],
      { cwd: ROOT, encoding: "utf8", env: process.env, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) continue;
    try {
      runs.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
    } catch {
      // a process that printed no result counts as failed
    }
  }
  if (!runs.length) return null;
  const ordered = [...runs].sort((a, b) => (a.row.value ?? Infinity) - (b.row.value ?? Infinity));
  const mid = ordered[Math.floor((ordered.length - 1) / 2)];
  const values = ordered.map((x) => x.row.value);
  return {
    row: { ...mid.row, detail: `${mid.row.detail}; median of ${runs.length} processes (${values.join(", ")})` },
    raw: runs.map((x) => x.raw),
  };
}

export async function runFunctions(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const file = process.env.SAKIP_FUNCTIONS_JS ? path.resolve(process.env.SAKIP_FUNCTIONS_JS) : path.join(ROOT, "dist", "functions.js");
  const label = path.relative(ROOT, file) || file;
  let built: Record<string, Fn> | null = null;
  try {
    built = loadBuiltFunctions(file);
    if (!built) notes.push(`${label} not built: run \`npm run build\``);
  } catch (e) {
    notes.push(`${label} failed to load: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!built) {
    rows.push(row(B, "custom functions / plain loop", null, "x", "<= 2", null, notes.join("; ")));
    return { bench: B, rows, notes, raw };
  }
  const reps = Number(process.env.SAKIP_BENCH_REPS || 15);
  // SAKIP_BENCH_SKIP=regex leaves out workloads an old build cannot finish (a quadratic whole-column call).
  const skip = process.env.SAKIP_BENCH_SKIP ? new RegExp(process.env.SAKIP_BENCH_SKIP) : null;
  const works = workloads();
  for (let i = 0; i < works.length; i++) {
    const work = works[i];
    if (!built[work.id]) { rows.push(row(B, `${work.label} / plain loop (${label})`, null, "x", "<= 2", null, `${work.id} not associated`)); continue; }
    if (skip?.test(work.label)) { rows.push(row(B, `SAKIP.${work.label} / plain loop (${label})`, null, "x", "<= 2", null, "skipped (SAKIP_BENCH_SKIP)")); continue; }
    const one = isolated(i);
    if (one) {
      rows.push(one.row);
      raw[work.label] = one.raw;
      process.stderr.write(`[bench] ${work.label}: ${one.row.value}x\n`);
    } else rows.push(row(B, `SAKIP.${work.label} / plain loop (${label})`, null, "x", "<= 2", false, "its process failed"));
  }
  // Then, in this one process, every function in turn, as in a workbook that uses them all: the shared loop's call
  // to the per-function kernel has met every kernel. CAPAIAN and SAMPEL_SKM measured again in that state.
  {
    for (const wk of works) {
      if (!built[wk.id] || skip?.test(wk.label)) continue;
      const x = { ...wk, ...wk.make() };
      for (let k = 0; k < 3; k++) time(() => built![wk.id](...x.args));
    }
    for (const work of [works[0], works.find((x) => x.id === "SAMPEL_SKM")!]) {
      const w = { ...work, ...work.make() };
      const fn = built[w.id];
      for (let i = 0; i < 5; i++) { time(w.plain); time(() => fn(...w.args)); }
      const l = best(Array.from({ length: reps }, () => time(w.plain)));
      const f = best(Array.from({ length: reps }, () => time(() => fn(...w.args))));
      rows.push(row(B, `SAKIP.${w.label}, after all other functions ran in one process / plain loop (${label})`, round(f / l), "x", "", null,
        `${f.toFixed(2)} ms vs plain loop ${l.toFixed(2)} ms; varies from run to run with what V8 compiled for the other workloads`));
      process.stderr.write(`[bench] ${w.label} after the others: ${round(f / l)}x\n`);
    }
  }
  // Text as pasted from Word is parsing work a plain loop does not do: shown for context, no target.
  {
    const targetText = col((i) => (i % 3 === 0 ? `${50 + (i % 97)} dokumen` : i % 3 === 1 ? `${50 + (i % 97)}%` : String(50 + (i % 97))));
    const realisasiText = col((i) => (i % 3 === 1 ? `${String(45 + (i % 90)).replace(".", ",")}%` : String(45.5 + (i % 90)).replace(".", ",")));
    const f = best(Array.from({ length: 3 }, () => time(() => built!.CAPAIAN(targetText, realisasiText, null, null))));
    rows.push(row(B, `SAKIP.CAPAIAN 100.000 rows of Indonesian text ("21,44", "95%", "3 dokumen") (${label})`, round(f), "ms", "", null, "parsing text is extra work the plain loop does not do"));
  }
  // Robustness at Excel's scale: a whole-column spill must spill, not fail.
  {
    const t = col((i) => 50 + (i % 97), COLUMN);
    const r = col((i) => 40 + (i % 89), COLUMN);
    let ok = false;
    let why = "";
    try {
      const out = built.CAPAIAN(t, r, null, null);
      ok = Array.isArray(out) && out.length === COLUMN && typeof out[0][0] === "number";
      if (!ok) why = `returned ${JSON.stringify(out?.[0]?.[0] ?? out).slice(0, 120)}`;
    } catch (e) {
      why = `threw ${e instanceof Error ? e.message : JSON.stringify(e)}`.slice(0, 200);
    }
    rows.push(row(B, `SAKIP.CAPAIAN(A:A; B:B) over 1.048.576 rows spills (${label})`, ok ? 1 : 0, ok ? "yes" : "no", "yes", ok, why || undefined));
  }
  return { bench: B, rows, notes, raw };
}

if (require.main === module && process.argv[2] === "--one") {
  const built = loadBuiltFunctions(process.env.SAKIP_FUNCTIONS_JS ? path.resolve(process.env.SAKIP_FUNCTIONS_JS) : undefined)!;
  const file = process.env.SAKIP_FUNCTIONS_JS ? path.resolve(process.env.SAKIP_FUNCTIONS_JS) : path.join(ROOT, "dist", "functions.js");
  const res = measureOne(built, workloads()[Number(process.argv[3])], Number(process.env.SAKIP_BENCH_REPS || 15), path.relative(ROOT, file) || file);
  process.stdout.write(JSON.stringify(res) + "\n");
} else if (require.main === module) {
  runFunctions().then(emit, (e) => {
    console.error(e);
    process.exit(1);
  });
}
