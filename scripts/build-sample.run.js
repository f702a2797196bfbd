#!/usr/bin/env node
// Runs scripts/build-sample.ts without ts-node: transpiles it (and its data file) with the installed TypeScript,
// builds the workbook with exceljs and writes assets/samples/lkjip-bkpsdm-lamongan-2022.xlsx.
"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
function loadTs(file) {
  const src = fs.readFileSync(file, "utf8");
  const out = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  const origResolve = m.require.bind(m);
  m.require = (id) => (id.startsWith("./") && fs.existsSync(path.join(path.dirname(file), id + ".ts")) ? loadTs(path.join(path.dirname(file), id + ".ts")) : origResolve(id));
  m._compile(out.outputText, file);
  return m.exports;
}

(async () => {
  const ExcelJS = require("exceljs");
  const mod = loadTs(path.join(__dirname, "build-sample.ts"));
  const wb = mod.buildSampleWorkbook(ExcelJS);
  const target = path.join(root, mod.SAMPLE_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await wb.xlsx.writeFile(target);
  process.stdout.write(`Ditulis: ${path.relative(root, target)} (${wb.worksheets.length} lembar)\n`);
})().catch((e) => {
  process.stderr.write(`Galat: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
