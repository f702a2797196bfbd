/* eslint-disable no-undef */
// Builds dist/: taskpane.html (+ its bundles), functions.js + functions.json (no React), commands, manifest, assets.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const fs = require("fs");
const { DefinePlugin, Compilation, sources } = require("webpack");

// dist/functions.en.json: functions.json (built from the Indonesian JSDoc) with the English help of
// src/functions/help.en.json, for Excel in English (manifest.xml points en-US/en-GB there). Names, parameters and
// types stay those of functions.json; a function or parameter without English help fails the build.
class EnglishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EnglishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EnglishMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const helpFile = path.resolve(__dirname, "src/functions/help.en.json");
        compilation.fileDependencies.add(helpFile);
        const help = JSON.parse(fs.readFileSync(helpFile, "utf8"));
        const meta = JSON.parse(asset.source.source().toString());
        const missing = [];
        for (const f of meta.functions) {
          const h = help[f.id];
          if (!h) { missing.push(f.id); continue; }
          f.description = h.description;
          for (const p of f.parameters) {
            if (!h.parameters || !h.parameters[p.name]) missing.push(`${f.id}(${p.name})`);
            else p.description = h.parameters[p.name];
          }
        }
        if (missing.length) compilation.errors.push(new Error(`src/functions/help.en.json: no English help for ${missing.join(", ")}`));
        compilation.emitAsset("functions.en.json", new sources.RawSource(JSON.stringify(meta, null, 4)));
      });
    });
  }
}

// Sample workbooks offered by the task pane's preview mode (copied to dist/samples/ below).
function sampleNames() {
  const dir = path.resolve(__dirname, "assets/samples");
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".xlsx")).sort() : [];
}

const urlDev = "https://localhost:3000/";
// Where the built add-in is hosted in production; override with ADDIN_URL=https://host/path/ at build time.
const urlProd = process.env.ADDIN_URL || "https://localhost:3000/";

// HTTPS with the Office dev certificates only for desktop sideloading (npm start on Windows/macOS sets SAKIP_HTTPS);
// elsewhere the dev server is plain HTTP on localhost, so nothing asks for sudo.
async function devServerTransport() {
  if (!process.env.SAKIP_HTTPS) return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !env.WEBPACK_BUILD;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".html"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __SAKIP_SAMPLES__: JSON.stringify(sampleNames()) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new EnglishMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page hosts the functions, the ribbon commands and the pane.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: serving ? await devServerTransport() : undefined,
    },
  };
};
