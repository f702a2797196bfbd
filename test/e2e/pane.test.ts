// End to end in a real browser: the BUILT pane (dist/), opened outside Excel, validates the bundled sample,
// shows findings, and a click shows the cell in the read-only sheet view. Nothing leaves 127.0.0.1.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import type { BrowserContext, Page } from "playwright-core";
import { launchContext } from "../support/browser";
import { readXlsx } from "../../src/xlsx/read";
import { parseArea } from "../../src/excel/a1";

const DIST = process.env.SAKIP_DIST || path.resolve(__dirname, "../../dist");
const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
};

let server: http.Server;
let base: string;
let context: BrowserContext;
const offHost: string[] = [];
const cspViolations: string[] = [];
const pageErrors: string[] = [];

function serve(root: string): Promise<http.Server> {
  const s = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://x");
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

const sampleName = () => fs.readdirSync(path.join(DIST, "samples")).filter((f) => f.endsWith(".xlsx")).sort()[0];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`dist is not built: ${DIST} (run npm run build)`);
  server = await serve(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await launchContext({
    viewport: { width: 320, height: 900 },
  });
  // Office's CDN is unreachable in tests: answer with an empty script, as a blocked network would leave Office
  // undefined. Any other host is refused and recorded.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    }
    if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offHost.push(url);
    return route.abort();
  });
}, 60000);

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

async function openPane(): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/taskpane.html`);
  return page;
}

test("outside Excel: validate the bundled sample, see findings, click one, see its cell", async () => {
  const page = await openPane();
  // Preview mode, Indonesian by default.
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");

  const sample = sampleName();
  await page.getByRole("button", { name: `Buka contoh: ${sample}` }).click();
  await page.getByText(`Workbook: ${sample}`).waitFor();
  await page.getByRole("button", { name: "Validasi Workbook" }).click();
  const status = page.getByTestId("status");
  await page.waitForFunction(() => /temuan di \d+ sheet/.test(document.querySelector('[data-testid="status"]')?.textContent || ""), null, {
    timeout: 60000,
  });
  const summary = (await status.textContent()) || "";
  const total = Number(/^(\d+) temuan/.exec(summary)?.[1]);
  expect(total).toBeGreaterThan(0);

  // Counts by severity add up to the summary (nothing ignored yet).
  const count = async (sev: string) => Number(((await page.getByTestId(`count-${sev}`).textContent()) || "").split(" ")[0]);
  expect((await count("error")) + (await count("warning")) + (await count("info"))).toBe(total);

  // The first finding shown: its message is text, and its cell button names a real place.
  const first = page.getByTestId("finding").first();
  await first.waitFor();
  expect(((await first.getByTestId("finding-message").textContent()) || "").length).toBeGreaterThan(10);
  const where = ((await first.getByTestId("finding-cell").textContent()) || "").trim();
  const bang = where.lastIndexOf("!");
  const sheet = where.slice(0, bang);
  const cell = where.slice(bang + 1);
  await first.getByTestId("finding-cell").click();

  // The read-only sheet view shows that sheet and cell, selected, with the workbook's own content.
  const caption = page.getByTestId("grid-caption");
  await caption.waitFor();
  expect(await caption.textContent()).toBe(`${sheet}, sel ${cell}`);
  const area = parseArea(cell)!;
  const topLeft = cell.split(":")[0];
  const selected = page.locator(`[data-testid="grid"] td[data-address="${topLeft}"]`);
  expect(await selected.getAttribute("data-selected")).toBe("true");
  const wb = await readXlsx(fs.readFileSync(path.join(DIST, "samples", sample)), { name: sample });
  const snapCell = wb.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === area.top && c.col === area.left);
  const expectedText = snapCell ? snapCell.text ?? String(snapCell.value) : "";
  expect(((await selected.textContent()) || "").trim()).toBe(expectedText.trim());

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320.png"), fullPage: false });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-wide.png"), fullPage: false });

  // "Abaikan" hides the finding and the counts drop by one.
  await page.setViewportSize({ width: 320, height: 900 });
  const fp = await page.getByTestId("finding").first().getAttribute("data-fingerprint");
  await page.getByTestId("finding").first().getByRole("button", { name: /^Abaikan temuan ini/ }).click();
  await page.getByText("1 temuan diabaikan").first().waitFor();
  expect(await page.locator(`[data-testid="finding"][data-fingerprint="${fp}"]`).count()).toBe(0);

  // English switch.
  await page.getByRole("button", { name: /Bahasa: English/ }).click();
  await page.getByRole("button", { name: "Validate workbook" }).waitFor();
  await page.close();

  expect(cspViolations).toEqual([]);
  expect(offHost).toEqual([]);
  // functions.js (shared runtime, same page) calls CustomFunctions.associate, which only Office defines: outside
  // Excel that one script stops, harmlessly. Nothing else may throw.
  expect(pageErrors.filter((e) => !/CustomFunctions is not defined/.test(e))).toEqual([]);
}, 120000);

test("outside Excel: a file that is not a workbook gets a calm message and the pane stays usable", async () => {
  const page = await openPane();
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  await page.getByTestId("file-input").setInputFiles({ name: "bukan.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("ini bukan workbook") });
  // Refused at open, in Indonesian, naming the file: nothing is loaded in its place.
  const err = page.getByText(/"bukan\.xlsx" bukan/).first();
  await err.waitFor({ timeout: 30000 });
  expect(await page.getByText("Workbook: bukan.xlsx").count()).toBe(0);
  // Still usable: the sample opens and validates.
  await page.getByRole("button", { name: /^Buka contoh:/ }).click();
  await page.getByRole("button", { name: "Validasi Workbook" }).click();
  await page.waitForFunction(() => /temuan di \d+ sheet/.test(document.querySelector('[data-testid="status"]')?.textContent || ""), null, {
    timeout: 60000,
  });
  await page.close();
  expect(cspViolations).toEqual([]);
  expect(offHost).toEqual([]);
}, 120000);
