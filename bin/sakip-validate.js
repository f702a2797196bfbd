#!/usr/bin/env node
// sakip-validate: runs the CLI compiled by `npm run build` (tsc -p src/cli/tsconfig.json -> build/cli).
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "build", "cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "Galat: sakip-validate belum dibangun. Jalankan `npm run build` (atau `npm run build:cli`) lebih dahulu.\n" +
      "Error: sakip-validate is not built. Run `npm run build` (or `npm run build:cli`) first.\n",
  );
  process.exit(2);
}
require(entry).main(process.argv.slice(2), root);
