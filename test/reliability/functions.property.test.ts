// Every custom function, called as Excel calls it, 10.000 times each (fast-check): the BUILT dist/functions.js runs
// with a stand-in CustomFunctions global; arguments follow dist/functions.json (scalars, matrices for
// range parameters, null for omitted or blank arguments, 0 for a blank on desktop). Each call returns a finite number,
// a string, a boolean where the type allows, a rectangular array of those, or a CustomFunctions.Error, returned or
// thrown (with a message when it is #VALUE! or #N/A); nothing else is thrown, and no NaN/Infinity/undefined is returned
// or null put in an array.
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { ROOT } from "./helpers";
import { testUnlessKnown } from "./known-open";

const RUNS = Number(process.env.SAKIP_FUNCTION_RUNS || 10_000);
// SAKIP_DIST points at another build (debugging the harness); npm test uses the real dist/.
const DIST = process.env.SAKIP_DIST || path.join(ROOT, "dist");

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  calc: "#CALC!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
};

/** Excel's CustomFunctions.Error, as far as a function can observe it. */
class CfError {
  constructor(public code: string, public message?: string) {
    if (!Object.values(ErrorCode).includes(code)) throw new Error(`CustomFunctions.Error: unknown code ${code}`);
  }
}

interface Param {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Meta {
  id: string;
  name: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: { stream?: boolean; cancelable?: boolean; requiresAddress?: boolean; requiresParameterAddresses?: boolean; volatile?: boolean };
}

function load(): { meta: Meta[]; fns: Map<string, (...a: unknown[]) => unknown> } {
  const meta: Meta[] = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;
  const fns = new Map<string, (...a: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => fns.set(id.toUpperCase(), fn), Error: CfError, ErrorCode },
    // Outside a host Office.js reports no host; the functions must not need it.
    Office: { onReady: (cb?: (i: unknown) => void) => { cb?.({ host: null, platform: null }); return Promise.resolve({ host: null, platform: null }); }, actions: { associate: () => undefined } },
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
    setTimeout,
    clearTimeout,
    queueMicrotask,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  // Run the bundle in this realm with the stand-ins as parameters: a separate vm context slows every global lookup
  // several times (bench/ measured it), and arrays then come from one realm, as in Excel's runtime.
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const names = Object.keys(sandbox);
  new Function(...names, code)(...names.map((n) => sandbox[n]));
  return { meta, fns };
}

// What cells hold, as Excel hands them to a function: numbers (also dates as serials), text in both conventions,
// booleans, blanks (null on the web, 0 on desktop, "" inside ranges), error-looking text, odd unicode.
const scalarValue = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 1_000_000_000_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 100, 260, 278, 365, 0.5, 1.0692, -1, 1e308, -0, 45292) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "21,44", "19,38", "106,92%", "80-90", "Rp 1.672.255.000,00", "Rp 197,951,250.00", "1000 SK KP PNS", "N/A", "-", "",
      "positif", "negatif", "negatif_rasio", "selisih", "rasio", "sisa", "nilai", "indeks", "kategori", "mutu", "nrr",
      "tanggal_lahir", "tmt", "jenis_kelamin", "198609262015051001", "19860926 201505 1 001", "Rp 750.000,00,00", "#DIV/0!",
      "=1+1", "📊", "ميزانية", " ", "1e400", "9".repeat(330), "TRUE",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);
const matrixOf = (cell: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 7 })).chain(([r, c]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );
// Inside a range a blank arrives as "" (or null on the web); answers 1..4 are common for IKM.
const rangeCell = fc.oneof(scalarValue, fc.constantFrom<unknown>("", "", 1, 2, 3, 4, 0));

function argFor(p: Param): fc.Arbitrary<unknown> {
  const matrix = p.dimensionality === "matrix";
  const base = p.type === "number" ? fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(0)) : p.type === "boolean" ? fc.boolean() : p.type === "string" ? fc.oneof(fc.string({ maxLength: 10 }), scalarValue.map(String)) : scalarValue;
  const value = matrix ? matrixOf(p.type === "any" || !p.type ? rangeCell : base) : base;
  // An omitted optional argument is null; a blank scalar cell is null (web) or 0 (desktop) for "any".
  if (p.optional) return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: value });
  if (!matrix && (p.type === "any" || !p.type)) return fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  return value;
}

function badResult(r: unknown, meta: Meta): string | null {
  const okScalar = (v: unknown): string | null => {
    if (v instanceof CfError) {
      if ((v.code === "#VALUE!" || v.code === "#N/A") && !(typeof v.message === "string" && v.message.trim().length > 0)) return `${v.code} without a message`;
      return null;
    }
    if (typeof v === "number") return Number.isFinite(v) ? null : `number ${v}`;
    if (typeof v === "string") return v.length <= 32767 ? null : `string of ${v.length} characters`;
    if (typeof v === "boolean") return null;
    return `${v === null ? "null" : typeof v} ${String(v).slice(0, 40)}`;
  };
  if (meta.result?.dimensionality === "matrix" || Array.isArray(r)) {
    if (r instanceof CfError) return okScalar(r);
    if (!Array.isArray(r) || r.length === 0 || !r.every((row) => Array.isArray(row) && row.length === (r as unknown[][])[0].length && row.length > 0)) {
      // A matrix function may still return a scalar error or a scalar value (Excel shows it in one cell).
      return Array.isArray(r) ? `ragged or empty array ${JSON.stringify(r).slice(0, 80)}` : okScalar(r);
    }
    for (const row of r as unknown[][]) for (const v of row) {
      const bad = okScalar(v);
      if (bad) return `in array: ${bad}`;
    }
    return null;
  }
  return okScalar(r);
}

let loaded: ReturnType<typeof load>;
beforeAll(() => {
  loaded = load();
});

test("dist/functions.js registers every function that dist/functions.json declares", () => {
  expect(loaded.meta.length).toBeGreaterThan(0);
  expect(loaded.meta.map((m) => m.id.toUpperCase()).filter((id) => !loaded.fns.has(id))).toEqual([]);
});

const NAMES = ["CAPAIAN", "EFISIENSI", "MERIT_SCORE", "IKM", "PREDIKAT", "SERAPAN", "NIP", "SAMPEL_SKM"];

test("the functions of the issue are all there", () => {
  expect(loaded.meta.map((m) => m.id.toUpperCase())).toEqual(expect.arrayContaining(NAMES));
});

describe.each(NAMES)("SAKIP.%s", (id) => {
  testUnlessKnown(`functions:${id}`)(`${RUNS} calls as Excel makes them: a value or an Excel error, never an exception`, async () => {
    const meta = loaded.meta.find((m) => m.id.toUpperCase() === id);
    expect(meta).toBeDefined();
    const fn = loaded.fns.get(id)!;
    // Fresh arrays per call (a function must not depend on, or change, what another call got).
    const toRealm = (s: string) => JSON.parse(s) as unknown[];
    const args = fc.tuple(...meta!.parameters.map(argFor));
    await fc.assert(
      fc.asyncProperty(args, async (a) => {
        const inRealm = toRealm(JSON.stringify(a, (_k, v) => (Object.is(v, -0) ? 0 : v)));
        if (meta!.options?.cancelable || meta!.options?.requiresAddress) inRealm.push({ address: "Sheet1!A1", onCanceled: null });
        let r: unknown;
        try {
          r = await fn(...inRealm);
        } catch (e) {
          // Throwing a CustomFunctions.Error is Excel's documented way to show an error with its message.
          if (e instanceof CfError) r = e;
          else throw new Error(`threw ${(e as Error)?.name}: ${(e as Error)?.message} for ${JSON.stringify(a).slice(0, 200)}`);
        }
        const bad = badResult(r, meta!);
        if (bad) throw new Error(`${bad} for ${JSON.stringify(a).slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  }, 60000);
});

test("self-test: the result check refuses what Excel cannot show", () => {
  const m: Meta = { id: "X", name: "X", parameters: [], result: { dimensionality: "matrix" } };
  const s: Meta = { id: "Y", name: "Y", parameters: [], result: { type: "number" } };
  expect(badResult(NaN, s)).toMatch(/NaN/);
  expect(badResult(Infinity, s)).toMatch(/Infinity/);
  expect(badResult(undefined, s)).toMatch(/undefined/);
  expect(badResult(new CfError("#VALUE!"), s)).toMatch(/without a message/);
  expect(badResult([[1, null]], m)).toMatch(/null/);
  expect(badResult([[1, 2], [3]], m)).toMatch(/ragged/);
  expect(badResult([], m)).toMatch(/empty/);
  expect(badResult([[1, "a", true, new CfError("#N/A", "kosong")]], m)).toBeNull();
  expect(badResult(new CfError("#DIV/0!"), s)).toBeNull();
});
