// End to end in a real browser: the BUILT pane (dist/), opened outside Excel, validates the bundled sample,
// shows findings, and a click shows the cell in the read-only sheet view. Nothing leaves 127.0.0.1.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import type { BrowserContext, Page } from "playwright-core";
import { launchContext } from "../support/browser";
import { checkA11y } from "../support/axe";
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


async function openSampleAndValidate(page: Page, width = 320, height = 900): Promise<number> {
  await page.setViewportSize({ width, height });
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  const sample = sampleName();
  await page.getByRole("button", { name: `Buka contoh: ${sample}` }).click();
  await page.getByText(`Workbook: ${sample}`).waitFor();
  await page.getByRole("button", { name: "Validasi Workbook" }).click();
  await page.waitForFunction(() => /temuan di \d+ lembar/.test(document.querySelector('[data-testid="summary"]')?.textContent || ""), null, { timeout: 60000 });
  return Number(/^(\d+) temuan/.exec((await page.getByTestId("summary").textContent()) || "")?.[1]);
}

const shot = (page: Page, name: string) => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: false });
};

test("outside Excel: validate the bundled sample, see findings, click one, see its cell beside the card", async () => {
  const page = await openPane();
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
  const total = await openSampleAndValidate(page);
  expect(total).toBeGreaterThan(0);
  // Focus is on the summary after Validasi, not on <body>.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("summary");

  // Counts by severity add up to the summary (nothing ignored yet).
  const count = async (sev: string) => Number(((await page.getByTestId(`count-${sev}`).textContent()) || "").split(" ")[0]);
  expect((await count("error")) + (await count("warning")) + (await count("info"))).toBe(total);
  await shot(page, "summary-320.png");

  // The first finding: its message is text, and its cell button names a real place.
  const first = page.getByTestId("finding").first();
  await first.waitFor();
  expect(((await first.getByTestId("finding-message").textContent()) || "").length).toBeGreaterThan(10);
  const where = ((await first.getByTestId("finding-cell").textContent()) || "").trim();
  const bang = where.lastIndexOf("!");
  const sheet = where.slice(0, bang);
  const cell = where.slice(bang + 1);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await first.getByTestId("finding-cell").click();

  // The read-only sheet view opens inside that card, the page does not jump, focus stays on the card.
  const caption = first.getByTestId("grid-caption");
  await caption.waitFor();
  expect(await caption.textContent()).toBe(`${sheet}, sel ${cell}`);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(40);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("finding-cell");
  const area = parseArea(cell)!;
  const topLeft = cell.split(":")[0];
  const selected = page.locator(`[data-testid="grid"] td[data-address="${topLeft}"]`);
  expect(await selected.getAttribute("data-selected")).toBe("true");
  const sample = sampleName();
  const wb = await readXlsx(fs.readFileSync(path.join(DIST, "samples", sample)), { name: sample });
  const snapCell = wb.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === area.top && c.col === area.left);
  const expectedText = snapCell ? snapCell.text ?? String(snapCell.value) : "";
  expect(((await selected.textContent()) || "").trim()).toBe(expectedText.trim());

  // Grid: the selected cell is inside the scroller, not at its edge; row numbers stay when it scrolls sideways;
  // the close button has a name and a word.
  const scroller = page.getByTestId("grid-scroller");
  const [box, sel] = [await scroller.boundingBox(), await selected.boundingBox()];
  if (box && sel && (await scroller.evaluate((e) => e.scrollHeight > e.clientHeight + 40))) {
    expect(sel.y + sel.height).toBeLessThan(box.y + box.height - 16);
  }
  expect(await page.locator('[data-testid="grid"] th[scope="row"]').first().evaluate((e) => getComputedStyle(e).position)).toBe("sticky");
  await scroller.evaluate((e) => (e.scrollLeft = 400));
  const rowHead = await page.locator('[data-testid="grid"] th[scope="row"]').first().boundingBox();
  const sbox = await scroller.boundingBox();
  if (rowHead && sbox) expect(rowHead.x).toBeGreaterThanOrEqual(sbox.x - 1);
  const close = page.getByTestId("grid-close");
  expect(await close.getAttribute("aria-label")).toBe("Tutup tampilan lembar");
  expect(((await close.textContent()) || "").trim()).toBe("Tutup");
  await shot(page, "cell-view-320.png");

  // At 450 px as well: the cell view is in the card the reader opened.
  await page.setViewportSize({ width: 450, height: 900 });
  expect(await first.getByTestId("grid").count()).toBe(1);
  await page.setViewportSize({ width: 1100, height: 900 });
  await shot(page, "pane-wide.png");
  expect(await first.getByTestId("grid").count()).toBe(0);
  expect(await page.getByTestId("grid").count()).toBe(1);

  // "Abaikan" hides the finding, focus moves to the next card.
  await page.setViewportSize({ width: 320, height: 900 });
  const fp = await page.getByTestId("finding").first().getAttribute("data-fingerprint");
  await page.getByTestId("finding").first().getByRole("button", { name: /^Abaikan temuan ini/ }).click();
  await page.getByText("1 temuan diabaikan").first().waitFor();
  expect(await page.locator(`[data-testid="finding"][data-fingerprint="${fp}"]`).count()).toBe(0);
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "finding-cell");

  // English switch: the page title follows.
  await page.getByRole("button", { name: /Bahasa: English/ }).click();
  await page.getByRole("button", { name: "Validate workbook" }).waitFor();
  expect(await page.title()).toBe("SAKIP Tools — Workbook validation");
  await page.close();

  expect(cspViolations).toEqual([]);
  expect(offHost).toEqual([]);
  // functions.js (shared runtime, same page) calls CustomFunctions.associate, which only Office defines: outside
  // Excel that one script stops, harmlessly. Nothing else may throw.
  expect(pageErrors.filter((e) => !/CustomFunctions is not defined/.test(e))).toEqual([]);
}, 180000);

test("at 320 px: fix a capaian and undo it as the cell view shows it, fix a whole rule in one step, export the report", async () => {
  const page = await openPane();
  await openSampleAndValidate(page);
  const gridCell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);

  // One finding: the cell as the reader sees it before, after Perbaiki, and after Batalkan.
  await page.getByTestId("search").fill("Capaian Pejabat!F7");
  const card = page.locator('[data-testid="finding"][data-rule="SAKIP-CAPAIAN-001"]').filter({ has: page.getByRole("button", { name: "Buka sel Capaian Pejabat!F7", exact: true }) });
  await card.waitFor();
  await card.getByRole("button", { name: "Buka sel Capaian Pejabat!F7", exact: true }).click();
  await card.getByTestId("grid").waitFor();
  expect(((await gridCell("F7").textContent()) || "").trim()).toBe("90,25%");
  await card.getByRole("button", { name: "Perbaiki sel F7: tulis 90,39%" }).click();
  const undo = card.getByRole("button", { name: "Batalkan perbaikan sel F7" });
  await undo.waitFor();
  expect(((await gridCell("F7").textContent()) || "").trim()).toBe("90,39%");
  expect(await page.getByTestId("status").textContent()).toMatch(/^Sel F7 diperbaiki/);
  await card.getByTestId("fix-panel").scrollIntoViewIfNeeded();
  await shot(page, "pane-320-fix.png");
  await undo.click();
  await card.getByRole("button", { name: "Perbaiki sel F7: tulis 90,39%" }).waitFor();
  expect(((await gridCell("F7").textContent()) || "").trim()).toBe("90,25%");
  expect(await page.getByTestId("status").textContent()).toBe("Perbaikan dibatalkan: 1 sel dipulihkan persis.");
  await card.getByTestId("fix-panel").scrollIntoViewIfNeeded();
  await shot(page, "pane-320-undo.png");

  // A whole rule: the list of changes first, one write, one undo.
  await page.getByTestId("search").fill("");
  await page.getByTestId("filters-toggle").click();
  await page.getByTestId("rule-filter").selectOption("SAKIP-SERAPAN-001");
  const all = page.getByRole("button", { name: /^Perbaiki semua \(4\): SAKIP-SERAPAN-001/ });
  await all.click();
  const list = page.getByTestId("fix-all-list");
  expect(await list.getByTestId("fix-all-item").allTextContents()).toEqual([
    "Capaian Pejabat!J14: 98,16% → 98,18%",
    "Capaian Pejabat!J59: 99,34% → 99,21%",
    "Capaian Eselon!I14: 98,16% → 98,18%",
    "Capaian Eselon!I150: 99.34% → 99,21%",
  ]);
  await list.getByRole("button", { name: "Tulis 4 perubahan" }).click();
  const undoAll = page.getByRole("button", { name: /^Batalkan semua \(4\): SAKIP-SERAPAN-001/ });
  await undoAll.waitFor();
  expect(await page.getByTestId("status").textContent()).toMatch(/^4 sel diperbaiki dalam satu langkah/);
  await undoAll.click();
  await all.waitFor();
  expect(await page.getByTestId("status").textContent()).toBe("Perbaikan dibatalkan: 4 sel dipulihkan persis.");

  // The report, as the browser downloads it.
  const sample = sampleName();
  await page.getByRole("button", { name: "Unduh laporan", exact: true }).click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Unduh laporan CSV" }).click()]);
  expect(csv.suggestedFilename()).toBe(`${sample.replace(/\.xlsx$/, "")} - Laporan Validasi.csv`);
  const csvText = fs.readFileSync((await csv.path())!, "utf8");
  expect(csvText).toContain("SAKIP-SERAPAN-001;Capaian Pejabat;J14;");
  await page.getByRole("button", { name: "Unduh laporan", exact: true }).click();
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Unduh laporan .xlsx" }).click()]);
  expect(xlsx.suggestedFilename()).toBe(`${sample.replace(/\.xlsx$/, "")} - Laporan Validasi.xlsx`);
  const report = await readXlsx(fs.readFileSync((await xlsx.path())!), { name: "laporan.xlsx" });
  expect(JSON.stringify(report.sheets.map((x) => x.cells.map((c) => c.value)))).toContain("SAKIP-SERAPAN-001");
  await page.close();
  expect(offHost).toEqual([]);
  expect(pageErrors.filter((e) => !/CustomFunctions is not defined/.test(e))).toEqual([]);
}, 180000);

for (const [width, height] of [[320, 640], [450, 700]] as const) {
  test(`at ${width} px the first finding starts above the fold`, async () => {
    const page = await openPane();
    await openSampleAndValidate(page, width, height);
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (await page.getByTestId("finding").first().boundingBox())!.y;
    expect(top).toBeLessThan(height - 60);
    // No sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  }, 120000);
}

test("outside Excel: a file that is not a workbook is refused at open, the open workbook stays, no library text", async () => {
  const page = await openPane();
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  // Before any workbook: refused with a calm message.
  await page.getByTestId("file-input").setInputFiles({ name: "bukan.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("ini bukan workbook") });
  const err = page.getByTestId("open-error");
  await err.waitFor({ timeout: 30000 });
  expect(await page.getByText("Workbook: bukan.xlsx").count()).toBe(0);

  const total = await openSampleAndValidate(page);
  const sample = sampleName();
  // A damaged zip: refused, the sample and its findings stay.
  const zipHead = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
  await page.getByTestId("file-input").setInputFiles({ name: "rusak.xlsx", mimeType: "application/octet-stream", buffer: zipHead });
  await page.waitForFunction(() => /rusak\.xlsx/.test(document.querySelector('[data-testid="open-error"]')?.textContent || ""), null, { timeout: 30000 });
  const text = (await err.textContent()) || "";
  expect(text).toMatch(/Workbook yang sedang terbuka tetap dipakai/);
  expect(text).not.toMatch(/zip:|central directory|Error|undefined|\bat\s+\w+\s*\(/i);
  expect(await page.getByText(`Workbook: ${sample}`).count()).toBe(1);
  expect(Number(/^(\d+) temuan/.exec((await page.getByTestId("summary").textContent()) || "")?.[1])).toBe(total);
  await page.close();
  expect(cspViolations).toEqual([]);
  expect(offHost).toEqual([]);
}, 120000);

test("summary: chart of capaian against serapan and the coverage view, at 320 px", async () => {
  const page = await openPane();
  await openSampleAndValidate(page);
  await page.getByTestId("chart-toggle").click();
  const chart = page.getByTestId("chart");
  const none = page.getByTestId("chart-none");
  await Promise.race([chart.waitFor({ timeout: 20000 }), none.waitFor({ timeout: 20000 })]);
  if (await chart.count()) {
    expect(await chart.locator("svg rect").count()).toBeGreaterThan(1);
    await chart.scrollIntoViewIfNeeded();
  }
  await shot(page, "chart-320.png");
  await page.getByTestId("chart-toggle").click();
  await page.getByTestId("unchecked").click();
  const cov = page.getByTestId("coverage");
  await cov.waitFor();
  expect(await cov.getByRole("heading", { name: "Cakupan pemeriksaan" }).count()).toBe(1);
  expect(await cov.getByTestId("coverage-sheet").count()).toBeGreaterThan(0);
  await cov.getByTestId("coverage-sheet").first().locator("summary").click();
  await cov.scrollIntoViewIfNeeded();
  await shot(page, "coverage-320.png");
  await page.close();
}, 120000);

test("accessibility: axe finds no serious or critical violation in any state of the pane", async () => {
  // axe is injected as a script: this context alone bypasses the pane's CSP (the others keep checking it).
  const axeContext = await launchContext({ viewport: { width: 320, height: 900 }, bypassCSP: true });
  await axeContext.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offHost.push(url);
    return route.abort();
  });
  const page = await axeContext.newPage();
  await page.goto(`${base}/taskpane.html`);
  await page.getByText("Mode pratinjau (di luar Excel)").waitFor({ timeout: 20000 });
  const states: Record<string, unknown[]> = {};
  const check = async (name: string) => (states[name] = await checkA11y(page));
  await check("start");
  await openSampleAndValidate(page);
  // Buttons that were disabled during the run fade back in: measure contrast once they have.
  await page.waitForTimeout(300);
  await check("findings");
  await page.getByTestId("filters-toggle").click();
  await check("filters open");
  await page.getByTestId("finding").first().getByTestId("finding-cell").click();
  await page.getByTestId("grid").first().waitFor();
  await check("cell view");
  await page.getByTestId("finding").first().getByRole("button", { name: /^Abaikan temuan ini/ }).click();
  await page.getByRole("switch", { name: /Tampilkan yang diabaikan/ }).click();
  await page.getByTestId("finding-unignore").first().waitFor();
  await check("ignored shown");
  await page.getByTestId("search").fill("tidak ada di mana pun");
  await page.getByTestId("no-match").waitFor();
  await check("no match");
  await page.getByRole("button", { name: "Atur ulang saringan" }).click();
  await page.getByTestId("unchecked").click();
  await page.getByTestId("coverage").waitFor();
  await page.getByTestId("chart-toggle").click();
  await page.waitForTimeout(300);
  await check("coverage and chart");
  if (await page.getByTestId("map-table").count()) {
    await page.getByTestId("map-table").first().click();
    await page.getByTestId("mapping-editor").waitFor();
    await check("mapping editor");
  }
  // The filters are still open from above.
  await page.getByTestId("rule-filter").selectOption("SAKIP-SERAPAN-001");
  await page.getByTestId("fix-all").first().click();
  await page.getByTestId("fix-all-list").waitFor();
  await check("fix all list");
  await page.getByRole("tab", { name: "Pengaturan" }).click();
  await check("settings");
  await page.getByRole("textbox", { name: /Toleransi selisih rupiah/ }).fill("abc");
  await check("settings invalid");
  await page.getByRole("tab", { name: /Temuan/ }).click();
  await check("unsaved warning");
  await page.getByRole("button", { name: /Bahasa: English/ }).click();
  await check("english");
  await axeContext.close();
  expect(states).toEqual(Object.fromEntries(Object.keys(states).map((k) => [k, []])));
}, 180000);

test("settings at 320 px: Save stays on screen however long the rule list is", async () => {
  const page = await openPane();
  await openSampleAndValidate(page, 320, 640);
  await page.getByRole("tab", { name: "Pengaturan" }).click();
  const save = page.getByRole("button", { name: "Simpan pengaturan" });
  for (const y of [0, 800, 1600]) {
    await page.evaluate((v) => window.scrollTo(0, v), y);
    const b = (await save.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(640);
  }
  await page.close();
}, 120000);
