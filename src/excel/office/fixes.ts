// Fixes: write a value or a formula into a cell, journalled first (value, formula and number format), and undo
// exactly. Three syncs to apply or undo, however many cells.
import {
  MAX_FIX_CHANGES,
  PortError,
  asCellText,
  sameState,
  type AppliedChange,
  type CellState,
  type FixBatch,
  type FixChange,
  type UndoResult,
} from "../../port";
import { parseA1 } from "../a1";
import type { OfficeHost } from "./host";
import { Journal } from "./journal";

const PROTECTED = { id: "Sheet terkunci: buka proteksinya dulu.", en: "The sheet is protected: unprotect it first." };
const MISSING = { id: "Sheet tidak ditemukan; validasi ulang workbook.", en: "Sheet not found; validate the workbook again." };

function stateOf(r: Excel.Range): CellState {
  const f = r.formulas?.[0]?.[0];
  return {
    value: r.values[0][0] as CellState["value"],
    formula: typeof f === "string" && f.startsWith("=") ? f : null,
    numberFormat: String(r.numberFormat[0][0] ?? "General"),
  };
}

function afterOf(c: FixChange, before: CellState): CellState {
  const numberFormat = c.numberFormat && /^general$/i.test(before.numberFormat) ? c.numberFormat : before.numberFormat;
  if (c.formula) return { value: before.value, formula: c.formula, numberFormat };
  return { value: c.value ?? "", formula: null, numberFormat };
}

function batchId(): string {
  return `fix-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function write(range: Excel.Range, s: CellState, formatChanged: boolean) {
  // The format first: a text cell ("@") takes the value as text.
  if (formatChanged) range.numberFormat = [[s.numberFormat]];
  if (s.formula) range.formulas = [[s.formula]];
  else range.values = [[typeof s.value === "string" ? asCellText(s.value) : s.value]];
}

export async function applyFixes(host: OfficeHost, changes: FixChange[]): Promise<FixBatch> {
  if (changes.length > MAX_FIX_CHANGES) {
    throw new PortError({
      id: `Terlalu banyak perubahan sekaligus (${changes.length}, batas ${MAX_FIX_CHANGES}). Perbaiki per aturan atau per sheet.`,
      en: `Too many changes at once (${changes.length}, limit ${MAX_FIX_CHANGES}). Fix one rule or one sheet at a time.`,
    });
  }
  const valid = changes.filter((c) => parseA1(c.cell) !== null);
  const journal = new Journal(host);
  return host.run(async (context) => {
    // 1: the sheets, with their protection.
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/id,items/protection/protected");
    await context.sync();
    const byName = new Map(wss.items.map((w) => [w.name, w]));
    const batch: FixBatch = { id: batchId(), at: new Date().toISOString(), changes: [], skipped: [] };
    const live: Array<{ c: FixChange; ws: Excel.Worksheet; range: Excel.Range }> = [];
    for (const c of valid) {
      const ws = byName.get(c.sheet);
      if (!ws) batch.skipped.push({ sheet: c.sheet, cell: c.cell, reason: MISSING });
      else if (ws.protection.protected) batch.skipped.push({ sheet: c.sheet, cell: c.cell, reason: PROTECTED });
      else {
        const range = ws.getRange(c.cell);
        range.load("values,formulas,numberFormat");
        live.push({ c, ws, range });
      }
    }
    if (!live.length) return batch;
    // 2: what each cell holds now.
    await context.sync();
    for (const { c, ws, range } of live) {
      const before = stateOf(range);
      batch.changes.push({ ...c, before, after: afterOf(c, before), sheetId: ws.id });
    }
    // The journal is saved with the workbook BEFORE any cell changes.
    journal.setFixes([...journal.fixes(), batch]);
    await journal.persist();
    // 3: write.
    live.forEach(({ range }, k) => {
      const a = batch.changes[k];
      write(range, a.after, a.after.numberFormat !== a.before.numberFormat);
    });
    await context.sync();
    return batch;
  });
}

export async function undoFixes(host: OfficeHost, id?: string): Promise<UndoResult> {
  const journal = new Journal(host);
  const all = journal.fixes();
  const batch = id ? all.find((b) => b.id === id) : all[all.length - 1];
  if (!batch) return { restored: 0, kept: [] };
  const result: UndoResult = { restored: 0, kept: [] };
  await host.run(async (context) => {
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/id,items/protection/protected");
    await context.sync();
    const byId = new Map(wss.items.map((w) => [w.id, w]));
    const byName = new Map(wss.items.map((w) => [w.name, w]));
    const live: Array<{ a: AppliedChange; range: Excel.Range }> = [];
    for (const a of batch.changes) {
      const ws = (a.sheetId && byId.get(a.sheetId)) || byName.get(a.sheet);
      if (!ws || ws.protection.protected) {
        result.kept.push({ sheet: a.sheet, cell: a.cell });
        continue;
      }
      const range = ws.getRange(a.cell);
      range.load("values,formulas,numberFormat");
      live.push({ a, range });
    }
    if (live.length) {
      await context.sync();
      // Undo in reverse order; a cell the user changed since the fix is theirs and stays.
      for (const { a, range } of live.reverse()) {
        if (!sameState(stateOf(range), a.after)) {
          result.kept.push({ sheet: a.sheet, cell: a.cell });
          continue;
        }
        write(range, a.before, a.after.numberFormat !== a.before.numberFormat);
        result.restored++;
      }
      await context.sync();
    }
  });
  journal.setFixes(journal.fixes().filter((b) => b.id !== batch.id));
  await journal.persist();
  return result;
}
