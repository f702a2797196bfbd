// Profiles the CLI path on a generated workbook with `node --cpu-prof` and prints the top frames by self time,
// grouped by function and by file. Usage:
//   node -r ./bench/register.js bench/profile.ts [scale=1] [validate|read|cli]
// Writes the .cpuprofile under $TMPDIR/sakip-bench/profiles (open it in Chrome DevTools for the call tree).
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { ensureCache, ROOT } from "./lib/harness";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Frame {
  name: string;
  ms: number;
  share: number;
}

function shortUrl(url: string): string {
  const u = url.replace(/^file:\/\//, "");
  const nm = u.lastIndexOf("node_modules/");
  if (nm >= 0) return u.slice(nm + 13).split("/").slice(0, 1).join("/") + ":" + u.slice(nm + 13).split("/").slice(1).join("/");
  return path.relative(ROOT, u) || u || "(native)";
}

/** Self time per function and per file, largest first. */
export function summarise(profile: CpuProfile, top = 12): { total: number; byFunction: Frame[]; byFile: Frame[] } {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const ms = self.get(n.id) ?? 0;
    if (!ms) continue;
    total += ms;
    const file = n.callFrame.url ? shortUrl(n.callFrame.url) : `(${n.callFrame.functionName || "program"})`;
    const fn = `${n.callFrame.functionName || "(anonymous)"} ${file}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    const pkg = file.includes(":") && !file.startsWith("src") ? file.split(":")[0] : file;
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + ms);
  }
  const list = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 10 }));
  return { total: Math.round(total), byFunction: list(byFn), byFile: list(byFile) };
}

/** Runs `what` on the workbook at `scale` under --cpu-prof in a child process; returns the summary. */
export function profileCli(file: string, what: "cli" | "validate" | "read" = "cli"): ReturnType<typeof summarise> & { profile: string } {
  const dir = path.join(ensureCache(), "profiles");
  fs.mkdirSync(dir, { recursive: true });
  const name = `${what}-${path.basename(file, ".xlsx")}-${Date.now()}.cpuprofile`;
  // The compiled CLI modules when built (no TypeScript transpiling in the profile), else the sources.
  const built = fs.existsSync(path.join(ROOT, "build/cli/core/validate.js"));
  const mod = (rel: string) => JSON.stringify(path.join(ROOT, built ? `build/cli/${rel}.js` : `src/${rel}.ts`));
  const script = `
    const fs = require("fs");
    const { readXlsx } = require(${mod("xlsx/read")});
    const { validateWorkbook } = require(${mod("core/validate")});
    (async () => {
      const wb = await readXlsx(fs.readFileSync(${JSON.stringify(file)}), { name: "bench" });
      if (${JSON.stringify(what)} !== "read") validateWorkbook(wb);
    })();`;
  const hook = built ? [] : ["-r", path.join(__dirname, "register.js")];
  const r = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", name, "--max-old-space-size=8192", ...hook, "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`profiled run failed: ${r.stderr.slice(0, 500)}`);
  const profile = path.join(dir, name);
  return { ...summarise(JSON.parse(fs.readFileSync(profile, "utf8"))), profile };
}

if (require.main === module) {
  (async () => {
    const { workbookAt } = await import("./engine");
    const scale = Number(process.argv[2] ?? 1);
    const what = (process.argv[3] ?? "cli") as "cli" | "validate" | "read";
    const { file } = await workbookAt(scale);
    const s = profileCli(file, what);
    console.log(`profile ${s.profile}\nsampled ${s.total} ms\n\nby file:`);
    for (const f of s.byFile) console.log(`  ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.name}`);
    console.log("\nby function (self time):");
    for (const f of s.byFunction) console.log(`  ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.name}`);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
