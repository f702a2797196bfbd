// The Excel path in a real browser: the BUILT pane with an office.js stand-in that reports host Excel and serves
// the sample workbook through Excel.run (test/e2e/office-stub.js). The real Office adapter reads it, the pane
// finds exactly what it finds on the .xlsx in preview mode, a click selects the cell in "Excel", marks come off exactly, and the
// report is a new sheet without formulas.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import type { BrowserContext } from "playwright-core";
import { launchContext } from "../support/browser";
import { readXlsx } from "../../src/xlsx/read";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";

const DIST = process.env.SAKIP_DIST || path.resolve(__dirname, "../../dist");
const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const STUB = fs.readFileSync(path.join(__dirname, "office-stub.js"), "utf8");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".json": "application/json" };

let server: http.Server;
let base: string;
let context: BrowserContext;
let snapshot: WorkbookSnapshot;
const offHost: string[] = [];

/** The snapshot as Excel would hold it: numbers (dates as serials), value types, formats, formulas. */
function asExcel(wb: WorkbookSnapshot) {
  return {
    sheets: wb.sheets.map((s) => {
      const cells: Record<string, unknown> = {};
      for (const c of s.cells) {
        const t = c.type === "number" || c.type === "date" ? "Double" : c.type === "boolean" ? "Boolean" : c.type === "error" ? "Error" : "String";
        const v = c.type === "date" ? Date.parse(String(c.value).length === 10 ? `${c.value}T00:00:00Z` : String(c.value)) / 86400000 + 25569 : c.value;
        cells[`${c.row},${c.col}`] = { v, t, f: c.numberFormat, x: c.formula };
      }
      const L = (n: number) => {
        let out = "";
        for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
        return out;
      };
      const merges = s.merges.map((m) => `${L(m.left)}${m.top + 1}:${L(m.right)}${m.bottom + 1}`);
      const visibility = s.visibility === "hidden" ? "Hidden" : s.visibility === "veryHidden" ? "VeryHidden" : "Visible";
      return { name: s.name, visibility, merges, cells };
    }),
  };
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`dist is not built: ${DIST}`);
  const sample = fs.readdirSync(path.join(DIST, "samples")).filter((f) => f.endsWith(".xlsx")).sort()[0];
  snapshot = await readXlsx(fs.readFileSync(path.join(DIST, "samples", sample)), { name: sample });
  server = http.createServer((req, res) => {
    const file = path.normalize(path.join(DIST, decodeURIComponent(new URL(req.url || "/", "http://x").pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await launchContext({
    viewport: { width: 320, height: 900 },
  });
  const body = `window.__SAKIP_WB__ = ${JSON.stringify(asExcel(snapshot))};\n${STUB}`;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === "https://appsforoffice.microsoft.com/lib/1/hosted/office.js") return route.fulfill({ status: 200, contentType: "text/javascript", body });
    if (url.startsWith(base)) return route.continue();
    offHost.push(url);
    return route.abort();
  });
}, 60000);

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

test("in Excel: validate reads the workbook in 3 syncs, finds what the engine finds, selects, marks and restores, reports", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole("button", { name: "Validasi Workbook" }).waitFor({ timeout: 20000 });
  expect(await page.getByText("Mode pratinjau (di luar Excel)").count()).toBe(0);

  await page.getByRole("button", { name: "Validasi Workbook" }).click();
  await page.waitForFunction(() => /temuan di \d+ sheet/.test(document.querySelector('[data-testid="status"]')?.textContent || ""), null, { timeout: 60000 });
  const summary = (await page.getByTestId("status").textContent()) || "";
  const total = Number(/^(\d+) temuan/.exec(summary)?.[1]);
  expect(summary).toContain(`${total} temuan di ${snapshot.sheets.length} sheet`);
  // The same bundle outside Excel, on the .xlsx file itself, finds exactly as many.
  const preview = await context.newPage();
  await preview.route("https://appsforoffice.microsoft.com/**", (r) => r.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await preview.goto(`${base}/taskpane.html`);
  await preview.getByRole("button", { name: /^Buka contoh:/ }).click();
  await preview.getByRole("button", { name: "Validasi Workbook" }).click();
  await preview.waitForFunction(() => /temuan di \d+ sheet/.test(document.querySelector('[data-testid="status"]')?.textContent || ""), null, { timeout: 60000 });
  expect((await preview.getByTestId("status").textContent()) || "").toBe(summary);
  await preview.close();
  expect(await page.evaluate(() => (window as any).__excel.syncs)).toBe(3);
  const original = await page.evaluate(() => (window as any).__excel.fills());

  // Click: the sheet is activated and the cell selected (with related cells on that sheet).
  const first = page.getByTestId("finding").first();
  const where = ((await first.getByTestId("finding-cell").textContent()) || "").trim();
  const sheet = where.slice(0, where.lastIndexOf("!"));
  const cell = where.slice(where.lastIndexOf("!") + 1);
  await first.getByTestId("finding-cell").click();
  await page.waitForFunction(() => (window as any).__excel.selected.length > 0);
  const xl = await page.evaluate(() => ({ selected: (window as any).__excel.selected, activated: (window as any).__excel.activated }));
  expect(xl.activated).toEqual([sheet]);
  expect(xl.selected[0].startsWith(`${sheet}!${cell}`)).toBe(true);

  // Mark, then remove the marks: the fills are exactly what they were.
  await page.getByRole("button", { name: "Tandai di sheet" }).click();
  await page.getByText(/\d+ sel ditandai\./).waitFor();
  expect(await page.evaluate(() => (window as any).__excel.fills())).not.toBe(original);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-excel-320.png") });
  await page.getByRole("button", { name: "Hapus tanda" }).click();
  await page.getByText(/Tanda dihapus; format \d+ sel dipulihkan persis\./).waitFor();
  expect(await page.evaluate(() => (window as any).__excel.fills())).toBe(original);

  // Report: a new sheet, every finding a row, no formula anywhere in it.
  await page.getByRole("button", { name: "Buat laporan" }).click();
  await page.getByText('Laporan ditulis ke sheet baru "Laporan Validasi".').waitFor();
  const report = await page.evaluate(() => {
    const s = (window as any).__excel.sheets.find((x: any) => x.name === "Laporan Validasi");
    const cells = Array.from(s.cells.values()) as any[];
    return { rows: new Set(Array.from(s.cells.keys()).map((k: any) => k.split(",")[0])).size, formulas: cells.filter((c) => c.x).length, links: cells.filter((c) => c.link).length };
  });
  expect(report.formulas).toBe(0);
  expect(report.links).toBe(total);
  expect(report.rows).toBe(4 + 1 + total);
  expect(errors).toEqual([]);
  expect(offHost).toEqual([]);
  await page.close();
}, 120000);
