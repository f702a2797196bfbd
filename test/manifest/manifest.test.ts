// The manifest, checked offline: the Office validation service is unreachable here, so we check its structure.
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";

// Office's own manifest parser (office-addin-manifest) loads ESM-only dependencies that jest's module system cannot;
// plain Node can, so it runs in a child process.
const OfficeAddinManifest = {
  readManifestFile: async (file: string) =>
    JSON.parse(
      execFileSync(process.execPath, ["-e", `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(file)}).then((i) => process.stdout.write(JSON.stringify(i)))`], {
      }).toString(),
    ),
};

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { JSDOM } = require("jsdom");
const doc: Document = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0];
};

function resources(kind: string): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of all(kind)) if (el.getAttribute("id")) map.set(el.getAttribute("id")!, el);
  return map;
}
const urls = resources("bt:Url");
const images = resources("bt:Image");
const shortStrings = new Map(all("bt:ShortStrings").flatMap((s) => Array.from(s.children).map((c) => [c.getAttribute("id"), c] as const)));
const longStrings = new Map(all("bt:LongStrings").flatMap((s) => Array.from(s.children).map((c) => [c.getAttribute("id"), c] as const)));

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is well-formed XML that Office's own parser reads", async () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const info = await OfficeAddinManifest.readManifestFile(path.join(root, "manifest.xml"));
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("id-ID");
  });

  test("asks for the least permission that lets it write the report sheet", async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(root, "manifest.xml"));
    expect(info.permissions).toBe("ReadWriteDocument");
  });

  test("uses one shared runtime for the pane and the custom functions", () => {
    const sets = all("Set").map((s) => s.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
    const runtime = one("Runtime");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(one("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
  });

  test("declares the SAKIP custom functions namespace with the built script and metadata", () => {
    const cf = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions")!;
    expect(cf).toBeDefined();
    const resid = (tag: string) => cf.getElementsByTagName(tag)[0];
    const script = resid("Script").getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    const page = resid("Page").getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    const meta = resid("Metadata").getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    expect(urls.get(script)!.getAttribute("DefaultValue")).toMatch(/\/functions\.js$/);
    expect(urls.get(meta)!.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    // English Excel reads the English help (same names) from the locale override; Indonesian stays the default.
    const overrides = Array.from(urls.get(meta)!.getElementsByTagName("bt:Override")).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
    expect(overrides).toEqual([["en-US", expect.stringMatching(/\/functions\.en\.json$/)], ["en-GB", expect.stringMatching(/\/functions\.en\.json$/)]]);
    expect(fs.readFileSync(path.join(root, "webpack.config.js"), "utf8")).toMatch(/emitAsset\("functions\.en\.json"/);
    expect(page).toBe("Taskpane.Url");
    const ns = resid("Namespace").getAttribute("resid")!;
    expect(shortStrings.get(ns)!.getAttribute("DefaultValue")).toBe("SAKIP");
  });

  test("puts one button on the Home tab that opens the task pane", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const actions = Array.from(tab.getElementsByTagName("Action"));
    expect(actions).toHaveLength(1);
    expect(actions[0].getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(actions[0].getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe("Taskpane.Url");
    // A shared runtime supports one pane only: no TaskpaneId.
    expect(actions[0].getElementsByTagName("TaskpaneId")).toHaveLength(0);
  });

  test("every resid points at a defined resource", () => {
    const defined = new Set([...urls.keys(), ...images.keys(), ...shortStrings.keys(), ...longStrings.keys()]);
    const used = all("*").map((e) => e.getAttribute("resid")).filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(defined).toContain(r);
  });

  test("every icon is a real PNG of the declared size in assets/", () => {
    const declared: Array<[string, number]> = [
      ...Array.from(images.values()).map((i) => [i.getAttribute("DefaultValue")!, Number(i.getAttribute("id")!.match(/(\d+)x\1/)![1])] as [string, number]),
      [one("IconUrl").getAttribute("DefaultValue")!, 32],
      [one("HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ];
    for (const [url, size] of declared) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });

  test("all URLs are https on one origin, which the build rewrites for production", () => {
    const values = [...all("*")].flatMap((e) => (e.getAttribute("DefaultValue")?.startsWith("http") ? [e.getAttribute("DefaultValue")!] : []));
    for (const v of values) expect(v.startsWith("https://localhost:3000/")).toBe(true);
  });

  test("shows Indonesian strings by default, with English overrides", () => {
    expect(shortStrings.get("OpenPane.Label")!.getAttribute("DefaultValue")).toBe("Validasi SAKIP");
    for (const el of [...shortStrings.values(), ...longStrings.values()]) {
      if (el.getAttribute("id") === "Functions.Namespace") continue;
      const en = Array.from(el.getElementsByTagName("bt:Override")).find((o) => o.getAttribute("Locale") === "en-US");
      expect(en).toBeDefined();
    }
    expect(doc.documentElement.querySelector(":scope > Description")!.getAttribute("DefaultValue")).toMatch(/validasi Perjanjian Kinerja/);
  });
});
