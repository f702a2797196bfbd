// Tree -> text: A1 in the user's notation (English "," or Indonesian ";"), or R1C1 relative to the formula's cell.
import { colLetters } from "../workbook/a1";
import type { FormulaNode, Ref, RefPart } from "./ast";

/** "en": Excel in English (",", "1.5"); "id": Excel in Indonesian (";", "1,5"). Function names stay English. */
export type Notation = "en" | "id";

function quoteSheet(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) && !/^[A-Za-z]{1,3}\d+$/.test(s) ? s : "'" + s.replace(/'/g, "''") + "'";
}

function a1Part(p: RefPart): string {
  let s = "";
  if (p.col !== undefined) s += (p.colAbs ? "$" : "") + colLetters(p.col);
  if (p.row !== undefined) s += (p.rowAbs ? "$" : "") + (p.row + 1);
  return s;
}

export function refA1(ref: Ref): string {
  return (ref.sheet !== undefined ? quoteSheet(ref.sheet) + "!" : "") + ref.parts.map(a1Part).join(":");
}

function r1c1Part(p: RefPart, row: number, col: number): string {
  let s = "";
  if (p.row !== undefined) s += p.rowAbs ? "R" + (p.row + 1) : p.row === row ? "R" : "R[" + (p.row - row) + "]";
  if (p.col !== undefined) s += p.colAbs ? "C" + (p.col + 1) : p.col === col ? "C" : "C[" + (p.col - col) + "]";
  return s;
}

export interface RenderOptions {
  notation?: Notation;
  /** Render references in R1C1 relative to this cell (0-based), as Excel's R1C1 style shows them. */
  r1c1At?: { row: number; col: number };
  /** Upper-case sheet names (for comparison keys). */
  foldSheets?: boolean;
}

/** The formula as text with a leading "=". */
export function renderFormula(n: FormulaNode, opts: RenderOptions = {}): string {
  return "=" + render(n, opts);
}

export function render(n: FormulaNode, o: RenderOptions): string {
  const id = o.notation === "id";
  const sep = id ? ";" : ",";
  switch (n.t) {
    case "num":
      return id ? String(n.v).replace(".", ",") : String(n.v);
    case "str":
      return '"' + n.v.replace(/"/g, '""') + '"';
    case "bool":
      return n.v ? "TRUE" : "FALSE";
    case "err":
      return n.v;
    case "name":
      return n.v;
    case "empty":
      return "";
    case "ref": {
      if (!o.r1c1At) return refA1(n.ref);
      const sheet = n.ref.sheet !== undefined ? (o.foldSheets ? n.ref.sheet.toUpperCase() : quoteSheet(n.ref.sheet)) + "!" : "";
      const at = o.r1c1At;
      return sheet + n.ref.parts.map((p) => r1c1Part(p, at.row, at.col)).join(":");
    }
    case "fn":
      return n.name + "(" + n.args.map((a) => render(a, o)).join(sep) + ")";
    case "un":
      return n.op + render(n.a, o);
    case "pct":
      return render(n.a, o) + "%";
    case "paren":
      return "(" + render(n.a, o) + ")";
    case "bin":
      return render(n.a, o) + (n.op === "," ? sep : n.op) + render(n.b, o);
    case "array":
      // Array constants keep English separators: Indonesian Excel's array separators vary with the system.
      return "{" + n.rows.map((r) => r.map((x) => render(x, { ...o, notation: "en" })).join(",")).join(";") + "}";
  }
}

/** The R1C1 form of a formula at (row, col): two cells filled from one another have the same R1C1 form. */
export function r1c1Key(n: FormulaNode, row: number, col: number): string {
  return render(n, { r1c1At: { row, col }, foldSheets: true });
}
