// One pass over a recognised table's formulas, shared by the formula rules: each formula cell gets at most one
// issue (circular > chained range > range off its block > wrong row > pattern break), so one slip draws one finding.
import type { Cell, WorkbookSnapshot } from "../../workbook/snapshot";
import type { RecognizedTable, TableRow } from "../../tables/table";
import { a1, gridOf, sheetByName, type SheetGrid } from "../../tables/cells";
import {
  copyTo, evaluate, follows, formulaOf, refBox, refsOf, renderFormula, r1c1Key, shapeKey, unwrap,
  type FormulaNode, type Notation, type Ref, type RefPart, type Scalar,
} from "../../formulas-model";
import { itemsOf } from "../kit/blocks";
import { displayText } from "../../workbook/displayText";

export interface FCell {
  row: number;
  col: number;
  cell: Cell;
  ast: FormulaNode;
}

export interface Pattern {
  /** The cell whose formula stands for the pattern. */
  rep: FCell;
  /** Cells that follow it (rep included). */
  followers: FCell[];
  scope: "column" | "row";
}

export type Issue =
  | { kind: "circular"; cycle: FCell[] }
  | { kind: "chained"; expected: FormulaNode | null; pattern?: Pattern }
  | { kind: "block"; variant: "missing" | "overrun" | "double"; expected: FormulaNode | null; missing: number[]; extra: number[] }
  | { kind: "wrongRow"; pattern: Pattern; expected: FormulaNode }
  | { kind: "pattern"; pattern: Pattern; expected: FormulaNode };

export interface TypedOver {
  row: number;
  col: number;
  cell: Cell;
  pattern: Pattern;
  expected: FormulaNode;
}

export interface TableFormulas {
  table: RecognizedTable;
  grid: SheetGrid;
  workbook: WorkbookSnapshot;
  notation: Notation;
  formulas: FCell[];
  issues: Map<FCell, Issue>;
  typedOver: TypedOver[];
  rowOf: Map<number, TableRow>;
  lookup: (sheet: string | undefined, row: number, col: number) => Scalar;
}

const LEVELS: Record<string, number> = { program: 0, kegiatan: 1, subkegiatan: 2 };
const BLOCK_FNS = new Set(["SUM", "AVERAGE", "COUNT", "COUNTA", "MIN", "MAX"]);
/** Cells a reference may span before it is too wide to walk for cycles. */
const MAX_EDGE_CELLS = 5000;

const cache = new WeakMap<RecognizedTable, TableFormulas>();
const notations = new WeakMap<WorkbookSnapshot, Notation>();

/** Indonesian notation when the source gave local formulas written with ";" (Excel in Indonesian); else English. */
export function notationOf(wb: WorkbookSnapshot): Notation {
  const hit = notations.get(wb);
  if (hit) return hit;
  let n: Notation = "en";
  outer: for (const s of wb.sheets) {
    for (const c of s.cells) {
      if (c.formulaLocal && c.formula && c.formulaLocal !== c.formula) {
        if (/;/.test(c.formulaLocal)) n = "id";
        break outer;
      }
    }
  }
  notations.set(wb, n);
  return n;
}

/** The formula in the user's notation. */
export function shown(tf: TableFormulas, n: FormulaNode): string {
  return renderFormula(n, { notation: tf.notation });
}

/** The cell's formula as written, in the user's notation. */
export function written(tf: TableFormulas, fc: FCell): string {
  if (tf.notation === "id" && fc.cell.formulaLocal) return fc.cell.formulaLocal;
  return tf.notation === "en" ? fc.cell.formula ?? shown(tf, fc.ast) : shown(tf, fc.ast);
}

export function isSameSheet(ref: Ref, sheet: string): boolean {
  return ref.sheet === undefined || ref.sheet.toUpperCase() === sheet.toUpperCase();
}

function scalarOf(c: Cell | undefined): Scalar {
  if (!c) return null;
  if (c.type === "error") return { error: String(c.value) };
  if (c.value === null || c.type === "empty") return null;
  return c.value as Scalar;
}

/** The analysis of a table's formulas (computed once per table). */
export function tableFormulas(wb: WorkbookSnapshot, t: RecognizedTable): TableFormulas | null {
  const hit = cache.get(t);
  if (hit) return hit;
  const sheet = sheetByName(wb, t.sheet);
  if (!sheet) return null;
  const grid = gridOf(sheet);
  const lookup = (s: string | undefined, r: number, c: number): Scalar => {
    if (s === undefined || s.toUpperCase() === t.sheet.toUpperCase()) return scalarOf(grid.get(r, c));
    const other = sheetByName(wb, s);
    return other ? scalarOf(gridOf(other).get(r, c)) : { error: "#REF!" };
  };
  const rowOf = new Map<number, TableRow>();
  for (const r of t.rows) rowOf.set(r.row, r);
  const formulas: FCell[] = [];
  const at = new Map<number, FCell>();
  for (const r of t.rows) {
    for (const cell of grid.row(r.row)) {
      if (cell.col < t.left || cell.col > t.right) continue;
      const p = formulaOf(cell);
      if (!p) continue;
      const fc: FCell = { row: r.row, col: cell.col, cell, ast: p.ast };
      formulas.push(fc);
      at.set(r.row * 16384 + cell.col, fc);
    }
  }
  const tf: TableFormulas = { table: t, grid, workbook: wb, notation: notationOf(wb), formulas, issues: new Map(), typedOver: [], rowOf, lookup };
  if (formulas.length) {
    findCycles(tf, at);
    findChained(tf);
    findBlocks(tf);
    findPatterns(tf);
    findTypedOver(tf);
  }
  cache.set(t, tf);
  return tf;
}

// ---- circular references -------------------------------------------------------------------------------------

function findCycles(tf: TableFormulas, at: Map<number, FCell>): void {
  const { table: t } = tf;
  const n = tf.formulas.length;
  const id = new Map<FCell, number>();
  tf.formulas.forEach((fc, i) => id.set(fc, i));
  const edges: number[][] = new Array(n);
  const readBy = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const fc = tf.formulas[i];
    let out: number[] | undefined;
    for (const ref of refsOf(fc.ast)) {
      if (!isSameSheet(ref, t.sheet)) continue;
      const b = refBox(ref);
      const top = Math.max(b.top, t.top), bottom = Math.min(b.bottom, t.bottom);
      const left = Math.max(b.left, t.left), right = Math.min(b.right, t.right);
      if (top > bottom || left > right) continue;
      if ((bottom - top + 1) * (right - left + 1) > MAX_EDGE_CELLS) {
        if (b.top <= fc.row && fc.row <= b.bottom && b.left <= fc.col && fc.col <= b.right) (out ??= []).push(i);
        continue;
      }
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) {
        const y = at.get(r * 16384 + c);
        if (y) {
          const k = id.get(y)!;
          (out ??= []).push(k);
          readBy[k] = 1;
        }
      }
    }
    edges[i] = out ?? NO_EDGES;
  }
  // Tarjan's strongly connected components, iterative (a long column must not overflow the stack). Only cells that
  // read a formula and are read by one can be in a loop (most row-wise formulas read constants).
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0 || !edges[root].length || !readBy[root]) continue;
    const work: Array<{ v: number; i: number }> = [{ v: root, i: 0 }];
    index[root] = low[root] = next++; stack.push(root); onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const es = edges[top.v];
      if (top.i < es.length) {
        const w = es[top.i++];
        if (index[w] < 0) {
          index[w] = low[w] = next++; stack.push(w); onStack[w] = 1;
          work.push({ v: w, i: 0 });
        } else if (onStack[w]) low[top.v] = Math.min(low[top.v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) { const up = work[work.length - 1].v; low[up] = Math.min(low[up], low[top.v]); }
      if (low[top.v] === index[top.v]) {
        const comp: FCell[] = [];
        let w: number;
        do { w = stack.pop()!; onStack[w] = 0; comp.push(tf.formulas[w]); } while (w !== top.v);
        const self = comp.length === 1 && edges[top.v].includes(top.v);
        if (self || (comp.length > 1 && comp.length <= 8)) {
          comp.sort((a, b) => a.row - b.row || a.col - b.col);
          for (const c of comp) tf.issues.set(c, { kind: "circular", cycle: comp });
        }
      }
    }
  }
}
const NO_EDGES: number[] = [];

// ---- chained ranges: A1:A5:A9 --------------------------------------------------------------------------------

function findChained(tf: TableFormulas): void {
  for (const fc of tf.formulas) {
    if (tf.issues.has(fc)) continue;
    if (!refsOf(fc.ast).some((r) => r.parts.length > 2)) continue;
    // The likely intent: the parts as a list, A1,A5,A9 (the typo drops a comma for a colon).
    const expected = replaceRefs(fc.ast, (ref) => {
      if (ref.parts.length <= 2) return null;
      const items: FormulaNode[] = ref.parts.map((p) => ({ t: "ref", ref: ref.sheet !== undefined ? { sheet: ref.sheet, parts: [p] } : { parts: [p] } }));
      return items;
    });
    tf.issues.set(fc, { kind: "chained", expected });
  }
}

/** Copy of n where a reference replaced by a list spreads into its function's arguments. */
function replaceRefs(n: FormulaNode, f: (ref: Ref) => FormulaNode[] | null): FormulaNode | null {
  let ok = true;
  const go = (x: FormulaNode): FormulaNode => {
    switch (x.t) {
      case "ref": {
        const r = f(x.ref);
        if (!r) return x;
        if (r.length === 1) return r[0];
        // Outside a function argument list a list needs parentheses: (A1,A5,A9).
        return { t: "paren", a: r.reduce((a, b) => ({ t: "bin", op: ",", a, b })) };
      }
      case "fn": {
        const args: FormulaNode[] = [];
        for (const a of x.args) {
          if (a.t === "ref") {
            const r = f(a.ref);
            if (r) { args.push(...r); continue; }
          }
          args.push(go(a));
        }
        return { t: "fn", name: x.name, args };
      }
      case "un": return { t: "un", op: x.op, a: go(x.a) };
      case "pct": return { t: "pct", a: go(x.a) };
      case "paren": return { t: "paren", a: go(x.a) };
      case "bin": return { t: "bin", op: x.op, a: go(x.a), b: go(x.b) };
      case "array": ok = false; return x;
      default: return x;
    }
  };
  const out = go(n);
  return ok ? out : null;
}

// ---- aggregates over a block ----------------------------------------------------------------------------------

/** The rows a parent row adds up: direct children (sub-groups when it has any, else items). */
export function blockChildren(t: RecognizedTable, i: number): TableRow[] | null {
  const host = t.rows[i];
  if (host.kind === "total" || host.kind === "subtotal") return itemsOf(t, i);
  if (host.kind !== "group") return null;
  const depth = host.level ? LEVELS[host.level] : undefined;
  const inside: TableRow[] = [];
  for (let j = i + 1; j < t.rows.length; j++) {
    const r = t.rows[j];
    if (r.kind === "total" || r.kind === "subtotal") break;
    if (r.kind === "group") {
      const d = r.level ? LEVELS[r.level] : undefined;
      if (depth === undefined || d === undefined || d <= depth) break;
    }
    inside.push(r);
  }
  const groups = inside.filter((r) => r.kind === "group");
  if (!groups.length) return inside.filter((r) => r.kind === "item");
  const top = Math.min(...groups.map((r) => LEVELS[r.level!]));
  // Items directly under the parent (before its first sub-group) are children too.
  const firstGroup = groups[0].row;
  return inside.filter((r) => (r.kind === "group" && LEVELS[r.level!] === top) || (r.kind === "item" && r.row < firstGroup));
}

function isNumberish(c: Cell | undefined): boolean {
  if (!c) return false;
  if (c.type === "number") return true;
  if (c.formula) return true;
  return false;
}

function findBlocks(tf: TableFormulas): void {
  const { table: t, grid } = tf;
  const byRow = new Map<number, number>();
  t.rows.forEach((r, i) => byRow.set(r.row, i));
  for (const fc of tf.formulas) {
    if (tf.issues.has(fc)) continue;
    const i = byRow.get(fc.row)!;
    const host = t.rows[i];
    if (host.kind === "item") continue;
    const top = unwrap(fc.ast);
    if (top.t !== "fn" || !BLOCK_FNS.has(top.name) || top.args.length !== 1) continue;
    const arg = unwrap(top.args[0]);
    if (arg.t !== "ref" || arg.ref.parts.length !== 2 || !isSameSheet(arg.ref, t.sheet)) continue;
    const [p, q] = arg.ref.parts;
    if (p.col !== fc.col || q.col !== fc.col || p.row === undefined || q.row === undefined) continue;
    const r1 = Math.min(p.row, q.row), r2 = Math.max(p.row, q.row);
    const children = blockChildren(t, i);
    if (!children) continue;
    const block = children.filter((r) => isNumberish(grid.get(r.row, fc.col))).map((r) => r.row);
    if (block.length === 0) continue;
    const inRange = (r: number) => r1 <= r && r <= r2;
    const covered = block.filter(inRange);
    // A range that covers less than half the block is about something else.
    if (covered.length * 2 < block.length) continue;
    const missing = block.filter((r) => !inRange(r));
    const inBlock = new Set(block);
    const extra: number[] = [];
    let double = false;
    const lastChild = Math.max(...block);
    const firstChild = Math.min(...block);
    for (let r = r1; r <= r2; r++) {
      if (r === fc.row || inBlock.has(r)) continue;
      const c = grid.get(r, fc.col);
      if (!isNumberish(c) || (c && c.type !== "number" && !c.formula)) continue;
      extra.push(r);
      const tr = tf.rowOf.get(r);
      // Inside the block's own span: a nested row whose amount its parent already counts, or a total.
      if (tr && (tr.kind === "total" || tr.kind === "subtotal" || (r > Math.min(fc.row, firstChild) && r < lastChild))) double = true;
    }
    if (!missing.length && !extra.length) continue;
    if (r1 <= fc.row && fc.row <= r2) continue; // circular; the cycle check reports it
    const variant = double ? "double" : extra.length ? "overrun" : "missing";
    tf.issues.set(fc, { kind: "block", variant, expected: blockFormula(top.name, p, q, block, grid, fc.col, inBlock), missing, extra });
  }
}

function blockFormula(fn: string, p: RefPart, q: RefPart, rows: number[], grid: SheetGrid, col: number, inBlock: Set<number>): FormulaNode | null {
  const lo = Math.min(...rows), hi = Math.max(...rows);
  let contiguous = true;
  for (let r = lo; r <= hi; r++) if (!inBlock.has(r) && isNumberish(grid.get(r, col))) { contiguous = false; break; }
  if (contiguous) {
    return { t: "fn", name: fn, args: [{ t: "ref", ref: { parts: [{ ...p, row: lo }, { ...q, row: hi }] } }] };
  }
  // Runs of adjacent rows as ranges: SUM(H6:H9,H11:H14,H16:H17).
  const sorted = [...rows].sort((a, b) => a - b);
  const args: FormulaNode[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const a: RefPart = { row: sorted[i], col, rowAbs: p.rowAbs, colAbs: p.colAbs };
    const b: RefPart = { row: sorted[j], col, rowAbs: q.rowAbs, colAbs: q.colAbs };
    args.push({ t: "ref", ref: { parts: i === j ? [a] : [a, b] } });
    i = j + 1;
  }
  if (args.length > 30) return null;
  return { t: "fn", name: fn, args };
}

// ---- patterns: same column at the same level, same row among sibling columns ---------------------------------

function levelKey(r: TableRow): string {
  return r.kind + "|" + (r.level ?? "");
}

/** Column group for row-wise comparison: the group title above the sub-header ("Target Kinerja / 2025"). */
export function columnGroup(t: RecognizedTable, col: number): string | undefined {
  const c = t.columns.find((x) => x.col === col) as (RecognizedTable["columns"][number] & { group?: string }) | undefined;
  if (!c) return undefined;
  if (c.group) return c.group;
  const i = c.header.lastIndexOf(" / ");
  return i > 0 ? c.header.slice(0, i).trim().toUpperCase() : undefined;
}

/** Refers to other rows of its own column (a parent's or total's aggregate): compared by the block check instead. */
function verticalInOwnColumn(fc: FCell, sheet: string): boolean {
  for (const ref of refsOf(fc.ast)) {
    if (!isSameSheet(ref, sheet)) continue;
    const b = refBox(ref);
    if (b.left <= fc.col && fc.col <= b.right && (b.top !== fc.row || b.bottom !== fc.row)) return true;
  }
  return false;
}

/** Wrappers that guard or round a formula on purpose: =IFERROR(E7/D7,0) among =E/D is a choice, not a slip. */
const GUARDS = new Set(["IF", "IFERROR", "IFNA", "ROUND", "ROUNDUP", "ROUNDDOWN", "ABS", "MIN", "MAX"]);

function comparable(x: FCell, p: FCell): boolean {
  const a = shapeKey(x.ast), b = shapeKey(p.ast);
  if (a === b) return true;
  const top = unwrap(p.ast);
  if (top.t !== "fn" && top.t !== "bin") return false;
  const xt = unwrap(x.ast);
  if (xt.t === "fn" && GUARDS.has(xt.name) && !(top.t === "fn" && top.name === xt.name)) return false;
  return a.includes(b) || b.includes(a);
}

/** The pattern of a set of cells: the formula most others follow when copied, if a clear majority does. Candidates
 *  are the first cell and the first cells that do not follow earlier candidates (a uniform column costs one pass). */
function patternOf(cells: FCell[], scope: "column" | "row"): Pattern | null {
  if (cells.length < 4) return null;
  const need = Math.max(3, Math.ceil((cells.length * 3) / 4));
  let best: Pattern | null = null;
  const tried = new Set<FCell>();
  let start = 0;
  for (let k = 0; k < 5 && start < cells.length; k++) {
    const rep = cells[start];
    tried.add(rep);
    const followers: FCell[] = [];
    let nextStart = -1;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c === rep || follows(c.ast, c.row, c.col, rep.ast, rep.row, rep.col)) followers.push(c);
      else if (nextStart < 0 && i > start && !tried.has(c)) nextStart = i;
    }
    if (!best || followers.length > best.followers.length) best = { rep, followers, scope };
    if (best.followers.length >= need || cells.length - start < need) break;
    if (nextStart < 0) break;
    start = nextStart;
  }
  return best && best.followers.length >= need ? best : null;
}

function judge(tf: TableFormulas, cells: FCell[], scope: "column" | "row"): void {
  const pool = cells.filter((c) => !tf.issues.has(c));
  const pat = patternOf(pool, scope);
  if (!pat) return;
  const set = new Set(pat.followers);
  const others = pool.filter((c) => !set.has(c));
  // A cell that others follow is a second pattern of its own (deliberate, not a slip): same R1C1 form, or one of
  // a bounded number of other candidates following it.
  const keyCount = new Map<string, number>();
  const keys = others.map((c) => r1c1Key(c.ast, c.row, c.col));
  for (const k of keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  others.forEach((x, i) => {
    if (!comparable(x, pat.rep)) return;
    if (keyCount.get(keys[i])! > 1) return;
    const near = others.slice(0, 64);
    if (near.some((c) => c !== x && (follows(c.ast, c.row, c.col, x.ast, x.row, x.col) || follows(x.ast, x.row, x.col, c.ast, c.row, c.col)))) return;
    const expected = copyTo(pat.rep.ast, pat.rep.row, pat.rep.col, x.row, x.col);
    if (!expected) return;
    tf.issues.set(x, wrongRow(x, expected) ? { kind: "wrongRow", pattern: pat, expected } : { kind: "pattern", pattern: pat, expected });
  });
}

/** Same formula but for references to another row where the pattern takes the cell's own row. */
function wrongRow(x: FCell, expected: FormulaNode): boolean {
  if (shapeKey(x.ast) !== shapeKey(expected)) return false;
  const xs = refsOf(x.ast), es = refsOf(expected);
  if (xs.length !== es.length) return false;
  let moved = false;
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i], b = es[i];
    if (a.parts.length !== b.parts.length || (a.sheet ?? "").toUpperCase() !== (b.sheet ?? "").toUpperCase()) return false;
    for (let j = 0; j < a.parts.length; j++) {
      const pa = a.parts[j], pb = b.parts[j];
      if (pa.col !== pb.col) return false;
      if (pa.row === pb.row) continue;
      if (pb.row !== x.row) return false;
      moved = true;
    }
  }
  return moved;
}

function findPatterns(tf: TableFormulas): void {
  const { table: t } = tf;
  const byColumn = new Map<string, FCell[]>();
  const byRow = new Map<string, FCell[]>();
  for (const fc of tf.formulas) {
    const tr = tf.rowOf.get(fc.row)!;
    if (tr.kind === "item" || !verticalInOwnColumn(fc, t.sheet)) {
      const k = fc.col + "|" + levelKey(tr);
      const l = byColumn.get(k);
      if (l) l.push(fc); else byColumn.set(k, [fc]);
    }
    const g = tr.kind === "item" ? columnGroup(t, fc.col) : "*";
    if (g !== undefined) {
      const k = fc.row + "|" + g;
      const l = byRow.get(k);
      if (l) l.push(fc); else byRow.set(k, [fc]);
    }
  }
  for (const cells of byColumn.values()) judge(tf, cells, "column");
  for (const cells of byRow.values()) judge(tf, cells, "row");
}

// ---- typed over: a constant among formulas --------------------------------------------------------------------

function findTypedOver(tf: TableFormulas): void {
  const { table: t, grid } = tf;
  const byColumn = new Map<string, FCell[]>();
  for (const fc of tf.formulas) {
    const tr = tf.rowOf.get(fc.row)!;
    if (tr.kind !== "item") continue;
    const k = fc.col + "|" + levelKey(tr);
    const l = byColumn.get(k);
    if (l) l.push(fc); else byColumn.set(k, [fc]);
  }
  for (const [k, cells] of byColumn) {
    const col = cells[0].col;
    const lk = k.slice(k.indexOf("|") + 1);
    const constants: Array<{ row: number; cell: Cell }> = [];
    for (const r of t.rows) {
      if (levelKey(r) !== lk || r.continued) continue;
      const c = grid.get(r.row, col);
      if (c && !c.formula && c.type === "number") constants.push({ row: r.row, cell: c });
    }
    if (constants.length !== 1 || cells.length < 3) continue;
    const pat = patternOf(cells, "column");
    if (!pat || pat.followers.length !== cells.length) continue;
    const x = constants[0];
    const expected = copyTo(pat.rep.ast, pat.rep.row, pat.rep.col, x.row, col);
    if (expected) tf.typedOver.push({ row: x.row, col, cell: x.cell, pattern: pat, expected });
  }
}

// ---- shared by the rules --------------------------------------------------------------------------------------

export const RELATED_MAX = 10;

/** Related cells, bounded: the first RELATED_MAX and how many more there are. */
export function boundedCells(sheet: string, cells: Array<{ row: number; col: number }>, except?: { row: number; col: number }): { related: { sheet: string; cell: string }[]; more: number } {
  const list = cells.filter((c) => !except || c.row !== except.row || c.col !== except.col);
  return { related: list.slice(0, RELATED_MAX).map((c) => ({ sheet, cell: a1(c.row, c.col) })), more: Math.max(0, list.length - RELATED_MAX) };
}

/** " (dan 3 sel lain)" / " (and 3 more cells)" for a bounded list. */
export function moreText(more: number, lang: "id" | "en"): string {
  if (!more) return "";
  return lang === "id" ? ` (dan ${more} sel lain)` : ` (and ${more} more cells)`;
}

export interface ValueEffect {
  /** Expected value minus the cached value, when both are numbers. */
  difference: number | null;
  /** What the expected formula gives, as the cell's format shows it (null when unknown). */
  shownValue: string | null;
  /** True when the expected formula gives another value than the cell shows. */
  changes: boolean | null;
}

/** What the expected formula would give against what the cell holds now. */
export function valueEffect(tf: TableFormulas, expected: FormulaNode, cell: Cell): ValueEffect {
  const v = evaluate(expected, tf.lookup);
  if (v === undefined) return { difference: null, changes: null, shownValue: null };
  const now = scalarOf(cell);
  const shownValue = typeof v === "object" && v ? v.error : displayText(v, cell.numberFormat) ?? String(v);
  if (typeof v === "number" && typeof now === "number") {
    const d = v - now;
    const same = Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(v), Math.abs(now));
    return { difference: same ? 0 : Math.round(d * 1e6) / 1e6, changes: !same, shownValue };
  }
  if (typeof v === "object" && v && typeof now === "object" && now) return { difference: null, changes: v.error !== now.error, shownValue };
  return { difference: null, changes: v !== now, shownValue };
}

/** A label for a row's level, for messages. */
export function levelLabel(r: TableRow | undefined, lang: "id" | "en"): string {
  if (!r) return "";
  const id: Record<string, string> = { program: "program", kegiatan: "kegiatan", subkegiatan: "sub kegiatan" };
  const en: Record<string, string> = { program: "program", kegiatan: "activity", subkegiatan: "sub-activity" };
  if (r.level) return (lang === "id" ? "baris " + id[r.level] : en[r.level] + " rows");
  if (r.kind === "total" || r.kind === "subtotal") return lang === "id" ? "baris jumlah" : "total rows";
  if (r.kind === "group") return lang === "id" ? "baris kelompok" : "group rows";
  return lang === "id" ? "baris rincian" : "item rows";
}

/** A row's label for a message: quoted, cut to 60 characters with an ellipsis. */
export function quotedLabel(r: TableRow | undefined, fallback = "JUMLAH"): string {
  const l = (r?.label ?? fallback).trim();
  return "\"" + (l.length > 60 ? l.slice(0, 59).trimEnd() + "…" : l) + "\"";
}

export function columnHeader(t: RecognizedTable, col: number): string {
  const c = t.columns.find((x) => x.col === col);
  return c?.header || a1(0, col).replace(/\d+$/, "");
}
