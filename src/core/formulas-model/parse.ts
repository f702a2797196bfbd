// Formula text -> tree. Tokens come from excel-formula-tokenizer (E. W. Bachtal's tokenizer, ~6 KB, no
// dependencies); this file turns them into a tree with Excel's operator precedence and reads references.
import { tokenize, type Token } from "excel-formula-tokenizer";
import type { FormulaNode, ParsedFormula, Ref, RefPart } from "./ast";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** Excel's precedence, loosest first: comparison < & < + - < * / < ^ < % < negation < union/intersect. */
const INFIX: Record<string, number> = {
  "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
  "&": 2,
  "+": 3, "-": 3,
  "*": 4, "/": 4,
  "^": 5,
  ",": 8, // union, inside parentheses
  " ": 9, // intersection
};
const PREC_NEG = 7;

class ParseError extends Error {}

// A filled column repeats one formula with other row numbers (=E5/D5, =E6/D6 ...): such texts share a template,
// parsed once; each instance only puts its own row numbers into a copy. A "row slot" is a digit run right after a
// column letter or "$" that is not part of a function or sheet name; texts with quotes, braces or names are parsed
// in full.
const SLOT = /(?<=[A-Za-z$])\d+(?![\d(!.A-Za-z_])/g;
const TEMPLATE_SAFE = /^[^"'{}\[\]!]*$/;
const TEMPLATES_MAX = 5000;
const templates = new Map<string, FormulaNode | null>();

function instantiate(t: FormulaNode, rows: number[]): FormulaNode | null {
  let i = 0;
  let ok = true;
  const go = (n: FormulaNode): FormulaNode => {
    switch (n.t) {
      case "ref": {
        const parts = n.ref.parts.map((p) => {
          if (p.row === undefined) return p;
          const r = rows[i++];
          if (r === undefined || r < 0 || r > MAX_ROW) ok = false;
          return { ...p, row: r };
        });
        return { t: "ref", ref: n.ref.sheet !== undefined ? { sheet: n.ref.sheet, parts } : { parts } };
      }
      case "fn": return { t: "fn", name: n.name, args: n.args.map(go) };
      case "un": return { t: "un", op: n.op, a: go(n.a) };
      case "pct": return { t: "pct", a: go(n.a) };
      case "paren": return { t: "paren", a: go(n.a) };
      case "bin": return { t: "bin", op: n.op, a: go(n.a), b: go(n.b) };
      case "array": ok = false; return n;
      default: return n;
    }
  };
  const out = go(t);
  return ok && i === rows.length ? out : null;
}

/** Parses "=SUM(C3:C9)" (leading "=" optional). null when the text is not a formula the parser can read. */
export function parseFormula(text: string): ParsedFormula | null {
  if (typeof text !== "string") return null;
  if (TEMPLATE_SAFE.test(text)) {
    const rows: number[] = [];
    const key = text.replace(SLOT, (d) => (rows.push(parseInt(d, 10) - 1), "#"));
    if (rows.length) {
      let t = templates.get(key);
      if (t === undefined) {
        t = parseFull(text)?.ast ?? null;
        // The template is the first text's tree: instances replace its rows in order.
        if (templates.size < TEMPLATES_MAX) templates.set(key, t);
        if (!t) return null;
        return { text: text.startsWith("=") ? text : "=" + text, ast: t };
      }
      if (t === null) return null;
      const ast = instantiate(t, rows);
      if (ast) return { text: text.startsWith("=") ? text : "=" + text, ast };
    }
  }
  return parseFull(text);
}

function parseFull(text: string): ParsedFormula | null {
  const body = text.startsWith("=") ? text.slice(1) : text;
  if (!body.trim()) return null;
  let tokens: Token[];
  try {
    tokens = tokenize(body).filter((t) => t.type !== "white-space" && t.type !== "noop");
  } catch {
    return null;
  }
  const p = new Parser(tokens);
  try {
    const ast = p.expr(0);
    if (!p.done()) return null;
    return { text: text.startsWith("=") ? text : "=" + text, ast };
  } catch (e) {
    if (e instanceof ParseError) return null;
    throw e;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  done(): boolean {
    return this.i >= this.toks.length;
  }

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private next(): Token {
    const t = this.toks[this.i++];
    if (!t) throw new ParseError("unexpected end");
    return t;
  }

  expr(minPrec: number): FormulaNode {
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.type === "operator-postfix") {
        this.i++;
        left = { t: "pct", a: left };
        continue;
      }
      if (t.type !== "operator-infix") break;
      const op = t.subtype === "intersect" ? " " : t.value;
      const prec = INFIX[op];
      if (prec === undefined) throw new ParseError("operator " + op);
      if (prec < minPrec) break;
      this.i++;
      const right = this.expr(prec + 1);
      left = { t: "bin", op, a: left, b: right };
    }
    return left;
  }

  private prefix(): FormulaNode {
    const t = this.next();
    if (t.type === "operator-prefix") {
      const op = t.value === "+" ? "+" : "-";
      return { t: "un", op, a: this.expr(PREC_NEG) };
    }
    if (t.type === "operand") return operand(t);
    if (t.type === "subexpression" && t.subtype === "start") {
      const a = this.expr(0);
      const close = this.next();
      if (close.type !== "subexpression" || close.subtype !== "stop") throw new ParseError("missing )");
      return { t: "paren", a };
    }
    if (t.type === "function" && t.subtype === "start") {
      const args = this.args();
      const name = t.value.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "");
      if (name === "ARRAY") return { t: "array", rows: args.map((r) => (r.t === "fn" && r.name === "ARRAYROW" ? r.args : [r])) };
      return { t: "fn", name, args };
    }
    throw new ParseError("unexpected " + t.type);
  }

  private args(): FormulaNode[] {
    const args: FormulaNode[] = [];
    let t = this.peek();
    if (t && t.type === "function" && t.subtype === "stop") {
      this.i++;
      return args;
    }
    for (;;) {
      t = this.peek();
      if (!t) throw new ParseError("missing )");
      if (t.type === "argument" || (t.type === "function" && t.subtype === "stop")) args.push({ t: "empty" });
      else args.push(this.expr(0));
      const sep = this.next();
      if (sep.type === "argument") continue;
      if (sep.type === "function" && sep.subtype === "stop") return args;
      throw new ParseError("expected , or )");
    }
  }
}

function operand(t: Token): FormulaNode {
  switch (t.subtype) {
    case "number": {
      const v = Number(t.value);
      if (!Number.isFinite(v)) throw new ParseError("number " + t.value);
      return { t: "num", v, raw: t.value };
    }
    case "text":
      return { t: "str", v: t.value };
    case "logical":
      return { t: "bool", v: t.value.toUpperCase() === "TRUE" };
    case "error":
      return { t: "err", v: t.value.toUpperCase() };
    default: {
      const ref = parseRef(t.value);
      if (ref) return { t: "ref", ref };
      if (/#REF!$/i.test(t.value)) return { t: "err", v: "#REF!" };
      return { t: "name", v: t.value };
    }
  }
}

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d{1,7})?$/;

/** "Sheet1!$C$3:C9", "'PK 1'!B2", "A1:A5:A9", "C:C", "3:3" -> Ref; null for names and structured references. */
export function parseRef(text: string): Ref | null {
  let sheet: string | undefined;
  let body = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    let s = text.slice(0, bang);
    body = text.slice(bang + 1);
    if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
    if (!s) return null;
    sheet = s;
  }
  const pieces = body.split(":");
  const parts: RefPart[] = [];
  for (const piece of pieces) {
    const m = PART.exec(piece);
    if (!m || (!m[2] && !m[4])) return null;
    const part: RefPart = { rowAbs: false, colAbs: false };
    if (m[2]) {
      let col = 0;
      for (const ch of m[2].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
      col -= 1;
      if (col > MAX_COL) return null;
      part.col = col;
      part.colAbs = m[1] === "$";
      if (m[4]) part.rowAbs = m[3] === "$";
    } else {
      // "$3" or "3": a whole row; the first "$" belongs to the row.
      part.rowAbs = m[1] === "$" || m[3] === "$";
    }
    if (m[4]) {
      const row = parseInt(m[4], 10) - 1;
      if (row < 0 || row > MAX_ROW) return null;
      part.row = row;
    }
    parts.push(part);
  }
  // A lone column ("C") or row ("3") is a name, not a reference; whole columns/rows come in pairs.
  if (parts.length === 1 && (parts[0].row === undefined || parts[0].col === undefined)) return null;
  const wholeCol = parts.some((p) => p.row === undefined);
  const wholeRow = parts.some((p) => p.col === undefined);
  if ((wholeCol || wholeRow) && !parts.every((p) => (wholeCol ? p.row === undefined && p.col !== undefined : p.col === undefined && p.row !== undefined))) return null;
  return sheet === undefined ? { parts } : { sheet, parts };
}
