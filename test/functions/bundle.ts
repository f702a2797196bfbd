// Loads the BUILT dist/functions.js (npm test builds dist/ first) in a sandbox with a stand-in for Excel's
// CustomFunctions runtime, and calls its functions the way Excel does: ranges as matrices, a single cell as [[v]],
// null for an omitted argument (0 for a blank cell on desktop, null on the web).
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST = path.resolve(__dirname, "../../dist");

export class ExcelError {
  constructor(public code: string, public message?: string) {}
}

export interface Bundle {
  code: string;
  registry: Record<string, (...args: unknown[]) => unknown>;
  /** Calls a function with every declared parameter (omitted ones null); a thrown Excel error is returned. */
  call: (id: string, ...args: unknown[]) => unknown;
}

/** Parameter names per function id, from the built functions.json. */
export function builtParams(file = "functions.json"): Record<string, string[]> {
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as { functions: { id: string; parameters: { name: string }[] }[] };
  return Object.fromEntries(meta.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
}

export function loadBundle(): Bundle {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const registry: Bundle["registry"] = {};
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
      associate: (id: string, fn: (...args: unknown[]) => unknown) => { registry[id] = fn; },
    },
    console,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: "functions.js" });
  const params = builtParams();
  const call = (id: string, ...args: unknown[]) => {
    const fn = registry[id];
    const n = params[id].length;
    const full = [...args, ...new Array(Math.max(0, n - args.length)).fill(null)];
    try {
      return fn(...full);
    } catch (e) {
      return e; // Excel shows a thrown CustomFunctions.Error as that error
    }
  };
  return { code, registry, call };
}

/** "#VALUE! message" for an Excel error, undefined otherwise. */
export const err = (v: unknown): string | undefined => (v instanceof ExcelError ? `${v.code} ${v.message ?? ""}`.trim() : undefined);
/** The first element of a spill (or the value itself). */
export const cell = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[][])[0][0] : v);
