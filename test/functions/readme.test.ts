// The README's function reference must not lie: every example in its table is run through the BUILT functions.js
// (as Excel calls it) and must show what the README says. Ranges in the examples hold the seed's own data.
import * as fs from "fs";
import * as path from "path";
import { formatPercent } from "../../src/core/numbers/money";
import { loadBundle, ExcelError } from "./bundle";

const root = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const table = readme.slice(readme.indexOf("## Referensi fungsi"), readme.indexOf("## Panel"));

// C2:C9: the eight merit aspect values of the seed (sum 278). B2:J366: 365 respondents x 9 unsur whose answers
// total 10.878, as the seed's SKM table (1.023 answers of 4, the rest 3).
const merit = [40, 36, 57.5, 20, 62.5, 35, 10, 17].map((v) => [v]);
const answers = Array.from({ length: 365 }, (_, r) => Array.from({ length: 9 }, (_, c) => (r * 9 + c < 1023 ? 4 : 3)));
const RANGES: Record<string, unknown[][]> = { "C2:C9": merit, "B2:J366": answers };

const { registry } = loadBundle();
// Which parameters Excel passes as matrices (ranges) and which as single values, per functions.json.
const params: Record<string, boolean[]> = Object.fromEntries(
  JSON.parse(fs.readFileSync(path.join(root, "dist/functions.json"), "utf8")).functions.map(
    (f: { id: string; parameters: Array<{ dimensionality?: string }> }) => [f.id, f.parameters.map((p) => p.dimensionality === "matrix")],
  ),
);

/** One argument as Indonesian Excel reads it: "" omitted, "text", 106,92% , 6,5 , a range. */
function arg(text: string, matrix: boolean): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (RANGES[t]) return RANGES[t];
  let v: unknown;
  if (/^".*"$/.test(t)) v = t.slice(1, -1);
  else {
    const n = Number(t.replace(/%$/, "").replace(",", "."));
    if (Number.isNaN(n)) throw new Error(`README example argument not understood: ${t}`);
    v = t.endsWith("%") ? n / 100 : n;
  }
  return matrix ? [[v]] : v;
}
const splitArgs = (s: string) => s.match(/("[^"]*"|[^;])*(;|$)/g)!.filter((x, i, a) => i < a.length - 1 || x !== "").map((x) => x.replace(/;$/, ""));

function show(v: unknown, expected: string): string {
  const first = Array.isArray(v) ? (v as unknown[][])[0][0] : v;
  if (first instanceof ExcelError) return first.code;
  if (typeof first === "boolean") return first ? "TRUE" : "FALSE"; // as Excel shows a logical value
  if (typeof first !== "number") return String(first);
  if (expected.endsWith("%")) return formatPercent(first);
  const decimals = (expected.split(",")[1] ?? "").length;
  return first.toFixed(decimals).replace(".", ",");
}

const examples: Array<{ call: string; fn: string; args: string; expected: string }> = [];
for (const row of table.split("\n").filter((l) => l.startsWith("| `SAKIP."))) {
  let previousFirstArgs = "";
  for (const m of row.matchAll(/`(=SAKIP\.(\w+)\((.*?)\)|…(.*?)\))` → ([^·|]+)/g)) {
    const fn = m[2] ?? examples[examples.length - 1].fn;
    // "…;;"indeks")" continues the previous example of the row with the same first argument.
    const args = m[3] ?? previousFirstArgs + m[4];
    if (m[3] !== undefined) previousFirstArgs = splitArgs(m[3])[0];
    examples.push({ call: m[1], fn, args, expected: m[5].trim() });
  }
}

test("the README shows an example for every function", () => {
  expect(new Set(examples.map((e) => e.fn))).toEqual(new Set(Object.keys(params)));
  expect(examples.length).toBeGreaterThanOrEqual(14);
});

test.each(examples.map((e) => [e.call, e.fn, e.args, e.expected]))("README: %s shows %s", (_call, fn, args, expected) => {
  const kinds = params[fn as string];
  const given = splitArgs(args as string).map((a, i) => arg(a, kinds[i]));
  const full = [...given, ...new Array(kinds.length - given.length).fill(null)];
  let result: unknown;
  try {
    result = registry[fn as string](...full);
  } catch (e) {
    result = e;
  }
  expect(show(result, expected as string)).toBe(expected);
});
