// Security of what we ship: the built bundles call no network host but Office's own script host, run no eval of
// our own, the pane has a Content Security Policy, the manifest asks for the least permission, and no installed
// office-addin tool sends usage data. Reads the real dist/ (npm test builds it first) and the real manifest.
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

// SAKIP_DIST points the scan at another build (debugging); npm test scans the real dist/.
const DIST = process.env.SAKIP_DIST || path.join(ROOT, "dist");

function distFiles(exts: string[]): string[] {
  return fs
    .readdirSync(DIST)
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .sort();
}

/** Every absolute URL (scheme://host...) or protocol-relative URL in a string literal, with its surroundings. */
function urlsIn(text: string): { url: string; host: string; before: string; at: number }[] {
  const out: { url: string; host: string; before: string; at: number }[] = [];
  const re = /\b(?:https?|wss?|ftp):\/\/([A-Za-z0-9.-]+(?::\d+)?)[^\s"'`<>\\)]*|(?<=["'`(=])\/\/([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?=[/"'`])/g;
  for (const m of text.matchAll(re)) {
    out.push({ url: m[0].replace(/[;,.]+$/, ""), host: (m[1] ?? m[2]).toLowerCase(), before: text.slice(Math.max(0, m.index! - 80), m.index!), at: m.index! });
  }
  return out;
}

// What may appear, and why. Each entry is exact: a host plus the only paths allowed under it.
// Anything not matched fails the test, naming the file and URL.
const ALLOWED_URLS: { pattern: RegExp; why: string }[] = [
  { pattern: /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/, why: "Office's own script (Office.js), required by every add-in" },
  { pattern: /^https:\/\/appsforoffice\.microsoft\.com$/, why: "the same host as a Content-Security-Policy source (script-src), so Office.js may load" },
  // XML namespace names: identifiers compared as strings, never fetched (React DOM for SVG/MathML, exceljs for OOXML).
  { pattern: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?|2001\/XMLSchema-instance)$/, why: "W3C XML namespace name" },
  { pattern: /^http:\/\/schemas\.openxmlformats\.org\/[A-Za-z0-9/_.-]+$/, why: "Office Open XML namespace / relationship type (exceljs writes .xlsx parts)" },
  { pattern: /^http:\/\/schemas\.microsoft\.com\/office\/[A-Za-z0-9/_.-]+$/, why: "Microsoft Office XML namespace (exceljs)" },
  { pattern: /^http:\/\/purl\.org\/dc\/(elements\/1\.1|terms|dcmitype)\/$/, why: "Dublin Core namespace in docProps/core.xml (exceljs)" },
  { pattern: /^http:\/\/purl\.oclc\.org\/ooxml\/(spreadsheetml\/main|officeDocument\/relationships\/worksheet)$/, why: "Strict Office Open XML namespace names that SheetJS (the .xls/.ods reader chunk) compares as strings" },
  { pattern: /^http:\/\/sheetjs\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument$/, why: "a relationship-type name SheetJS recognises in files it wrote; a string, never fetched" },
  // Error-message text: a URL shown to a developer in a thrown message, never requested.
  { pattern: /^https:\/\/(reactjs\.org\/docs\/error-decoder\.html\?invariant=|react\.dev\/errors\/)$/, why: "React production error message link (text of an Error)" },
  { pattern: /^https:\/\/github\.com\/uuidjs\/uuid#getrandomvalues-not-supported$/, why: "uuid error message text (exceljs)" },
  { pattern: /^https:\/\/github\.com\/exceljs\/exceljs\/blob\/master\/UPGRADE-4\.0\.md$/, why: "exceljs deprecation message text" },
  { pattern: /^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/, why: "jszip error message text" },
  { pattern: /^https:\/\/github\.com\/(zloirock\/core-js(\/blob\/v[\d.]+\/LICENSE)?|indutny\/elliptic(\/issues)?|crypto-browserify\/crypto-browserify|nodeca\/pako\/blob\/main\/LICENSE)$/, why: "license / attribution string kept by the dependency (core-js, elliptic, pako)" },
  { pattern: /^https:\/\/raw\.github\.com\/Stuk\/jszip\/main\/LICENSE\.markdown\.?$/, why: "jszip license banner" },
  { pattern: /^https?:\/\/(feross\.org\/opensource|feross\.org|stuartk\.com\/jszip)>?$/, why: "author line of a license banner (buffer, jszip)" },
];

// Code that would send something somewhere: none of it may name an absolute URL right before it.
const NETWORK_CALL = /(fetch|sendBeacon|importScripts|XMLHttpRequest|WebSocket|EventSource|\.open|\.src\s*=|href\s*=|src\s*=)\s*\(?\s*["'`]?$/;

describe("built bundles (dist/*.js, dist/*.html)", () => {
  const files = (): string[] => distFiles([".js", ".html"]);

  test("dist holds the pane, the functions and the commands", () => {
    expect(files()).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "taskpane.js", "commands.js"]));
  });

  test("name no network host except Office's own script host, and only as the Office.js script", () => {
    const unknown: string[] = [];
    const fetched: string[] = [];
    for (const f of files()) {
      const text = fs.readFileSync(path.join(DIST, f), "utf8");
      for (const u of urlsIn(text)) {
        if (!ALLOWED_URLS.some((a) => a.pattern.test(u.url))) unknown.push(`${f}: ${u.url}`);
        else if (u.host !== "appsforoffice.microsoft.com" && NETWORK_CALL.test(u.before)) fetched.push(`${f}: ${u.url} after "${u.before.slice(-30)}"`);
      }
    }
    expect(unknown).toEqual([]);
    expect(fetched).toEqual([]);
  });

  test("the only script from another origin is Office.js, loaded by taskpane.html", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"' >]+)/gi)].map((m) => m[1]);
    const external = srcs.filter((s) => /^(https?:)?\/\//i.test(s));
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    // No inline script body: the CSP can then forbid inline scripts.
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].filter((m) => m[1].trim() !== "");
    expect(inline.map((m) => m[0].slice(0, 80))).toEqual([]);
  });

  test("no telemetry endpoint or beacon in any bundle", () => {
    for (const f of files()) {
      const text = fs.readFileSync(path.join(DIST, f), "utf8");
      expect({ f, hit: /applicationinsights|visualstudio\.com|vortex\.data\.microsoft|events\.data\.microsoft|google-analytics|googletagmanager|sentry\.io/i.exec(text)?.[0] ?? null }).toEqual({ f, hit: null });
      expect({ f, beacon: /\bsendBeacon\b|\bnew WebSocket\b|\bnew EventSource\b/.exec(text)?.[0] ?? null }).toEqual({ f, beacon: null });
    }
  });
});

// eval and the Function constructor. Our own code has none (checked on src/ too); the dependencies that carry one are
// recognised by their exact code and explained here. An occurrence that matches none of these fails the test.
const KNOWN_DYNAMIC_CODE: { pattern: RegExp; why: string }[] = [
  {
    // webpack 5 runtime (__webpack_require__.g), emitted when a bundled module reads `global`.
    pattern: /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)\}catch\(\w+\)\{if\("object"==typeof window\)return window\}/,
    why: "webpack runtime global lookup: reached only without globalThis, constant body, no user input; under a CSP without 'unsafe-eval' it throws inside its try and falls back to window",
  },
  {
    // lodash (bundled inside exceljs' browser build): root detection.
    pattern: /"object"==typeof self&&self&&self\.Object===Object&&self,\w+=\w+\|\|\w+\|\|Function\("return this"\)\(\)/,
    why: "lodash root detection inside exceljs' browser build: reached only when neither global nor self exists (never in a browser); constant body",
  },
  {
    // core-js global detection (inside exceljs' browser build).
    pattern: /\|\|function\(\)\{return this\}\(\)\|\|this\|\|Function\("return this"\)\(\)/,
    why: "core-js global detection inside exceljs' browser build: last fallback after globalThis/window/self; constant body",
  },
  {
    // regenerator-runtime (inside exceljs' browser build).
    pattern: /"object"==typeof globalThis\?globalThis\.regeneratorRuntime=\w+:Function\("r","regeneratorRuntime = r"\)\(\w+\)/,
    why: "regenerator-runtime sloppy-mode fallback inside exceljs' browser build: only when globalThis is missing; constant body",
  },
  {
    // setImmediate polyfill (inside exceljs' browser build).
    pattern: /setImmediate=function\(\w+\)\{"function"!=typeof \w+&&\(\w+=new Function\(""\+\w+\)\)/,
    why: "setImmediate polyfill inside exceljs' browser build: compiles a STRING callback only; exceljs always passes functions",
  },
];

const DYNAMIC_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/g;

describe("eval / new Function", () => {
  test("none in our own source (src/**)", () => {
    const hits: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|tsx|js|html)$/.test(e.name)) {
          const text = fs.readFileSync(p, "utf8");
          for (const m of text.matchAll(DYNAMIC_CODE)) hits.push(`${path.relative(ROOT, p)}: ${text.slice(m.index!, m.index! + 40)}`);
        }
      }
    };
    walk(path.join(ROOT, "src"));
    expect(hits).toEqual([]);
  });

  test("every occurrence in the bundles is a known dependency idiom (explained), none is ours", () => {
    const unknown: string[] = [];
    const seen: string[] = [];
    for (const f of distFiles([".js", ".html"])) {
      const text = fs.readFileSync(path.join(DIST, f), "utf8");
      for (const m of text.matchAll(DYNAMIC_CODE)) {
        const around = text.slice(Math.max(0, m.index! - 200), m.index! + 120);
        const known = KNOWN_DYNAMIC_CODE.find((k) => k.pattern.test(around));
        if (known) seen.push(`${f}: ${known.why.split(":")[0]}`);
        else unknown.push(`${f}: …${text.slice(Math.max(0, m.index! - 100), m.index! + 60)}…`);
      }
    }
    expect(unknown).toEqual([]);
    // The functions bundle (loaded by Excel for every recalculation) must be free of any of them.
    expect(seen.filter((s) => s.startsWith("functions.js"))).toEqual([]);
  });
});

describe("Content-Security-Policy of taskpane.html", () => {
  const html = (): string => fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const policy = (): Map<string, string[]> => {
    const metas = [...html().matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy\b["']?[^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(metas[0][0]);
    expect(content).not.toBeNull();
    const map = new Map<string, string[]>();
    for (const part of (content![1] ?? content![2]).split(";")) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name) map.set(name.toLowerCase(), values);
    }
    return map;
  };
  const effective = (p: Map<string, string[]>, name: string): string[] => p.get(name) ?? p.get("default-src") ?? ["*"];

  test("is present, before any script, and declares a default", () => {
    const text = html();
    const meta = text.search(/http-equiv\s*=\s*["']?Content-Security-Policy/i);
    const firstScript = text.search(/<script\b/i);
    expect(meta).toBeGreaterThan(-1);
    expect(firstScript === -1 || meta < firstScript).toBe(true);
    expect(policy().has("default-src")).toBe(true);
  });

  test("scripts: ourselves and Office.js only; no eval, no inline, no wildcard", () => {
    const src = effective(policy(), "script-src");
    expect(src).not.toContain("'unsafe-eval'");
    expect(src).not.toContain("'unsafe-inline'");
    expect(src.filter((s) => s.includes("*") || s === "http:" || s === "https:" || s === "data:" || s === "blob:")).toEqual([]);
    const hosts = src.filter((s) => !s.startsWith("'"));
    expect(hosts.every((h) => /^https:\/\/appsforoffice\.microsoft\.com(\/.*)?$/.test(h))).toBe(true);
  });

  test("connections, plugins, frames and forms stay home", () => {
    const p = policy();
    for (const d of ["connect-src", "frame-src", "form-action"]) {
      const v = d === "form-action" ? p.get(d) ?? ["'none'"] : effective(p, d); // form-action does not fall back to default-src
      const hosts = v.filter((s) => !s.startsWith("'"));
      expect({ d, bad: hosts.filter((h) => !/^https:\/\/appsforoffice\.microsoft\.com(\/.*)?$/.test(h)) }).toEqual({ d, bad: [] });
    }
    expect(effective(p, "object-src")).toEqual(["'none'"]);
    expect(effective(p, "base-uri").some((v) => v === "*")).toBe(false);
  });
});

describe("manifest.xml", () => {
  const manifest = (): string => fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  test("asks for ReadWriteDocument and nothing more (needed to write the report sheet and highlights)", () => {
    const perms = [...manifest().matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(perms).toEqual(["ReadWriteDocument"]);
    // Mail permissions have no business in an Excel add-in.
    expect(manifest()).not.toMatch(/\b(ReadWriteMailbox|ReadItem|ReadWriteItem)\b/);
  });

  test("the built manifest keeps the same permission", () => {
    const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect([...built.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
  });

  test("no AppDomain opens the pane to another site (only the add-in's own origin)", () => {
    const m = manifest();
    const origin = (u: string) => new URL(u).origin;
    const own = new Set([...m.matchAll(/<SourceLocation DefaultValue="([^"]+)"/g), ...m.matchAll(/<bt:Url id="[^"]*" DefaultValue="([^"]+)"/g)].map((x) => origin(x[1])));
    const domains = [...m.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((x) => origin(x[1]));
    expect(own.size).toBe(1);
    expect(domains.filter((d) => !own.has(d))).toEqual([]);
  });
});

describe("usage data of the office-addin tools", () => {
  // Every installed copy of office-addin-usage-data (the tools pull their own versions).
  const copies = (): string[] => {
    const found: string[] = [];
    const walk = (dir: string, depth: number): void => {
      const nm = path.join(dir, "node_modules");
      if (!fs.existsSync(nm) || depth > 4) return;
      for (const name of fs.readdirSync(nm)) {
        const p = path.join(nm, name);
        if (name === "office-addin-usage-data") found.push(p);
        if (name.startsWith("office-addin-") || name.startsWith("custom-functions-metadata")) walk(p, depth + 1);
      }
    };
    walk(ROOT, 0);
    return found;
  };

  test("every installed copy is inert: reporting with usage data ON opens no connection", async () => {
    const list = copies();
    expect(list.length).toBeGreaterThan(0);
    // Record any attempt to reach the network while the tool reports.
    const http = require("http");
    const https = require("https");
    const net = require("net");
    const attempts: string[] = [];
    const saved = [http.request, https.request, net.connect, net.createConnection, (globalThis as any).fetch];
    http.request = https.request = (...a: unknown[]) => { attempts.push(`http(s).request ${String(a[0])}`); throw new Error("blocked"); };
    net.connect = net.createConnection = (...a: unknown[]) => { attempts.push(`net.connect ${JSON.stringify(a[0])}`); throw new Error("blocked"); };
    (globalThis as any).fetch = async (u: unknown) => { attempts.push(`fetch ${String(u)}`); throw new Error("blocked"); };
    try {
      for (const dir of list) {
        const mod = require(path.join(dir, "lib", "main.js"));
        const ud = new mod.OfficeAddinUsageData({
          projectName: "sakip-reliability-test",
          instrumentationKey: mod.instrumentationKeyForOfficeAddinCLITools,
          connectionString: mod.connectionStringForOfficeAddinCLITools,
          usageDataLevel: "on",
          raisePrompt: false,
        });
        await ud.reportEvent("reliability-test", { a: [1, 1] });
        await ud.reportError("reliability-test", new Error("x"));
        ud.reportException?.("reliability-test", new Error("x"), {});
        ud.reportSuccess?.("reliability-test", {});
        ud.sendUsageDataEvent?.({});
        expect({ dir: path.relative(ROOT, dir), on: ud.isUsageDataOn() }).toEqual({ dir: path.relative(ROOT, dir), on: false });
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      [http.request, https.request, net.connect, net.createConnection, (globalThis as any).fetch] = saved;
    }
    expect(attempts).toEqual([]);
  });

  test("no copy can reach Application Insights (no SDK installed, no http client required)", () => {
    for (const dir of copies()) {
      for (const f of fs.readdirSync(path.join(dir, "lib")).filter((x) => x.endsWith(".js"))) {
        const text = fs.readFileSync(path.join(dir, "lib", f), "utf8");
        expect({ f: path.relative(ROOT, path.join(dir, "lib", f)), req: /require\(["'](applicationinsights|https?|net|undici|node-fetch|axios)["']\)|\bfetch\(/.exec(text)?.[0] ?? null }).toEqual({
          f: path.relative(ROOT, path.join(dir, "lib", f)),
          req: null,
        });
      }
    }
    expect(() => require.resolve("applicationinsights", { paths: [ROOT] })).toThrow();
  });
});
