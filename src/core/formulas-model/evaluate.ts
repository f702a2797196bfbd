// Evaluates a formula on the snapshot's cached values, for the functions planning sheets use; anything else is
// unknown (undefined), never a guess.
import type { FormulaNode, Ref } from "./ast";

export type Scalar = number | string | boolean | null | { error: string };
/** Value of a cell: the sheet is undefined for the formula's own sheet. */
export type Lookup = (sheet: string | undefined, row: number, col: number) => Scalar;

const MAX_RANGE_CELLS = 200000;

class Unknown extends Error {}

function isErr(v: unknown): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

function num(v: Scalar): number {
  if (isErr(v)) throw v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  throw { error: "#VALUE!" };
}

function cellsOf(ref: Ref, get: Lookup): Scalar[] {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const p of ref.parts) {
    if (p.row === undefined || p.col === undefined) throw new Unknown();
    top = Math.min(top, p.row);
    bottom = Math.max(bottom, p.row);
    left = Math.min(left, p.col);
    right = Math.max(right, p.col);
  }
  if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) throw new Unknown();
  const out: Scalar[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(get(ref.sheet, r, c));
  return out;
}

/** Values of an aggregate's argument: ranges give their cells (flagged), scalars themselves. */
function argValues(n: FormulaNode, get: Lookup): { v: Scalar; fromRef: boolean }[] {
  while (n.t === "paren") n = n.a;
  if (n.t === "ref") return cellsOf(n.ref, get).map((v) => ({ v, fromRef: true }));
  if (n.t === "bin" && n.op === ",") return [...argValues(n.a, get), ...argValues(n.b, get)];
  return [{ v: ev(n, get), fromRef: false }];
}

function numbersOf(args: FormulaNode[], get: Lookup): number[] {
  const out: number[] = [];
  for (const a of args) {
    for (const { v, fromRef } of argValues(a, get)) {
      if (isErr(v)) throw v;
      if (fromRef) {
        if (typeof v === "number") out.push(v);
      } else out.push(num(v));
    }
  }
  return out;
}

function ev(n: FormulaNode, get: Lookup): Scalar {
  switch (n.t) {
    case "num":
      return n.v;
    case "str":
      return n.v;
    case "bool":
      return n.v;
    case "err":
      return { error: n.v };
    case "empty":
      return null;
    case "name":
      throw new Unknown();
    case "array":
      throw new Unknown();
    case "paren":
      return ev(n.a, get);
    case "ref": {
      const p = n.ref.parts;
      if (p.length !== 1 || p[0].row === undefined || p[0].col === undefined) throw new Unknown();
      return get(n.ref.sheet, p[0].row, p[0].col);
    }
    case "un": {
      const v = num(ev(n.a, get));
      return n.op === "-" ? -v : v;
    }
    case "pct":
      return num(ev(n.a, get)) / 100;
    case "bin":
      return binary(n.op, ev(n.a, get), ev(n.b, get));
    case "fn":
      return call(n.name, n.args, get);
  }
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isErr(a)) throw a;
  if (isErr(b)) throw b;
  switch (op) {
    case "+": return num(a) + num(b);
    case "-": return num(a) - num(b);
    case "*": return num(a) * num(b);
    case "/": {
      const d = num(b);
      if (d === 0) throw { error: "#DIV/0!" };
      return num(a) / d;
    }
    case "^": return Math.pow(num(a), num(b));
    case "&": return String(a ?? "") + String(b ?? "");
    case "=": return cmp(a, b) === 0;
    case "<>": return cmp(a, b) !== 0;
    case "<": return cmp(a, b) < 0;
    case ">": return cmp(a, b) > 0;
    case "<=": return cmp(a, b) <= 0;
    case ">=": return cmp(a, b) >= 0;
  }
  throw new Unknown();
}

function cmp(a: Scalar, b: Scalar): number {
  if (typeof a === "string" || typeof b === "string") {
    const x = String(a ?? "").toUpperCase();
    const y = String(b ?? "").toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return num(a) - num(b);
}

function call(name: string, args: FormulaNode[], get: Lookup): Scalar {
  switch (name) {
    case "SUM":
      return numbersOf(args, get).reduce((s, x) => s + x, 0);
    case "AVERAGE": {
      const xs = numbersOf(args, get);
      if (!xs.length) throw { error: "#DIV/0!" };
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    }
    case "COUNT":
      return numbersOf(args, get).length;
    case "MIN": {
      const xs = numbersOf(args, get);
      return xs.length ? Math.min(...xs) : 0;
    }
    case "MAX": {
      const xs = numbersOf(args, get);
      return xs.length ? Math.max(...xs) : 0;
    }
    case "ABS":
      return Math.abs(num(ev(args[0], get)));
    case "ROUND": {
      const x = num(ev(args[0], get));
      const d = args[1] ? num(ev(args[1], get)) : 0;
      const f = Math.pow(10, d);
      return Math.round(x * f) / f;
    }
    case "IF": {
      const c = ev(args[0], get);
      const yes = typeof c === "boolean" ? c : num(c) !== 0;
      const branch = yes ? args[1] : args[2];
      if (!branch) return yes;
      return ev(branch, get);
    }
    case "IFERROR":
      try {
        return ev(args[0], get);
      } catch (e) {
        if (isErr(e)) return ev(args[1], get);
        throw e;
      }
  }
  throw new Unknown();
}

/** The formula's value on the cached values: a number, text, boolean, an Excel error, or undefined when unknown. */
export function evaluate(n: FormulaNode, get: Lookup): Scalar | undefined {
  try {
    return ev(n, get);
  } catch (e) {
    if (isErr(e)) return e;
    if (e instanceof Unknown) return undefined;
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}
