// npm start where no desktop Excel is present: serves the built add-in on localhost and says how to sideload it,
// without prompting for anything. Runs on the dist/ that npm test has just built.
import { spawn, ChildProcess } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
let child: ChildProcess | undefined;
afterEach(() => child?.kill());

function startAndWaitForUrl(): Promise<{ url: string; out: string }> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [path.join(root, "scripts/start.js")], {
      cwd: root,
      env: { ...process.env, SAKIP_SKIP_BUILD: "1", SAKIP_NO_DESKTOP: "1", npm_package_config_dev_server_port: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error("no URL printed:\n" + out)), 20000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = out.match(/berjalan di (http:\/\/localhost:\d+\/)taskpane\.html/);
      if (m && out.includes("Ctrl+C")) {
        clearTimeout(timer);
        resolve({ url: m[1], out });
      }
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`start exited ${code}:\n${out}`)));
  });
}

test("serves the pane, the functions and the manifest, and prints how to sideload", async () => {
  const { url, out } = await startAndWaitForUrl();
  expect(out).toContain(path.join(root, "dist", "manifest.xml"));
  expect(out).toContain("Unggah Add-in Saya");
  expect(out).toContain("Upload My Add-in");
  for (const [file, type] of [
    ["taskpane.html", "text/html"],
    ["functions.js", "text/javascript"],
    ["functions.json", "application/json"],
    ["manifest.xml", "application/xml"],
    ["assets/icon-32.png", "image/png"],
  ]) {
    const res = await fetch(url + file);
    expect([file, res.status]).toEqual([file, 200]);
    expect(res.headers.get("content-type")).toContain(type);
  }
  const functions = await (await fetch(url + "functions.json")).json();
  expect(functions.functions.map((f: { name: string }) => f.name)).toContain("CAPAIAN");
  expect((await fetch(url + "../../package.json")).status).not.toBe(200);
});
