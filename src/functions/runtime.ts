// The runtime under the SAKIP custom functions: arguments by name, coercion of what Excel passes, Excel's array rule
// (one broadcasting loop for every element-wise function), and the mapping of FormulaError to CustomFunctions.Error.
// No @customfunction here: the metadata plugin reads functions.ts only.
//
// Excel facts it follows (docs/functions.md): omitted argument -> null; blank cell -> 0 (desktop) or null (web);
// a range arrives as any[][] (a single cell as [[v]]); null inside a returned array shows 0, so "".

/* global CustomFunctions */
import {
  FormulaError, isFormulaError, readOption, readNumber, readFraction, readFigure, readTargetFigure, rangeConvention,
  hintFor, type ReadHint, type Figure, type TargetFigure,
} from "../core/formulas";

export type Cell = unknown;
export type Matrix = Cell[][];

/** FormulaError (or anything thrown) -> the Excel error object. Only #VALUE! and #N/A carry a message. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isFormulaError(e)) {
    const fe = e as FormulaError;
    if (fe.kind === "div0") return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    if (fe.kind === "na") return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, fe.message);
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, fe.message);
  }
  // A defect of ours: say so in Indonesian, without the engine's English text.
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Kesalahan tak terduga di fungsi SAKIP; laporkan dengan contoh datanya.");
}

/** Blank: omitted (null), an empty string, or 0 (a blank cell on Excel desktop). */
export const isBlankCell = (v: Cell): boolean => v === null || v === undefined || v === "" || v === 0;

/** A parameter as a matrix: ranges stay (no copy, no pass over their rows: Excel passes rectangles), a scalar or an
 *  omitted null becomes [[v]], an empty or flat array is wrapped. */
export function asMatrix(v: unknown): Matrix {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  const first = v[0];
  if (!Array.isArray(first) || first.length === 0) {
    return (v as unknown[]).map((row) => (Array.isArray(row) ? (row.length ? row : [null]) : [row]));
  }
  return v as Matrix;
}

/**
 * One argument of a call: the parameter's name (the function's own, taken from `{ target, realisasi }`), what Excel
 * passed, and readers whose errors name it. Text numbers of a range are read with the convention the whole range
 * shows ("1,000" beside "2,000.5" is a thousand), decided once, on the first text element read.
 */
export class Arg {
  private mat?: Matrix;
  private hints?: ReadHint;
  private wholeHints?: ReadHint;
  constructor(readonly name: string, readonly value: unknown) {}

  get matrix(): Matrix {
    return (this.mat ??= asMatrix(this.value));
  }
  private hint(): ReadHint {
    return (this.hints ??= hintFor(rangeConvention(this.matrix)));
  }
  /** A number (text as planners type it; blank -> #N/A, words -> #VALUE!). `label` names one element of the range
   *  ("bobot ke-3"). */
  number(v: Cell, label = this.name): number {
    return typeof v === "number" && v - v === 0 ? v : readNumber(v, label, this.hint());
  }
  /** A whole quantity (rupiah, people): a separator before exactly 3 digits is a thousands separator. */
  whole(v: Cell): number {
    return typeof v === "number" && v - v === 0 ? v : readNumber(v, this.name, (this.wholeHints ??= { ...this.hint(), expect: "money" }));
  }
  /** The name of the i-th element (0-based) of a range argument, for messages: "bobot ke-3". */
  element(i: number): string {
    return `${this.name} ke-${i + 1}`;
  }
  /** A number with how it was written (percent text or not). */
  figure(v: Cell): Figure {
    return readFigure(v, this.name, this.hint());
  }
  /** A percent-valued element as a fraction; a plain number above 3 is refused as percent points. */
  fraction(v: Cell): number {
    return readFraction(v, this.name, typeof v === "string" ? this.hint() : undefined);
  }
  /** A target: a number or a range "80-90". */
  target(v: Cell): TargetFigure {
    return readTargetFigure(v, this.name, this.hint());
  }
  /** A text option (blank -> fallback); a number is looked up as its text (scale 6 = "6"). */
  option<T extends string>(v: Cell, allowed: readonly T[], fallback: T, aliases: Record<string, T> = {}): T {
    return readOption(isBlankCell(v) ? null : v, this.name, allowed, fallback, aliases);
  }
  /** The argument's value when it is one value (a scalar or a 1x1 range); undefined for a larger range. */
  single(): Cell | undefined {
    const m = this.matrix;
    return m.length === 1 && m[0].length === 1 ? m[0][0] : undefined;
  }
  /** Omitted, or one blank cell. */
  isBlank(): boolean {
    const one = this.single();
    return one !== undefined ? isBlankCell(one) : false;
  }
  /**
   * The range's cells row by row, without its trailing blanks (null, "", and 0, how desktop passes a blank): a whole
   * column C:C costs one backward scan of its blank tail and a copy of what is filled. Linear, no spread, no concat.
   */
  filled(): Cell[] {
    const m = this.matrix;
    let lastRow = m.length - 1;
    let lastCol = -1;
    for (; lastRow >= 0; lastRow--) {
      const row = m[lastRow];
      for (let c = row.length - 1; c >= 0; c--) if (!isBlankCell(row[c])) { lastCol = c; break; }
      if (lastCol >= 0) break;
    }
    const out: Cell[] = [];
    for (let r = 0; r < lastRow; r++) {
      const row = m[r];
      for (let c = 0; c < row.length; c++) out.push(row[c]);
    }
    if (lastRow >= 0) for (let c = 0; c <= lastCol; c++) out.push(m[lastRow][c]);
    return out;
  }
}

const argsOf = (params: Record<string, unknown>): Arg[] => Object.keys(params).map((k) => new Arg(k, params[k]));

/** A result Excel can show: null -> "" (null in a spill shows 0), a non-finite number -> #NUM!. */
function shown(v: unknown): unknown {
  if (typeof v === "number") return v - v === 0 ? v : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return v === null || v === undefined ? "" : v;
}

/** Marks an element an argument does not have (Excel's array rule gives #N/A there). */
const MISSING: unknown = Object.freeze({ missing: true });

/** The element of one argument's row at column c: a one-cell row pairs with every column. */
const at = (line: Cell[] | null, c: number): Cell => (line === null ? MISSING : line.length === 1 ? line[0] : c < line.length ? line[c] : MISSING);

/**
 * What a factory returns: the kernel called per element as `kernel(state, ...cells)`, the cells of `over` (default:
 * every argument, in parameter order; the others were one value each, read once by the factory) at one position.
 * The kernel is a module-level function and what it reads for the call (Args, options) travels in `state`: the loop's
 * optimised code inlines the kernel it calls, and code that inlined a closure made per call is thrown away when a
 * full collection frees that closure, so every later call ran unoptimised until V8 compiled the loop again.
 */
export interface Loop<S> {
  over?: Arg[];
  state: S;
  kernel: (state: S, ...cells: any[]) => unknown;
}

/**
 * An element-wise function: `factory` receives one Arg per parameter (in the order of `params`, the function's own
 * `{ name, ... }`) and returns the Loop run for each position. Excel's array rule: the result has the largest
 * height and width among the arguments; a one-row (one-column) argument pairs with every row (column); where an
 * argument has no element the result is #N/A naming that argument. Every valid row still shows.
 * The loop is the only broadcasting loop. Its try/catch wraps the whole loop, not each element: a thrown error
 * becomes that element's Excel error and the loop resumes at the next element, so plain numbers pay nothing for it.
 */
export function cellwise<S>(params: Record<string, unknown>, factory: (...args: Arg[]) => Loop<S>): unknown[][] {
  let args: Arg[];
  let loop: Loop<S>;
  try {
    args = argsOf(params);
    loop = factory(...args);
    if (loop.over) args = loop.over;
  } catch (e) {
    throw toExcelError(e);
  }
  const kernel = loop.kernel as Kernel;
  const state = loop.state;
  const n = args.length;
  const mats: Matrix[] = new Array(n);
  const heights: number[] = new Array(n);
  const widths: number[] = new Array(n);
  let rows = 1;
  let cols = 1;
  for (let i = 0; i < n; i++) {
    const m = args[i].matrix;
    mats[i] = m;
    heights[i] = m.length;
    // Excel passes rectangles: the first row's width is the range's.
    const w = Array.isArray(m[0]) ? m[0].length : 1;
    widths[i] = w;
    if (m.length > rows) rows = m.length;
    if (w > cols) cols = w;
  }
  const missing = (r: number, c: number): CustomFunctions.Error => {
    let i = 0;
    while (i < n && at(heights[i] === 1 ? mats[i][0] : r < heights[i] ? mats[i][r] : null, c) !== MISSING) i++;
    const a = args[Math.min(i, n - 1)];
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable,
      `${a.name} berukuran ${heights[i]}x${widths[i]}, lebih kecil dari hasil ${rows}x${cols}: tidak ada elemen untuk baris ${r + 1}, kolom ${c + 1}.`);
  };
  const out: unknown[][] = new Array(rows);
  const line: (Cell[] | null)[] = new Array(n);
  const cells: Cell[] = new Array(n + 1);
  cells[0] = state;
  let r = 0;
  let c = 0;
  for (;;) {
    try {
      // One or two one-column arguments (the usual spill): the same element rule, read straight from the columns,
      // each arity in a function of its own so the engine optimises it for the kernels it actually meets.
      if (cols === 1 && n === 1) return (r = column1(kernel, state, mats[0], heights[0], rows, out, r)), out;
      if (cols === 1 && n === 2) return (r = column2(kernel, state, mats[0], heights[0], mats[1], heights[1], rows, out, r, missing)), out;
      for (; r < rows; r++) {
        for (let i = 0; i < n; i++) line[i] = heights[i] === 1 ? mats[i][0] : r < heights[i] ? mats[i][r] : null;
        if (cols === 1) {
          out[r] = cellRow(element(kernel, state, n, line, cells, r, 0, missing));
          continue;
        }
        const row = out[r] ?? (out[r] = new Array(cols));
        for (; c < cols; c++) row[c] = element(kernel, state, n, line, cells, r, c, missing);
        c = 0;
      }
      return out;
    } catch (e) {
      if (cols === 1 && n <= 2) r = row1;
      (out[r] ?? (out[r] = new Array(cols)))[c] = toExcelError(e);
      if (++c >= cols) {
        c = 0;
        r++;
      }
    }
  }
}

/** A kernel as the loops call it: the call's state, then the cells. */
type Kernel = (state: unknown, ...cells: Cell[]) => unknown;

/**
 * A one-cell row of the spill. Not a literal [v]: V8 tracks a literal's allocations and, once it has seen them survive
 * a collection (a spill is kept while Excel reads it), allocates every later one in the old generation, where 100.000
 * rows cost about 3x as much for the rest of the session; it does not track an Array call whose elements are no longer
 * small integers. Two call sites, numbers (doubles) and the rest, each given its kind when this module loads.
 */
function numberRow(v: number): number[] {
  const row: number[] = new Array(1);
  row[0] = v;
  return row;
}

function cellRow(v: unknown): unknown[] {
  const row: unknown[] = new Array(1);
  row[0] = v;
  return row;
}

// A few calls: V8 records an allocation site once the function has its feedback, after some calls.
for (let i = 0; i < 32; i++) {
  numberRow(0.5);
  cellRow(MISSING);
}

/** The row a column loop was at when its kernel threw (the loops run one at a time: a kernel never calls back). */
let row1 = 0;

/** Rows r.. of a one-column spill over one argument; returns the row reached (rows when done). A thrown error leaves
 *  the row where it was thrown, for cellwise's catch to place. */
function column1(kernel: Kernel, s: unknown, m: Matrix, h: number, rows: number, out: unknown[][], r: number): number {
  const k = kernel as (s: unknown, a: Cell) => unknown;
  for (; r < rows; r++) {
    row1 = r;
    const v = k(s, h === 1 ? m[0][0] : m[r][0]);
    // Two row makers: a spill of numbers keeps its rows as arrays of doubles even after a spill of text.
    out[r] = typeof v === "number" && v - v === 0 ? numberRow(v) : cellRow(shown(v));
  }
  return r;
}

function column2(kernel: Kernel, s: unknown, m0: Matrix, h0: number, m1: Matrix, h1: number, rows: number, out: unknown[][], r: number,
  missing: (r: number, c: number) => CustomFunctions.Error): number {
  const k = kernel as (s: unknown, a: Cell, b: Cell) => unknown;
  if (h0 === rows && h1 === rows) {
    // Two columns of the same height (the usual call): no element can be missing.
    for (; r < rows; r++) {
      row1 = r;
      const v = k(s, m0[r][0], m1[r][0]);
      out[r] = typeof v === "number" && v - v === 0 ? numberRow(v) : cellRow(shown(v));
    }
    return r;
  }
  for (; r < rows; r++) {
    row1 = r;
    const a = h0 === 1 ? m0[0][0] : r < h0 ? m0[r][0] : MISSING;
    const b = h1 === 1 ? m1[0][0] : r < h1 ? m1[r][0] : MISSING;
    const v = a === MISSING || b === MISSING ? missing(r, 0) : k(s, a, b);
    out[r] = typeof v === "number" && v - v === 0 ? numberRow(v) : cellRow(shown(v));
  }
  return r;
}

/** The element at (r, c), from each argument's current row `line`, Excel-ready. One module-level function (not a
 *  closure per call), so the engine keeps it optimised from one call to the next. `cells[0]` is the state. */
function element(kernel: Kernel, s: unknown, n: number, line: (Cell[] | null)[], cells: Cell[], r: number, c: number,
  missing: (r: number, c: number) => CustomFunctions.Error): unknown {
  let v: unknown;
  if (n === 2) {
    const a = at(line[0], c), b = at(line[1], c);
    v = a === MISSING || b === MISSING ? missing(r, c) : kernel(s, a, b);
  } else if (n === 1) {
    const a = at(line[0], c);
    v = a === MISSING ? missing(r, c) : kernel(s, a);
  } else {
    let gap = false;
    for (let i = 0; i < n; i++) if ((cells[i + 1] = at(line[i], c)) === MISSING) gap = true;
    v = gap ? missing(r, c) : n === 3 ? kernel(s, cells[1], cells[2], cells[3]) : n === 4 ? kernel(s, cells[1], cells[2], cells[3], cells[4]) : kernel.apply(null, cells as [unknown, ...Cell[]]);
  }
  return typeof v === "number" && v - v === 0 ? v : shown(v);
}

/** A function over whole ranges (one result, or one spill it builds itself): errors are thrown as Excel errors. */
export function whole<T>(params: Record<string, unknown>, body: (...args: Arg[]) => T): T {
  try {
    const v = body(...argsOf(params));
    if (typeof v === "number" && !(v - v === 0)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    return v;
  } catch (e) {
    throw toExcelError(e);
  }
}
