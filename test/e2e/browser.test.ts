// The browser the tests use comes from npm when the machine has none: forced here, it must start and render.
import { chromiumExecutable, launchBrowser } from "../support/browser";

test("with system browsers ignored, the npm Chromium starts and renders a page", async () => {
  const before = process.env.SAKIP_NO_SYSTEM_BROWSER;
  const env = process.env.SAKIP_CHROMIUM;
  process.env.SAKIP_NO_SYSTEM_BROWSER = "1";
  delete process.env.SAKIP_CHROMIUM;
  try {
    const found = chromiumExecutable();
    expect(found.source).toBe("npm");
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent("<main><h1>Validasi</h1></main>");
      expect(await page.locator("h1").textContent()).toBe("Validasi");
    } finally {
      await browser.close();
    }
  } finally {
    if (before === undefined) delete process.env.SAKIP_NO_SYSTEM_BROWSER;
    else process.env.SAKIP_NO_SYSTEM_BROWSER = before;
    if (env !== undefined) process.env.SAKIP_CHROMIUM = env;
  }
});
