// A parsed workbook formula: references, functions and operators, host-independent (A1 coordinates as written).

/** One end of a reference. row/col are 0-based; absent for a whole column (row) or a whole row (col). */
export interface RefPart {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

/** A cell (1 part), a range (2 parts), or a chained range "A1:A5:A9" (3+ parts; Excel takes their bounding box). */
export interface Ref {
  sheet?: string;
  parts: RefPart[];
}

export type FormulaNode =
  | { t: "num"; v: number; raw: string }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; ref: Ref }
  /** A defined name, structured reference or anything the parser keeps as written. */
  | { t: "name"; v: string }
  | { t: "fn"; name: string; args: FormulaNode[] }
  /** An omitted argument: IF(A1,,B1). */
  | { t: "empty" }
  | { t: "un"; op: "-" | "+"; a: FormulaNode }
  | { t: "pct"; a: FormulaNode }
  | { t: "bin"; op: string; a: FormulaNode; b: FormulaNode }
  | { t: "paren"; a: FormulaNode }
  | { t: "array"; rows: FormulaNode[][] };

export interface ParsedFormula {
  /** The formula as given ("=SUM(C3:C9)"). */
  text: string;
  ast: FormulaNode;
}

/** The node inside any parentheses: (A1+B1) -> A1+B1. */
export function unwrap(n: FormulaNode): FormulaNode {
  while (n.t === "paren") n = n.a;
  return n;
}

/** Visits every node, parents before children. */
export function walk(n: FormulaNode, visit: (n: FormulaNode) => void): void {
  visit(n);
  switch (n.t) {
    case "fn":
      for (const a of n.args) walk(a, visit);
      break;
    case "un":
    case "pct":
    case "paren":
      walk(n.a, visit);
      break;
    case "bin":
      walk(n.a, visit);
      walk(n.b, visit);
      break;
    case "array":
      for (const r of n.rows) for (const x of r) walk(x, visit);
      break;
  }
}

/** Every reference of a formula, in the order written. */
export function refsOf(n: FormulaNode): Ref[] {
  const out: Ref[] = [];
  walk(n, (x) => {
    if (x.t === "ref") out.push(x.ref);
  });
  return out;
}

/** Upper-case names of the functions a formula calls. */
export function functionsOf(n: FormulaNode): string[] {
  const out: string[] = [];
  walk(n, (x) => {
    if (x.t === "fn") out.push(x.name);
  });
  return out;
}

/** Bounding box of a reference (0-based, inclusive); whole columns/rows span the grid. */
export function refBox(ref: Ref): { top: number; left: number; bottom: number; right: number } {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const p of ref.parts) {
    const r0 = p.row ?? 0, r1 = p.row ?? 1048575;
    const c0 = p.col ?? 0, c1 = p.col ?? 16383;
    if (r0 < top) top = r0;
    if (r1 > bottom) bottom = r1;
    if (c0 < left) left = c0;
    if (c1 > right) right = c1;
  }
  return { top, left, bottom, right };
}
