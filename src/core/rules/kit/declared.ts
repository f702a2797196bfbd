// A declaration of the column-number row ("8=(7/6)") as the formula it stands for in one row: shared by the rule that
// checks a column's formulas against it and the rule that checks its values (which leaves such formulas to the first).
import type { RecognizedTable } from "../../tables/table";
import type { FormulaNode } from "../../formulas-model";

/** The declaration's shape as recognition gives it (src/core/tables/declared.ts). */
export type ColumnExpr =
  | { kind: "col"; n: number }
  | { kind: "num"; value: number; percent?: boolean }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: ColumnExpr; right: ColumnExpr };
export interface Declared { col: number; n: number; expr: ColumnExpr; text: string }
export type WithDeclarations = RecognizedTable & { declared?: Declared[]; columnNumbers?: Record<number, number> };

/** The declaration as a formula of row `row`; null when it names a column the table does not number. */
export function declaredFormula(t: WithDeclarations, e: ColumnExpr, row: number): FormulaNode | null {
  switch (e.kind) {
    case "num":
      return e.percent ? { t: "pct", a: { t: "num", v: e.value, raw: String(e.value) } } : { t: "num", v: e.value, raw: String(e.value) };
    case "col": {
      const col = t.columnNumbers?.[e.n] ?? (t.columns as Array<{ col: number; number?: number }>).find((c) => c.number === e.n)?.col;
      return col === undefined ? null : { t: "ref", ref: { parts: [{ row, col, rowAbs: false, colAbs: false }] } };
    }
    case "op": {
      const a = declaredFormula(t, e.left, row), b = declaredFormula(t, e.right, row);
      if (!a || !b) return null;
      const wrap = (x: FormulaNode) => (x.t === "bin" ? ({ t: "paren", a: x } as FormulaNode) : x);
      return { t: "bin", op: e.op, a: e.op === "+" || e.op === "-" ? a : wrap(a), b: e.op === "+" ? b : wrap(b) };
    }
  }
}

