// Custom functions benchmark: SAKIP.CAPAIAN over a 100.000-row range (one call that spills 100.000 results)
// against a plain loop doing the division into the same shape. Target: within 2x.
// Measured twice: through the BUILT dist/functions.js (what Excel runs, loaded with a stand-in CustomFunctions
// global that records CustomFunctions.associate) and through the TypeScript source.
import * as fs from "fs";
import * as path from "path";
import { BenchResult, ROOT, Row, best, emit, nowMs, round, row, tryRequire } from "./lib/harness";

const B = "functions";
const N = 100_000;

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

/** The source module's CAPAIAN wrapper: the exported function whose name is capaian (any case).
 *  Excel provides the CustomFunctions global; outside it the same stand-in as for the bundle is installed. */
function sourceCapaian(): { fn?: Fn; error?: string } {
  const g = globalThis as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = customFunctionsStandIn({});
  const m = tryRequire<Record<string, unknown>>("src/functions/functions");
  if (!m.mod) return { error: m.error };
  const entry = Object.entries(m.mod).find(([k, v]) => /^capaian$/i.test(k) && typeof v === "function");
  return entry ? { fn: entry[1] as Fn } : { error: "src/functions/functions.ts exports no capaian()" };
}

function columns(): { target: number[][]; realisasi: number[][]; targetText: unknown[][]; realisasiText: unknown[][] } {
  const target: number[][] = [];
  const realisasi: number[][] = [];
  const targetText: unknown[][] = [];
  const realisasiText: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    const t = 50 + (i % 97);
    const r = t * (0.6 + ((i * 7919) % 1000) / 1600);
    target.push([t]);
    realisasi.push([Math.round(r * 100) / 100]);
    // What text pasted from Word looks like: "21,44", "95%", "3 dokumen".
    targetText.push([i % 3 === 0 ? `${t} dokumen` : i % 3 === 1 ? `${t}%` : String(t).replace(".", ",")]);
    realisasiText.push([i % 3 === 1 ? `${String(Math.round(r * 100) / 100).replace(".", ",")}%` : String(Math.round(r * 100) / 100).replace(".", ",")]);
  }
  return { target, realisasi, targetText, realisasiText };
}

/** The baseline: what any implementation must at least do, a loop dividing into a same-shaped array. */
function plainLoop(target: number[][], realisasi: number[][]): number[][] {
  const out: number[][] = new Array(target.length);
  for (let i = 0; i < target.length; i++) out[i] = [realisasi[i][0] / target[i][0]];
  return out;
}

async function timeRuns(fn: () => unknown, reps: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = nowMs();
    const r = fn();
    if (r && typeof (r as Promise<unknown>).then === "function") await r;
    ms.push(nowMs() - t0);
  }
  return ms;
}

export async function runFunctions(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const data = columns();
  const reps = 15;
  const candidates: { label: string; fn: Fn }[] = [];
  try {
    const built = loadBuiltFunctions();
    if (!built) notes.push("dist/functions.js not built: run `npm run build`");
    else if (!built.CAPAIAN) notes.push(`dist/functions.js associates no CAPAIAN (ids: ${Object.keys(built).join(", ") || "none"})`);
    else candidates.push({ label: "dist/functions.js", fn: built.CAPAIAN });
  } catch (e) {
    notes.push(`dist/functions.js failed to load: ${e instanceof Error ? e.message : String(e)}`);
  }
  const src = sourceCapaian();
  if (src.fn) candidates.push({ label: "src/functions/functions.ts", fn: src.fn });
  else notes.push(`source not measured: ${src.error}`);

  for (const c of candidates) {
    // Sanity: the spill has the input's shape and the seed's figure (278 / 260 = 106,92%).
    const probe = await c.fn([[260]], [[278]], null, null);
    const seedOk = Array.isArray(probe) && Math.abs(Number(probe[0][0]) - 278 / 260) < 1e-9;
    const spill = await c.fn(data.target, data.realisasi, null, null);
    const shapeOk = Array.isArray(spill) && spill.length === N && spill.every((r: unknown[]) => Array.isArray(r) && r.length === 1);
    const wrong = shapeOk ? spill.findIndex((r: unknown[], i: number) => Math.abs(Number(r[0]) - data.realisasi[i][0] / data.target[i][0]) > 1e-12) : -1;
    if (!seedOk || !shapeOk || wrong >= 0) notes.push(`${c.label}: unexpected result (seed ${seedOk ? "ok" : JSON.stringify(probe)}, shape ${shapeOk}, first differing row ${wrong})`);

    // Warm both up, then interleave.
    await timeRuns(() => plainLoop(data.target, data.realisasi), 3);
    await timeRuns(() => c.fn(data.target, data.realisasi, null, null), 3);
    const loop: number[] = [];
    const fnMs: number[] = [];
    const textMs: number[] = [];
    for (let i = 0; i < reps; i++) {
      loop.push(...(await timeRuns(() => plainLoop(data.target, data.realisasi), 1)));
      fnMs.push(...(await timeRuns(() => c.fn(data.target, data.realisasi, null, null), 1)));
      if (i < 5) textMs.push(...(await timeRuns(() => c.fn(data.targetText, data.realisasiText, null, null), 1)));
    }
    const l = best(loop);
    const f = best(fnMs);
    const tx = best(textMs);
    raw[c.label] = { loop, fnMs, textMs };
    rows.push(row(B, `SAKIP.CAPAIAN 100.000-row spill / plain division loop (${c.label}, numbers)`, round(f / l), "x", "<= 2", f / l <= 2,
      `CAPAIAN ${f.toFixed(2)} ms, loop ${l.toFixed(2)} ms (best of ${reps}, interleaved)`));
    rows.push(row(B, `SAKIP.CAPAIAN 100.000-row spill of Indonesian text ("21,44", "95%", "3 dokumen") / plain loop (${c.label})`, round(tx / l), "x", "", null,
      `${tx.toFixed(1)} ms: parsing text is extra work the plain loop does not do`));
  }
  // Robustness at Excel's scale: a 300.000-row column must spill, not fail.
  for (const c of candidates) {
    const big = 300_000;
    const t = Array.from({ length: big }, (_, i) => [50 + (i % 97)]);
    const r = Array.from({ length: big }, (_, i) => [40 + (i % 89)]);
    let ok = false;
    let why = "";
    try {
      const out = await c.fn(t, r, null, null);
      ok = Array.isArray(out) && out.length === big && typeof out[0][0] === "number";
      if (!ok) why = `returned ${JSON.stringify(out?.[0]?.[0] ?? out).slice(0, 120)}`;
    } catch (e) {
      why = `threw ${e instanceof Error ? e.message : JSON.stringify(e)}`.slice(0, 200);
    }
    rows.push(row(B, `SAKIP.CAPAIAN over 300.000 rows spills (${c.label})`, ok ? 1 : 0, ok ? "yes" : "no", "yes", ok, why || undefined));
  }
  // The kernel under the wrapper, for context: the core formula called per element.
  const core = tryRequire<any>("src/core/formulas/capaian");
  if (core.mod?.capaian) {
    const kernel = (t: number[][], r: number[][]) => {
      const out: number[][] = new Array(t.length);
      for (let i = 0; i < t.length; i++) out[i] = [core.mod.capaian(t[i][0], r[i][0])];
      return out;
    };
    await timeRuns(() => kernel(data.target, data.realisasi), 3);
    const loop: number[] = [];
    const k: number[] = [];
    for (let i = 0; i < reps; i++) {
      loop.push(...(await timeRuns(() => plainLoop(data.target, data.realisasi), 1)));
      k.push(...(await timeRuns(() => kernel(data.target, data.realisasi), 1)));
    }
    rows.push(row(B, "core formula capaian() called per element (src/core/formulas/capaian.ts) / plain loop", round(best(k) / best(loop)), "x", "", null,
      `${best(k).toFixed(2)} ms vs ${best(loop).toFixed(2)} ms: the kernel under the custom function`));
  }
  if (!candidates.length) rows.push(row(B, "SAKIP.CAPAIAN 100.000-row spill / plain division loop", null, "x", "<= 2", null, notes.join("; ")));
  return { bench: B, rows, notes, raw };
}

if (require.main === module) {
  runFunctions().then(emit, (e) => {
    console.error(e);
    process.exit(1);
  });
}
