// Shared helpers: timing, medians, result rows. Every figure is a RATIO of two things measured in the same
// process, interleaved, so a noisy shared machine slows both sides alike.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export interface Row {
  /** Which benchmark ("engine", "adapter", "functions", "bundles", "pane"). */
  bench: string;
  /** What is measured, in words. */
  metric: string;
  /** The figure (a ratio, a count, KB ...). null when it could not be measured. */
  value: number | null;
  unit: string;
  /** The target in words, e.g. "<= 2". Empty when the row is context, not a target. */
  target: string;
  /** Whether the target is met; null for context rows or when not measured. */
  met: boolean | null;
  /** Raw figures behind a ratio, or why it was skipped. */
  detail?: string;
}

export interface BenchResult {
  bench: string;
  rows: Row[];
  notes: string[];
  /** Anything else worth keeping in results.json (raw timings ...). */
  raw?: Record<string, unknown>;
}

export const ROOT = path.resolve(__dirname, "..", "..");
export const CACHE = path.join(os.tmpdir(), "sakip-bench");

export function ensureCache(): string {
  fs.mkdirSync(CACHE, { recursive: true });
  return CACHE;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const gc = (globalThis as any).gc as (() => void) | undefined;
  if (gc) gc();
  const t0 = nowMs();
  const result = await fn();
  return { ms: nowMs() - t0, result };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Best of several runs: on a shared machine noise only ever adds time, so the minimum is the steadiest estimate. */
export function best(xs: number[]): number {
  return Math.min(...xs);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Loads a module from the repo if it exists (someone else may not have landed it yet). */
export function tryRequire<T = any>(rel: string): { mod?: T; error?: string } {
  const abs = path.join(ROOT, rel);
  const candidates = [abs, abs + ".ts", abs + ".tsx", abs + ".js"];
  if (!candidates.some((c) => fs.existsSync(c))) return { error: `${rel} not found` };
  try {
    return { mod: require(abs) as T };
  } catch (e) {
    return { error: `${rel} failed to load: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
}

export function row(bench: string, metric: string, value: number | null, unit: string, target = "", met: boolean | null = null, detail?: string): Row {
  return { bench, metric, value, unit, target, met, detail };
}

/** Writes a bench's result where the runner picks it up (or prints it when run alone). */
export function emit(result: BenchResult): void {
  const out = process.env.SAKIP_BENCH_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
  else {
    for (const r of result.rows) {
      console.log(`${r.metric}: ${r.value ?? "-"} ${r.unit} ${r.target ? `(target ${r.target}: ${r.met === null ? "n/a" : r.met ? "met" : "MISSED"})` : ""} ${r.detail ?? ""}`);
    }
    for (const n of result.notes) console.log("note:", n);
  }
}

export function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}
