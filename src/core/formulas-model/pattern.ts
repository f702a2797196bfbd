// Comparing formulas as Excel's fill would: a formula follows another when copying the other to its cell gives
// the same references. "$" only says what a copy keeps: C3 and $C$3 written in C10 mean the same.
import { unwrap as strip, type FormulaNode, type Ref, type RefPart } from "./ast";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function partFollows(x: RefPart, xr: number, xc: number, p: RefPart, pr: number, pc: number): boolean {
  if ((x.row === undefined) !== (p.row === undefined) || (x.col === undefined) !== (p.col === undefined)) return false;
  if (p.row !== undefined && x.row !== undefined) {
    if (p.rowAbs ? x.row !== p.row : x.row - xr !== p.row - pr) return false;
  }
  if (p.col !== undefined && x.col !== undefined) {
    if (p.colAbs ? x.col !== p.col : x.col - xc !== p.col - pc) return false;
  }
  return true;
}

function refFollows(x: Ref, xr: number, xc: number, p: Ref, pr: number, pc: number): boolean {
  if ((x.sheet ?? "").toUpperCase() !== (p.sheet ?? "").toUpperCase()) return false;
  if (x.parts.length !== p.parts.length) return false;
  for (let i = 0; i < x.parts.length; i++) if (!partFollows(x.parts[i], xr, xc, p.parts[i], pr, pc)) return false;
  return true;
}

/** True when formula x at (xr, xc) is what pattern p at (pr, pc) becomes when copied there. */
export function follows(x: FormulaNode, xr: number, xc: number, p: FormulaNode, pr: number, pc: number): boolean {
  x = strip(x);
  p = strip(p);
  if (x.t !== p.t) return false;
  switch (p.t) {
    case "num":
      return (x as typeof p).v === p.v;
    case "str":
    case "bool":
    case "err":
      return (x as typeof p).v === p.v;
    case "name":
      return (x as typeof p).v.toUpperCase() === p.v.toUpperCase();
    case "empty":
      return true;
    case "ref":
      return refFollows((x as typeof p).ref, xr, xc, p.ref, pr, pc);
    case "fn": {
      const f = x as typeof p;
      if (f.name !== p.name || f.args.length !== p.args.length) return false;
      for (let i = 0; i < p.args.length; i++) if (!follows(f.args[i], xr, xc, p.args[i], pr, pc)) return false;
      return true;
    }
    case "un": {
      const u = x as typeof p;
      return u.op === p.op && follows(u.a, xr, xc, p.a, pr, pc);
    }
    case "pct":
      return follows((x as typeof p).a, xr, xc, p.a, pr, pc);
    case "bin": {
      const b = x as typeof p;
      return b.op === p.op && follows(b.a, xr, xc, p.a, pr, pc) && follows(b.b, xr, xc, p.b, pr, pc);
    }
    case "paren":
      return false;
    case "array": {
      const a = x as typeof p;
      if (a.rows.length !== p.rows.length) return false;
      return p.rows.every((r, i) => r.length === a.rows[i].length && r.every((c, j) => follows(a.rows[i][j], xr, xc, c, pr, pc)));
    }
  }
}

function shiftPart(p: RefPart, dr: number, dc: number): RefPart | null {
  const out: RefPart = { ...p };
  if (p.row !== undefined && !p.rowAbs) out.row = p.row + dr;
  if (p.col !== undefined && !p.colAbs) out.col = p.col + dc;
  if (out.row !== undefined && (out.row < 0 || out.row > MAX_ROW)) return null;
  if (out.col !== undefined && (out.col < 0 || out.col > MAX_COL)) return null;
  return out;
}

/** Pattern p written at (pr, pc), copied to (xr, xc) as Excel's fill copies it; null when a reference leaves the grid. */
export function copyTo(p: FormulaNode, pr: number, pc: number, xr: number, xc: number): FormulaNode | null {
  const dr = xr - pr;
  const dc = xc - pc;
  let broken = false;
  const go = (n: FormulaNode): FormulaNode => {
    switch (n.t) {
      case "ref": {
        const parts: RefPart[] = [];
        for (const q of n.ref.parts) {
          const s = shiftPart(q, dr, dc);
          if (!s) {
            broken = true;
            return n;
          }
          parts.push(s);
        }
        return { t: "ref", ref: n.ref.sheet !== undefined ? { sheet: n.ref.sheet, parts } : { parts } };
      }
      case "fn":
        return { t: "fn", name: n.name, args: n.args.map(go) };
      case "un":
        return { t: "un", op: n.op, a: go(n.a) };
      case "pct":
        return { t: "pct", a: go(n.a) };
      case "paren":
        return { t: "paren", a: go(n.a) };
      case "bin":
        return { t: "bin", op: n.op, a: go(n.a), b: go(n.b) };
      case "array":
        return { t: "array", rows: n.rows.map((r) => r.map(go)) };
      default:
        return n;
    }
  };
  const out = go(p);
  return broken ? null : out;
}

/** A shape key that ignores where references point: formulas with different keys cannot follow each other. */
export function shapeKey(n: FormulaNode): string {
  n = strip(n);
  switch (n.t) {
    case "num":
      return String(n.v);
    case "str":
      return JSON.stringify(n.v);
    case "bool":
      return n.v ? "T" : "F";
    case "err":
      return n.v;
    case "name":
      return "N:" + n.v.toUpperCase();
    case "empty":
      return "";
    case "ref":
      return "@" + (n.ref.sheet ?? "").toUpperCase() + n.ref.parts.map((p) => (p.row === undefined ? "c" : p.col === undefined ? "r" : "x")).join(":");
    case "fn":
      return n.name + "(" + n.args.map(shapeKey).join(",") + ")";
    case "un":
      return n.op + shapeKey(n.a);
    case "pct":
      return shapeKey(n.a) + "%";
    case "paren":
      return shapeKey(n.a);
    case "bin":
      return "(" + shapeKey(n.a) + n.op + shapeKey(n.b) + ")";
    case "array":
      return "{" + n.rows.map((r) => r.map(shapeKey).join(",")).join(";") + "}";
  }
}
