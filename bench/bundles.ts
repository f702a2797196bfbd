// Bundle and pane benchmark.
// - gzip sizes: dist/functions.js (<= 50 KB, no React) and the pane's initial load (taskpane.html + the scripts and
//   styles it loads before the user does anything, <= 400 KB), from the built files and as Chromium fetched them;
// - the pane's time to interactive in Chromium outside Excel (dist/ served from 127.0.0.1 by this file);
// - 5.000 findings: validate a generated workbook with 5.000 wrong capaian in the pane's preview, then measure the
//   main-thread tasks and frame gaps while the list renders and while the user filters, regroups and scrolls.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import * as zlib from "zlib";
import { AddressInfo } from "net";
import { generateXlsxBuffer } from "./generate";
import { BenchResult, CACHE, ROOT, Row, emit, ensureCache, log, median, round, row } from "./lib/harness";
import { launchBrowser } from "../test/support/browser";

const B = "bundles";
const DIST = process.env.SAKIP_DIST || path.join(ROOT, "dist");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

function gz(buf: Buffer): number {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

function kb(n: number): number {
  return round(n / 1024, 1);
}

/** Markers only React (react / react-dom) puts in a production bundle. */
export function hasReact(code: string): boolean {
  return /Symbol\.for\("react\.element"\)|react\.transitional\.element|__SECRET_INTERNALS_DO_NOT_USE|Minified React error/.test(code);
}

/** Local scripts and stylesheets taskpane.html loads by itself (not the ones imported later on demand). */
export function initialAssets(html: string): string[] {
  const out: string[] = [];
  // Minified HTML may leave attributes unquoted: src=taskpane.js
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const re = /<script\b[^>]*>|<link\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const tag = m[0];
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\srel=["']?stylesheet/i.test(tag)) continue;
    const a = attr(tag, isScript ? "src" : "href");
    const src = a ? a[1] ?? a[2] ?? a[3] : undefined;
    if (!src || /^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, "").split("?")[0]);
  }
  return out;
}

function staticSizes(rows: Row[], notes: string[], raw: Record<string, unknown>): void {
  const fjs = path.join(DIST, "functions.js");
  if (fs.existsSync(fjs)) {
    const code = fs.readFileSync(fjs);
    const size = gz(code);
    const react = hasReact(code.toString("utf8"));
    rows.push(row(B, "dist/functions.js gzip", kb(size), "KB", "<= 50", size <= 50 * 1024, `${kb(code.length)} KB raw`));
    rows.push(row(B, "React in dist/functions.js", react ? 1 : 0, react ? "yes" : "no", "no", !react));
  } else notes.push("dist/functions.js not built");

  const htmlFile = path.join(DIST, "taskpane.html");
  if (fs.existsSync(htmlFile)) {
    const html = fs.readFileSync(htmlFile);
    const assets = initialAssets(html.toString("utf8"));
    const parts = [{ file: "taskpane.html", raw: html.length, gzip: gz(html) }];
    for (const a of assets) {
      const p = path.join(DIST, a);
      if (!fs.existsSync(p)) {
        notes.push(`taskpane.html references ${a}, not in dist/`);
        continue;
      }
      const b = fs.readFileSync(p);
      parts.push({ file: a, raw: b.length, gzip: gz(b) });
    }
    const total = parts.reduce((n, p) => n + p.gzip, 0);
    raw.initialLoad = parts;
    rows.push(row(B, "task pane initial load gzip (taskpane.html + the scripts it loads; office.js from Microsoft's CDN not counted)", kb(total), "KB", "<= 400", total <= 400 * 1024,
      parts.map((p) => `${p.file} ${kb(p.gzip)}`).join(", ")));
    const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !assets.includes(f));
    if (lazy.length) {
      raw.lazyChunks = lazy.map((f) => ({ file: f, gzip: gz(fs.readFileSync(path.join(DIST, f))) }));
      rows.push(row(B, "chunks loaded on demand only (e.g. the .xlsx reader for the preview), gzip", kb((raw.lazyChunks as { gzip: number }[]).reduce((n, c) => n + c.gzip, 0)), "KB", "", null,
        (raw.lazyChunks as { file: string; gzip: number }[]).map((c) => `${c.file} ${kb(c.gzip)}`).join(", ")));
    }
  } else notes.push("dist/taskpane.html not built");
}

interface Served {
  url: string;
  close(): Promise<void>;
  log: { path: string; bytes: number; gzip: number; at: number }[];
}

/** Serves dist/ (and office.js from the npm package) on 127.0.0.1, logging what is fetched and when. */
async function serveDist(): Promise<Served> {
  const logEntries: Served["log"] = [];
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".png": "image/png", ".xlsx": "application/octet-stream", ".xml": "text/xml" };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(DIST, path.normalize(url).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file);
    logEntries.push({ path: url, bytes: body.length, gzip: /\.(js|html|css|json)$/.test(file) ? gz(body) : body.length, at: Date.now() });
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, log: logEntries, close: () => new Promise((r) => server.close(() => r())) };
}

/** Offline like the e2e test: Office's CDN answers an empty script (as a blocked network leaves Office undefined),
 *  or with SAKIP_BENCH_OFFICE_JS=package the office-js npm package's files; every other host is refused. */
async function offline(page: any): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route: any) => {
    const u = new URL(route.request().url());
    if (u.hostname !== "appsforoffice.microsoft.com") return route.abort();
    if (process.env.SAKIP_BENCH_OFFICE_JS !== "package") return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    const m = /\/hosted\/(.+)$/.exec(u.pathname);
    const local = m ? path.join(OFFICE_JS_DIR, m[1]) : null;
    if (local && fs.existsSync(local)) await route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(local) });
    else await route.abort();
  });
}

/** Installs long-task and frame-gap recorders before any page script runs. */
const RECORDERS = `
  window.__bench = { longTasks: [], frames: [], marks: {} };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: "longtask", buffered: true });
  } catch (e) {}
  (function tick(t) { window.__bench.frames.push(t); requestAnimationFrame(tick); })(performance.now());
  // When the status line changes: the mutation callback runs right after React's commit, inside the task that rendered.
  window.__bench.status = [];
  new MutationObserver(() => {
    const s = document.querySelector('[data-testid="status"]');
    const t = s ? s.textContent : "";
    const last = window.__bench.status[window.__bench.status.length - 1];
    if (t && (!last || last.text !== t)) window.__bench.status.push({ at: performance.now(), text: t });
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

// Page-side helpers, passed as functions (the pane's CSP forbids evaluating strings).
type W = Window & { __bench: { longTasks: { start: number; duration: number }[]; frames: number[]; status: { at: number; text: string }[] } };

/** Interactive outside Excel: the preview's first control ("Buka contoh: ..." or "Validasi Workbook") is enabled. */
function ready(): number | false {
  const b = [...document.querySelectorAll("button")].find((x) => /^(Buka contoh|Validasi Workbook|Open sample|Validate workbook)/i.test((x.textContent || "").trim()));
  return b && !b.disabled && b.getBoundingClientRect().width > 0 ? performance.now() : false;
}

function clickValidate(): boolean {
  const b = [...document.querySelectorAll("button")].find((x) => /^(Validasi Workbook|Validate workbook)$/i.test((x.textContent || "").trim()));
  if (b && !b.disabled) {
    b.click();
    return true;
  }
  return false;
}

function statusDone(): number | false {
  const t = document.querySelector('[data-testid="status"]')?.textContent || "";
  return /temuan|findings/i.test(t) && /\d/.test(t) ? performance.now() : false;
}

/** Clicks the first element matching `sel` whose text matches `re`; time to the next frame, long tasks meanwhile. */
async function clickTimed(arg: { sel: string; re: string }): Promise<{ ms: number; maxTask: number } | null> {
  const el = [...document.querySelectorAll<HTMLElement>(arg.sel)].find((x) => new RegExp(arg.re, "i").test((x.textContent || "").trim()));
  if (!el) return null;
  const bench = (window as unknown as W).__bench;
  const before = bench.longTasks.length;
  const t = performance.now();
  el.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 100));
  const tasks = bench.longTasks.slice(before).filter((x) => x.start >= t - 1);
  return { ms, maxTask: tasks.reduce((m, x) => Math.max(m, x.duration), 0) };
}

function maxGap(frames: number[], from: number, to: number): number {
  let gap = 0;
  for (let i = 1; i < frames.length; i++) if (frames[i] > from && frames[i - 1] < to) gap = Math.max(gap, frames[i] - frames[i - 1]);
  return gap;
}

async function paneInBrowser(rows: Row[], notes: string[], raw: Record<string, unknown>): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) return;
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    // Time to interactive: median of 3 cold loads (new context, nothing cached).
    const ttis: number[] = [];
    const tbts: number[] = [];
    let fetched: Served["log"] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await ctx.newPage();
      await offline(page);
      await page.addInitScript(RECORDERS);
      served.log.length = 0;
      await page.goto(served.url + "taskpane.html", { waitUntil: "commit" });
      const handle = await page.waitForFunction(ready, null, { polling: "raf", timeout: 60000 });
      const tti = (await handle.jsonValue()) as number;
      const lt = (await page.evaluate(() => (window as unknown as W).__bench.longTasks)) as { start: number; duration: number }[];
      ttis.push(tti);
      tbts.push(lt.filter((t) => t.start < tti).reduce((n, t) => n + Math.max(0, t.duration - 50), 0));
      fetched = [...served.log];
      await ctx.close();
    }
    const tti = median(ttis);
    raw.tti = { ttis, tbts, fetched };
    rows.push(row(B, "pane time to interactive, Chromium outside Excel (first control, \"Buka contoh\", enabled), cold load from 127.0.0.1", Math.round(tti), "ms", "", null,
      `median of ${ttis.map((x) => x.toFixed(0)).join(", ")} ms; total blocking time ${median(tbts).toFixed(0)} ms`));
    const fetchedGz = fetched.filter((f) => /\.(js|html|css)$/.test(f.path)).reduce((n, f) => n + f.gzip, 0);
    rows.push(row(B, "what Chromium fetched from dist/ before the pane was interactive, gzip", kb(fetchedGz), "KB", "<= 400", fetchedGz <= 400 * 1024,
      fetched.map((f) => `${f.path} ${kb(f.gzip)}`).join(", ")));

    await findingsRender(browser, served, rows, notes, raw);
  } finally {
    await browser.close();
    await served.close();
  }
}

/** Validates a workbook with 5.000 wrong capaian in the preview and watches the main thread while it renders. */
async function findingsRender(browser: any, served: Served, rows: Row[], notes: string[], raw: Record<string, unknown>): Promise<void> {
  const N = 5000;
  const file = path.join(ensureCache(), `findings-${N}.xlsx`);
  const stamp = fs.statSync(path.join(__dirname, "generate.ts")).mtimeMs;
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < stamp) {
    const { buffer } = await generateXlsxBuffer({ pkSheets: 40, measurementRows: N, wrongCapaian: N });
    fs.writeFileSync(file, buffer);
  }
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await ctx.newPage();
  await offline(page);
  await page.addInitScript(RECORDERS);
  await page.goto(served.url + "taskpane.html", { waitUntil: "load" });
  await page.waitForFunction(ready, null, { polling: "raf", timeout: 60000 });
  const input = (await page.$('[data-testid="file-input"]')) ?? (await page.$('input[type="file"]'));
  if (!input) {
    notes.push("5.000 findings not measured: the preview offers no file input");
    await ctx.close();
    return;
  }
  await input.setInputFiles(file);
  await page.getByText(`Workbook: ${path.basename(file)}`).waitFor({ timeout: 30000 }).catch(() => undefined);
  const t0 = (await page.evaluate(() => performance.now())) as number;
  await page.waitForFunction(clickValidate, null, { polling: 50, timeout: 30000 });
  // Done when the status line says "N temuan di M sheet".
  const done = await page.waitForFunction(statusDone, null, { polling: 50, timeout: 300000 });
  const tDone = (await done.jsonValue()) as number;
  await page.waitForTimeout(1000);
  const statusText = (await page.textContent('[data-testid="status"]')) ?? "";
  const b1 = (await page.evaluate(() => ({ ...(window as unknown as W).__bench }))) as W["__bench"];
  const tasks = b1.longTasks.filter((t) => t.start >= t0);
  // The task that rendered the findings is the one during which the status line got its summary (same commit).
  const committed = [...b1.status].reverse().find((x) => /temuan|findings/i.test(x.text) && /\d/.test(x.text))?.at ?? tDone;
  const renderTask = tasks.find((t) => t.start <= committed && committed <= t.start + t.duration + 1);
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  raw.findings = { statusText, t0, tDone, tasks };
  rows.push(row(B, `preview: open + validate + show ${N.toLocaleString("id-ID")} findings, wall`, Math.round(tDone - t0), "ms", "", null,
    `status "${statusText.trim().slice(0, 120)}"; ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms (reading the .xlsx and the engine run on the page's thread)`));
  rows.push(row(B, `task that rendered the ${N.toLocaleString("id-ID")} findings`, renderTask ? Math.round(renderTask.duration) : 0, "ms", "<= 200", (renderTask?.duration ?? 0) <= 200,
    renderTask ? `the long task during which the list was committed; it started ${(renderTask.start - t0).toFixed(0)} ms after the click` : "no long task (>= 50 ms) contains the commit of the list"));

  // Interactions on the rendered list: each measured from the click to the next frame.
  const interactions: { name: string; ms: number; maxTask: number }[] = [];
  const clickAndWait = async (name: string, sel: string, re: string) => {
    const r = (await page.evaluate(clickTimed, { sel, re })) as { ms: number; maxTask: number } | null;
    if (r) interactions.push({ name, ...r });
    else notes.push(`interaction "${name}" not found in the pane`);
  };
  await clickAndWait("group by rule", "label", "^(Per aturan|By rule)$");
  await clickAndWait("group by sheet", "label", "^(Per sheet|By sheet)$");
  await clickAndWait("show 200 more", "button", "^(Tampilkan \\d+ lagi|Show \\d+ more)");
  await clickAndWait("severity filter Galat off", "label", "^(Galat|Error)$");
  await clickAndWait("severity filter Galat on", "label", "^(Galat|Error)$");
  const worst = interactions.reduce((m, x) => Math.max(m, x.ms, x.maxTask), 0);
  raw.interactions = interactions;
  if (interactions.length) {
    rows.push(row(B, `slowest interaction on ${N.toLocaleString("id-ID")} findings (regroup, show more, filter: click -> next frame)`, Math.round(worst), "ms", "<= 200", worst <= 200,
      interactions.map((x) => `${x.name} ${x.ms.toFixed(0)} ms`).join(", ") +
        `; about ${((interactions.find((x) => x.name.startsWith("show"))?.ms ?? 0) / 200).toFixed(1)} ms per finding card mounted (a Fluent Badge, 3 Text and 3-4 Buttons each)`));
  }

  // Scrolling the page of findings: the largest gap between frames.
  const s0 = (await page.evaluate(() => performance.now())) as number;
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(200);
  const s1 = (await page.evaluate(() => performance.now())) as number;
  const frames = (await page.evaluate(() => (window as unknown as W).__bench.frames.slice())) as number[];
  const gap = maxGap(frames, s0, s1);
  rows.push(row(B, `largest frame gap while scrolling ${N.toLocaleString("id-ID")} findings`, Math.round(gap), "ms", "<= 100", gap <= 100));
  await page.screenshot({ path: path.join(CACHE, "findings-5000.png") });
  await ctx.close();
}

export async function runBundles(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  staticSizes(rows, notes, raw);
  try {
    await paneInBrowser(rows, notes, raw);
  } catch (e) {
    notes.push(`browser part failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  log("bundles done");
  return { bench: B, rows, notes, raw };
}

if (require.main === module) {
  runBundles().then(emit, (e) => {
    console.error(e);
    process.exit(1);
  });
}
