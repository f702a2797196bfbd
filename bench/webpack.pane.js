// Bench-only fallback: builds the task pane without the custom functions entry, into $TMPDIR/sakip-bench/dist-pane,
// so the pane can be measured while src/functions/functions.ts does not exist yet. Not used when dist/ is built.
/* eslint-disable no-undef */
const os = require("os");
const path = require("path");
const base = require("../webpack.config.js");

module.exports = async (env, options) => {
  const config = await base(env, options);
  delete config.entry.functions;
  config.plugins = config.plugins.filter((p) => p.constructor.name !== "CustomFunctionsMetadataPlugin");
  config.output.path = path.join(os.tmpdir(), "sakip-bench", "dist-pane");
  return config;
};
