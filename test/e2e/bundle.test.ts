// The built pane's weight and shape: what Excel downloads before the pane shows, and what it never downloads.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = process.env.SAKIP_DIST || path.resolve(__dirname, "../../dist");
const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length;

const html = () => read("taskpane.html");
const localScripts = () => [...html().matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));

test("taskpane.html loads Office's own script and a strict Content-Security-Policy", () => {
  const h = html();
  expect(h).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(h)?.[1] ?? "";
  const dir = (name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(name + " ")) ?? "";
  expect(dir("script-src")).toBe("script-src 'self' https://appsforoffice.microsoft.com");
  expect(dir("connect-src")).toBe("connect-src 'self'");
  expect(dir("object-src")).toBe("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval/);
  // No inline script anywhere (style is inline-capable for Fluent's runtime styles only).
  expect([...h.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)]).toEqual([]);
});

test("initial pane load is small and exceljs is only in a lazy chunk", () => {
  const scripts = localScripts();
  expect(scripts).toEqual(expect.arrayContaining(["taskpane.js"]));
  const initial = scripts.reduce((n, s) => n + gz(s), 0);
  console.log(`initial pane scripts ${scripts.join(", ")}: ${(initial / 1024).toFixed(1)} KB gzip`);
  expect(initial).toBeLessThan(400 * 1024);
  // exceljs reads the zip parts by name: those names are in its code and must not be in the initial scripts.
  for (const s of scripts) expect(read(s)).not.toMatch(/xl\/sharedStrings\.xml/);
  const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !scripts.includes(f) && /xl\/sharedStrings\.xml/.test(read(f)));
  expect(lazy.length).toBeGreaterThan(0);
  console.log(`lazy .xlsx reader chunk(s) ${lazy.join(", ")}: ${(lazy.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} KB gzip`);
});

test("functions.js and commands.js carry no React", () => {
  for (const f of ["functions.js", "commands.js"]) {
    expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    const js = read(f);
    expect(js).not.toMatch(/react\.element|react\.transitional\.element|__SECRET_INTERNALS|react-dom/);
  }
  expect(gz("commands.js")).toBeLessThan(4 * 1024);
});
