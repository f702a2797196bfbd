#!/usr/bin/env node
// npm start: with desktop Excel (Windows, macOS) build and sideload as the Office tools do;
// elsewhere (Linux, CI) build and serve the add-in on http://localhost:3000 without prompting, and say how to sideload it.
const { spawnSync } = require("child_process");
const path = require("path");
const fs = require("fs");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function hasDesktopExcel() {
  if (process.env.SAKIP_NO_DESKTOP) return false;
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const dirs = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return dirs.some((d) => fs.existsSync(path.join(d, "Microsoft Office", "root", "Office16", "EXCEL.EXE")));
  }
  return false;
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (hasDesktopExcel()) {
  let debugging;
  try {
    debugging = require.resolve("office-addin-debugging/cli");
  } catch {
    console.error("office-addin-debugging belum terpasang (npm ci memasangnya di Windows/macOS). / office-addin-debugging is not installed.");
    process.exit(1);
  }
  // office-addin-debugging builds, starts the HTTPS dev server (npm run dev-server) with its dev certificates, and sideloads.
  run(process.execPath, [debugging, "start", "manifest.xml", "desktop"], { SAKIP_HTTPS: "1" });
} else {
  // SAKIP_SKIP_BUILD serves an existing dist/ (the test of this script runs after npm test's build).
  if (!process.env.SAKIP_SKIP_BUILD) run(npx, ["webpack", "--mode", "production"], { ADDIN_URL: `http://localhost:${port}/` });
  const { serveDir } = require("./serve");
  serveDir(path.join(root, "dist"), port, "127.0.0.1")
    .then(({ url }) => {
      const manifest = path.join(root, "dist", "manifest.xml");
      console.log(`
SAKIP Tools berjalan di ${url}taskpane.html
  Manifest: ${manifest}

Memuat (sideload) di Excel untuk web:
  1. Buka sebuah workbook di Excel untuk web (di browser pada komputer ini).
  2. Beranda > Add-in > Add-in Lainnya > Unggah Add-in Saya, lalu pilih berkas manifest di atas.
  3. Tombol "Validasi SAKIP" muncul di tab Beranda; fungsi =SAKIP.CAPAIAN(...) siap dipakai.
Membuka ${url}taskpane.html di browser biasa menampilkan pratinjau dengan workbook contoh.

Sideload into Excel on the web: open a workbook, Home > Add-ins > More Add-ins > Upload My Add-in,
choose the manifest above. Press Ctrl+C to stop.`);
    })
    .catch((e) => {
      console.error(`Tidak dapat membuka port ${port}: ${e.code || e.message}. Hentikan proses lain di port itu atau ubah config.dev_server_port.`);
      process.exit(1);
    });
}
