// The Chromium every browser test and bench uses, found without the network and without apt:
//   1. SAKIP_CHROMIUM (a path to a Chrome / Edge / Chromium executable), when set;
//   2. a system Chrome, Edge or Chromium at its usual place on Linux, Windows or macOS;
//   3. the Chromium shipped inside the @sparticuz/chromium npm package (unpacked once to the temp folder).
// SAKIP_NO_SYSTEM_BROWSER=1 skips step 2, to prove a machine without a browser passes.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, BrowserContext, LaunchOptions } from "playwright-core";

/** Flags for a closed network: without the background-networking ones Chromium keeps dialling Google's hosts. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-domain-reliability",
  "--no-pings",
];

function systemCandidates(): string[] {
  const env = process.env;
  if (process.platform === "win32") {
    const roots = [env["PROGRAMFILES(X86)"], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => !!r);
    const rel = [
      "Microsoft\\Edge\\Application\\msedge.exe",
      "Google\\Chrome\\Application\\chrome.exe",
      "Chromium\\Application\\chrome.exe",
    ];
    return roots.flatMap((r) => rel.map((p) => path.join(r, p)));
  }
  if (process.platform === "darwin") {
    const apps = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "Chromium.app/Contents/MacOS/Chromium",
    ];
    return ["/Applications", path.join(os.homedir(), "Applications")].flatMap((d) => apps.map((a) => path.join(d, a)));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
  ];
}

/** @sparticuz/chromium is an ES module with an async unpacker: run it in a child node, one process at a time
 *  (parallel jest workers would otherwise write the same /tmp/chromium together). */
function npmChromium(): string {
  // The package's "exports" hide package.json from require.resolve: look for its folder.
  let pkgDir: string | undefined;
  for (let dir = __dirname; !pkgDir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", "@sparticuz", "chromium");
    if (fs.existsSync(path.join(candidate, "package.json"))) pkgDir = candidate;
    else if (path.dirname(dir) === dir) break;
  }
  if (!pkgDir) {
    throw new Error("No Chromium found: set SAKIP_CHROMIUM, install Chrome/Edge/Chromium, or run npm ci (devDependency @sparticuz/chromium).");
  }
  const lock = path.join(os.tmpdir(), "sakip-chromium.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a process that died.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      execFileSync(process.execPath, ["-e", "setTimeout(()=>{},200)"]);
    }
  }
  try {
    const entry = path.join(pkgDir, "build", "index.js");
    const script = `import(${JSON.stringify("file://" + entry.replace(/\\/g, "/"))}).then(async (m) => {
      const p = await m.default.executablePath();
      process.stdout.write(p);
    }).catch((e) => { console.error(e && e.message || e); process.exit(1); });`;
    const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    if (!out || !fs.existsSync(out)) throw new Error(`@sparticuz/chromium gave no executable (${out})`);
    return out;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

let found: { path: string; source: string } | undefined;

/** Where the browser is, and which of the three ways found it. */
export function chromiumExecutable(): { path: string; source: "env" | "system" | "npm" } {
  if (found) return found as { path: string; source: "env" | "system" | "npm" };
  const fromEnv = process.env.SAKIP_CHROMIUM;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`SAKIP_CHROMIUM points at ${fromEnv}, which does not exist`);
    return (found = { path: fromEnv, source: "env" }) as { path: string; source: "env" };
  }
  if (!process.env.SAKIP_NO_SYSTEM_BROWSER) {
    const sys = systemCandidates().find((p) => fs.existsSync(p));
    if (sys) return (found = { path: sys, source: "system" }) as { path: string; source: "system" };
  }
  return (found = { path: npmChromium(), source: "npm" }) as { path: string; source: "npm" };
}

export function launchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { executablePath: chromiumExecutable().path, headless: true, ...extra, args: [...CHROMIUM_ARGS, ...(extra.args ?? [])] };
}

export async function launchBrowser(extra: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch(launchOptions(extra));
}

/** A persistent context in a fresh, empty profile folder; `close()` also removes the folder. */
export async function launchContext(
  options: Parameters<typeof import("playwright-core").chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  const { chromium } = await import("playwright-core");
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-chromium-profile-"));
  const context = await chromium.launchPersistentContext(userDir, {
    ...launchOptions(),
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  const close = context.close.bind(context);
  context.close = async (...a: Parameters<BrowserContext["close"]>) => {
    await close(...a);
    fs.rmSync(userDir, { recursive: true, force: true });
  };
  return context;
}
