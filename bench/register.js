// Lets plain `node` load the TypeScript sources (bench and src) without a build step or extra dependency:
// each .ts/.tsx file is transpiled to CommonJS with the TypeScript compiler already in devDependencies.
/* eslint-disable no-undef */
const fs = require("fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
  inlineSourceMap: true, // keeps file names and lines right in --cpu-prof profiles
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(out.outputText, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;
