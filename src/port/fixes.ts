// Fixes through the port: what is written, what was there before, and how it is undone. Every applied batch is
// journalled with the workbook BEFORE the cells change, so "Batalkan" works after a reload too.
import type { Finding } from "../core/findings/finding";
import type { FixMode } from "../core/findings/fix";
import type { Said } from "./port";

/** A cell as far as a fix (and its undo) is concerned. */
export interface CellState {
  value: string | number | boolean;
  /** The formula (English notation) or null for a constant. */
  formula: string | null;
  numberFormat: string;
}

/** One change to apply. */
export interface FixChange {
  sheet: string;
  cell: string;
  rule: string;
  fingerprint: string;
  mode: FixMode;
  /** A constant to write (mode "value"). */
  value?: number | string;
  /** A formula to write (modes "sakip" and "plain"), English notation. */
  formula?: string;
  /** Given only where the cell's own format would not show the value. */
  numberFormat?: string;
}

export interface AppliedChange extends FixChange {
  before: CellState;
  after: CellState;
  /** Worksheet id: finds the sheet after a rename. */
  sheetId?: string;
}

export interface FixBatch {
  id: string;
  /** ISO time. */
  at: string;
  changes: AppliedChange[];
  /** Changes that could not be made (protected or missing sheet), with why. */
  skipped: Array<{ sheet: string; cell: string; reason: Said }>;
}

export interface UndoResult {
  restored: number;
  /** Cells changed by the user since the fix: left as they are. */
  kept: Array<{ sheet: string; cell: string }>;
}

/** Fix batches kept for undo; older ones are dropped from the journal. */
export const MAX_FIX_BATCHES = 20;
/** Changes in one batch ("fix the whole rule"). */
export const MAX_FIX_CHANGES = 500;

/** The change a finding's fix proposes in `mode`, or null when it proposes none in that mode. */
export function changeFor(f: Finding, mode: FixMode): FixChange | null {
  const fix = f.fix;
  if (!fix) return null;
  const base = { sheet: f.sheet, cell: fix.cell, rule: f.rule, fingerprint: f.fingerprint, mode };
  if (mode === "value") return { ...base, value: fix.value, numberFormat: fix.numberFormat };
  const formula = mode === "sakip" ? fix.formula?.sakip : fix.formula?.plain;
  return formula ? { ...base, formula, numberFormat: fix.numberFormat } : null;
}

/** Every change a set of findings proposes in `mode` (one per cell: the first finding wins). */
export function changesFor(findings: Finding[], mode: FixMode): FixChange[] {
  const seen = new Set<string>();
  const out: FixChange[] = [];
  for (const f of findings) {
    const c = changeFor(f, mode);
    if (!c) continue;
    const k = `${c.sheet}\u0000${c.cell}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

/** Whether a cell still holds what a fix wrote (else the user changed it since, and undo leaves it). */
export function sameState(a: CellState, b: CellState): boolean {
  if ((a.formula ?? null) !== (b.formula ?? null)) return false;
  if (a.formula) return true;
  return a.value === b.value || (typeof a.value === "number" && typeof b.value === "number" && Math.abs(a.value - b.value) < 1e-12);
}
