// `npm run bench`: runs every benchmark (each in its own node process, so one's heap does not slow the next),
// prints one table of ratios measured in this run, writes bench/results.json and refreshes the table in
// docs/bench.md. Usage: npm run bench [-- engine adapter functions bundles]
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import type { BenchResult, Row } from "./lib/harness";

const ROOT = path.resolve(__dirname, "..");
const ALL = ["engine", "adapter", "functions", "bundles", "sets"];

function ensureBuilt(): void {
  const need = [path.join(ROOT, "dist", "functions.js"), path.join(ROOT, "dist", "taskpane.html"), path.join(ROOT, "build", "cli", "cli", "main.js")];
  if (process.env.SAKIP_BENCH_NO_BUILD || need.every((f) => fs.existsSync(f))) return;
  process.stderr.write("[bench] dist/ or build/cli missing: running `npm run build` first\n");
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) process.stderr.write("[bench] build failed; benchmarks needing it will say so\n");
}

function runOne(name: string): BenchResult {
  const out = path.join(os.tmpdir(), `sakip-bench-${name}-${process.pid}.json`);
  fs.rmSync(out, { force: true });
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", "-r", path.join(__dirname, "register.js"), path.join(__dirname, `${name}.ts`)],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, SAKIP_BENCH_OUT: out } },
  );
  process.stderr.write(`[bench] ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (r.status !== 0 || !fs.existsSync(out)) {
    return { bench: name, rows: [{ bench: name, metric: "benchmark run", value: null, unit: "", target: "", met: null, detail: `exit ${r.status}` }], notes: [`${name} failed (exit ${r.status})`] };
  }
  const res = JSON.parse(fs.readFileSync(out, "utf8")) as BenchResult;
  fs.rmSync(out, { force: true });
  return res;
}

function fmt(v: number | null): string {
  if (v === null) return "-";
  return Number.isInteger(v) ? v.toLocaleString("en-US") : String(v);
}

export function markdownTable(rows: Row[]): string {
  const lines = ["| Bench | Metric | Value | Target | Met |", "|---|---|---:|---|---|"];
  for (const r of rows) {
    const met = r.met === null ? (r.target ? "n/a" : "") : r.met ? "yes" : "**no**";
    lines.push(`| ${r.bench} | ${r.metric.replace(/\|/g, "/")} | ${fmt(r.value)} ${r.unit} | ${r.target} | ${met} |`);
  }
  return lines.join("\n");
}

function consoleTable(rows: Row[]): string {
  const cells = rows.map((r) => [r.bench, r.metric, `${fmt(r.value)} ${r.unit}`.trim(), r.target, r.met === null ? "" : r.met ? "met" : "MISSED"]);
  const head = ["bench", "metric", "value", "target", ""];
  const width = head.map((h, i) => Math.min(90, Math.max(h.length, ...cells.map((c) => c[i].length))));
  const pad = (c: string[]) => c.map((x, i) => (x.length > width[i] ? x.slice(0, width[i] - 1) + "…" : x.padEnd(width[i]))).join("  ");
  return [pad(head), width.map((w) => "-".repeat(w)).join("  "), ...cells.map(pad)].join("\n");
}

function gitCommit(): string {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}

function main(): void {
  const wanted = process.argv.slice(2).filter((a) => ALL.includes(a));
  const names = wanted.length ? wanted : ALL;
  ensureBuilt();
  const results = names.map(runOne);
  const rows = results.flatMap((r) => r.rows);
  const notes = results.flatMap((r) => r.notes.map((n) => `${r.bench}: ${n}`));
  console.log("\n" + consoleTable(rows));
  if (notes.length) console.log("\n" + notes.map((n) => `- ${n}`).join("\n"));

  const meta = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? "?"}`,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    benches: names,
  };
  // Keep the benches not run this time from the previous results, so a partial run does not lose them.
  const file = path.join(__dirname, "results.json");
  let previous: BenchResult[] = [];
  try {
    previous = JSON.parse(fs.readFileSync(file, "utf8")).results ?? [];
  } catch {
    /* first run */
  }
  const merged = [...previous.filter((p) => !names.includes(p.bench)), ...results].sort((a, b) => ALL.indexOf(a.bench) - ALL.indexOf(b.bench));
  fs.writeFileSync(file, JSON.stringify({ meta, results: merged }, null, 2) + "\n");

  const doc = path.join(ROOT, "docs", "bench.md");
  if (fs.existsSync(doc)) {
    const text = fs.readFileSync(doc, "utf8");
    const start = "<!-- bench:table:start -->";
    const end = "<!-- bench:table:end -->";
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i >= 0 && j > i) {
      const allRows = merged.flatMap((r) => r.rows);
      const allNotes = merged.flatMap((r) => r.notes.map((n) => `${r.bench}: ${n}`));
      const body = `\n_Measured ${meta.date.slice(0, 16).replace("T", " ")} UTC at ${meta.commit}, ${meta.cpus}, load ${meta.loadavg.join(" / ")}._\n\n` +
        markdownTable(allRows) + (allNotes.length ? "\n\n" + allNotes.map((n) => `- ${n}`).join("\n") : "") + "\n";
      let next = text.slice(0, i + start.length) + body + text.slice(j);
      // The targets missed in the latest results, listed where the doc explains them.
      const os2 = next.indexOf("<!-- bench:open:start -->");
      const oe2 = next.indexOf("<!-- bench:open:end -->");
      if (os2 >= 0 && oe2 > os2) {
        const missed = allRows.filter((r) => r.met === false);
        const list = missed.length
          ? missed.map((r) => `- **${r.bench}**: ${r.metric.trim()}: ${fmt(r.value)} ${r.unit} (target ${r.target})${r.detail ? ` — ${r.detail}` : ""}`).join("\n")
          : "- none: every measured target is met.";
        next = next.slice(0, os2 + "<!-- bench:open:start -->".length) + "\n" + list + "\n" + next.slice(oe2);
      }
      fs.writeFileSync(doc, next);
    }
  }
  console.log(`\nwrote ${path.relative(ROOT, file)}${fs.existsSync(doc) ? " and docs/bench.md" : ""}`);
}

main();
