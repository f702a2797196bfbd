// Shared helpers for the reliability tests: run the real CLI as a child process with a time and heap bound,
// and recognise what a user must never see (stack traces, crashes) and what they must see (Indonesian).
import { spawn } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(ROOT, "bin", "sakip-validate.js");

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs `node bin/sakip-validate.js ...args` with a heap cap (MB) and a wall-clock timeout (ms). */
export function runCli(args: string[], opts: { timeoutMs?: number; heapMb?: number } = {}): Promise<CliRun> {
  const timeoutMs = opts.timeoutMs ?? 30000;
  const heapMb = opts.heapMb ?? 512;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], {
      cwd: ROOT,
      // The heap cap also reaches any node process the CLI itself starts.
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}`, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

/** Runs promise factories with at most `limit` at once (2 shared cores: never more than 2 CLIs together). */
export async function pool<T>(tasks: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** A JavaScript stack frame, a V8 fatal error, or an uncaught JS error class name: what a planner must never see. */
export const STACK_TRACE = /(^|\n)\s+at\s+(?:[^\n(]*\()?(?:node:|file:|\/|[A-Za-z]:\\|<anonymous>|[^\s()]+\.[cm]?[jt]sx?:\d+)/;
export const CRASH = /FATAL ERROR|heap out of memory|Allocation failed|\b(TypeError|ReferenceError|RangeError|SyntaxError|UnhandledPromiseRejection)\b|node:internal/;

/** Common Indonesian words of an error message; at least one must appear. */
export const INDONESIAN = /\b(tidak|bukan|berkas|dibaca|membaca|rusak|gagal|terlalu|besar|kosong|dapat|bisa|ditemukan|sel|lembar)\b/i;

/** "A1" or "A1:B2", inside Excel's grid (XFD1048576). Returns the 0-based bounds or null. */
export function parseA1Range(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  if (top < 0 || bottom < top || right < left || bottom >= 1048576 || right >= 16384) return null;
  return { top, left, bottom, right };
}

/** One run, for a failing assertion's message. */
export function describeRun(file: string, r: CliRun): string {
  return `${file}: exit ${r.code} signal ${r.signal} ${r.ms} ms${r.timedOut ? " TIMED OUT" : ""}\nstderr: ${r.stderr.slice(0, 600)}\nstdout: ${r.stdout.slice(0, 300)}`;
}

/**
 * What every file of a corpus must get from the CLI: an answer in time, no stack trace or crash, and the exit code its
 * entry expects (0/1 findings, 2 unreadable). Returns the run's description for the caller's own checks.
 */
export function expectCalmAnswer(file: string, expected: "findings" | "unreadable" | string, r: CliRun): string {
  const info = describeRun(file, r);
  expect({ timedOut: r.timedOut, signal: r.signal, info }).toEqual({ timedOut: false, signal: null, info });
  expect(STACK_TRACE.test(r.stderr) || STACK_TRACE.test(r.stdout) ? info : "no stack").toBe("no stack");
  expect(CRASH.test(r.stderr) || CRASH.test(r.stdout) ? info : "no crash").toBe("no crash");
  const allowed = expected === "findings" ? [0, 1] : expected === "unreadable" ? [2] : [0, 1, 2];
  expect(allowed.includes(r.code as number) ? "ok" : info).toBe("ok");
  return info;
}
