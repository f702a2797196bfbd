// The column-number row under a header ("1 2 3 … 13 = 9 + 10 + 11 + 12", "(1) (2) …", "8=(7/6)",
// "(5)=(4)/(3)x100%") numbers the columns and declares how some are computed. This reads both: the number of each
// column, and each declaration as a small expression over column numbers.

/** An expression over column numbers. */
export type ColumnExpr =
  | { kind: "col"; n: number }
  /** A constant; `percent` when written with "%" ("x 100%"). */
  | { kind: "num"; value: number; percent?: boolean }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: ColumnExpr; right: ColumnExpr };

export interface DeclaredRelation {
  /** Sheet column (0-based) the declaration belongs to. */
  col: number;
  /** The column's own number in the column-number row. */
  n: number;
  expr: ColumnExpr;
  /** As written. */
  text: string;
}

export interface ColumnNumberCell {
  /** The column's number ("13" of "13 = 9 + 10 + 11 + 12"). */
  n: number;
  /** What it declares, where it declares something. */
  expr?: ColumnExpr;
}

type Token = { t: "num"; v: number; pct: boolean } | { t: "op"; v: "+" | "-" | "*" | "/" } | { t: "(" } | { t: ")" } | { t: "=" };

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  const s = text.replace(/[\u00a0\u202f]/g, " ");
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) { i++; continue; }
    const num = /^\d+(?:[.,]\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      let pct = false;
      const rest = /^\s*%/.exec(s.slice(i));
      if (rest) { pct = true; i += rest[0].length; }
      out.push({ t: "num", v: Number(num[0].replace(",", ".")), pct });
      continue;
    }
    if (ch === "+" || ch === "-" || ch === "\u2212") out.push({ t: "op", v: ch === "+" ? "+" : "-" });
    else if (ch === "*" || ch === "x" || ch === "X" || ch === "\u00d7") out.push({ t: "op", v: "*" });
    else if (ch === "/" || ch === ":" || ch === "\u00f7") out.push({ t: "op", v: "/" });
    else if (ch === "(" || ch === "[") out.push({ t: "(" });
    else if (ch === ")" || ch === "]") out.push({ t: ")" });
    else if (ch === "=") out.push({ t: "=" });
    else return null;
    i++;
  }
  return out;
}

/** Parses an expression over column numbers ("9 + 10 + 11 + 12", "(7/6)", "(4)/(3)x100%"); null when not one. */
export function parseColumnExpr(text: string): ColumnExpr | null {
  const found = tokenize(text);
  if (!found || !found.length) return null;
  const toks: Token[] = found;
  let p = 0;
  const peek = () => toks[p];
  function primary(): ColumnExpr | null {
    const t = toks[p];
    if (!t) return null;
    if (t.t === "num") {
      p++;
      // A number with "%" is a constant ("x 100%"); other numbers name columns.
      if (t.pct) return { kind: "num", value: t.v, percent: true };
      if (!Number.isInteger(t.v)) return { kind: "num", value: t.v };
      return { kind: "col", n: t.v };
    }
    if (t.t === "(") {
      p++;
      const e = sum();
      if (!e || peek()?.t !== ")") return null;
      p++;
      return e;
    }
    return null;
  }
  function product(): ColumnExpr | null {
    let left = primary();
    while (left) {
      const t = peek();
      if (!t || t.t !== "op" || (t.v !== "*" && t.v !== "/")) break;
      p++;
      let right = primary();
      if (!right) return null;
      // "x 100" after a division is the percent factor, not column 100.
      if (t.v === "*" && right.kind === "col" && right.n === 100) right = { kind: "num", value: 100 };
      left = { kind: "op", op: t.v, left, right };
    }
    return left;
  }
  function sum(): ColumnExpr | null {
    let left = product();
    while (left) {
      const t = peek();
      if (!t || t.t !== "op" || (t.v !== "+" && t.v !== "-")) break;
      p++;
      const right = product();
      if (!right) return null;
      left = { kind: "op", op: t.v, left, right };
    }
    return left;
  }
  const e = sum();
  return e && p === toks.length ? e : null;
}

/** One cell of a column-number row: "7", "(7)", "13 = 9 + 10 + 11 + 12", "(5)=(4)/(3)x100%"; null otherwise. */
export function parseColumnNumberCell(text: string): ColumnNumberCell | null {
  const t = text.trim();
  if (!t) return null;
  const own = /^\(?\s*(\d{1,2})\s*\)?$/.exec(t);
  if (own) return { n: Number(own[1]) };
  const eq = t.indexOf("=");
  if (eq < 0) return null;
  const lhs = /^\(?\s*(\d{1,2})\s*\)?$/.exec(t.slice(0, eq).trim());
  if (!lhs) return null;
  const expr = parseColumnExpr(t.slice(eq + 1));
  if (!expr || !refersToColumns(expr)) return null;
  return { n: Number(lhs[1]), expr };
}

function refersToColumns(e: ColumnExpr): boolean {
  return e.kind === "col" || (e.kind === "op" && (refersToColumns(e.left) || refersToColumns(e.right)));
}

/** Column numbers an expression refers to, in order. */
export function columnsOf(e: ColumnExpr): number[] {
  if (e.kind === "col") return [e.n];
  if (e.kind === "num") return [];
  return [...columnsOf(e.left), ...columnsOf(e.right)];
}

/** The expression written back in the usual form ("9 + 10 + 11 + 12", "(4 / 3) x 100%"). */
export function exprText(e: ColumnExpr): string {
  if (e.kind === "col") return String(e.n);
  if (e.kind === "num") return `${e.value}${e.percent ? "%" : ""}`;
  const wrap = (x: ColumnExpr, parentOp: string) =>
    x.kind === "op" && (parentOp === "*" || parentOp === "/") && (x.op === "+" || x.op === "-" || parentOp === "/") ? `(${exprText(x)})` : exprText(x);
  const op = e.op === "*" ? "x" : e.op;
  return `${wrap(e.left, e.op)} ${op} ${wrap(e.right, e.op)}`;
}

/** Sheet columns a table's column-number row says column `col` is computed from ("11=(10/4)" -> the columns
 *  numbered 10 and 4), or undefined when it declares nothing for that column. */
export function declaredOperands(t: { declared?: DeclaredRelation[]; columnNumbers?: Record<number, number> }, col: number): number[] | undefined {
  const d = t.declared?.find((x) => x.col === col);
  if (!d) return undefined;
  const out: number[] = [];
  const walk = (e: ColumnExpr): void => {
    if (e.kind === "col") {
      const c = t.columnNumbers?.[e.n];
      if (c !== undefined) out.push(c);
    } else if (e.kind === "op") { walk(e.left); walk(e.right); }
  };
  walk(d.expr);
  return out;
}
