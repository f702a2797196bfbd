// Highlight marks: paint the findings' cells, remembering their exact fill first (in the journal), and restore it.
import type { Finding, Severity } from "../../core/findings/finding";
import { compareSeverity } from "../../presenters/common";
import type { HighlightResult } from "../../port";
import { parseArea, toA1 } from "../a1";
import type { OfficeHost } from "./host";
import { Journal, type Mark } from "./journal";

/** Marks kept at once; their original formats are stored in the document settings. */
export const MAX_MARKS = 1_000;

export const MARK_COLOURS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

type FillProps = Excel.CellPropertiesFill;

export async function highlight(host: OfficeHost, findings: Finding[]): Promise<HighlightResult> {
  const journal = new Journal(host);
  const marks = journal.marks();
  const marked = new Set(marks.map((m) => `${m.s}\u0000${m.a}`));
  // One mark per CELL (ranges expanded): overlapping findings, or marking twice, never save our own paint
  // as an "original". Strongest severity per cell.
  const wanted = new Map<string, { sheet: string; address: string; severity: Severity }>();
  let skipped = 0;
  for (const f of findings) {
    const area = parseArea(f.cell);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const address = toA1(r, c);
        const key = `${f.sheet}\u0000${address}`;
        if (marked.has(key)) continue;
        const prev = wanted.get(key);
        if (!prev) {
          if (marks.length + wanted.size >= MAX_MARKS) {
            skipped++;
            continue;
          }
          wanted.set(key, { sheet: f.sheet, address, severity: f.severity });
        } else if (compareSeverity(f.severity, prev.severity) < 0) prev.severity = f.severity;
      }
    }
  }
  const targets = [...wanted.values()];
  if (!targets.length) return { painted: 0, skipped };
  return host.run(async (context) => {
    // 1: which sheets exist and are unprotected (painting a protected sheet fails the whole batch).
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/id,items/protection/protected");
    await context.sync();
    const open = new Map(wss.items.filter((w) => !w.protection.protected).map((w) => [w.name, w]));
    const live = targets.filter((t) => open.has(t.sheet));
    skipped += targets.length - live.length;
    // 2: the exact fill of every target cell, before anything changes.
    const props = live.map((t) =>
      open
        .get(t.sheet)!
        .getRange(t.address)
        .getCellProperties({
          format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
        }),
    );
    await context.sync();
    const paint: typeof live = [];
    live.forEach((t, k) => {
      const fills = props[k].value.map((row) => row.map((c) => ({ ...(c.format?.fill ?? {}) })));
      // A gradient cannot be written back through setCellProperties: leave such cells alone.
      if (fills.some((row) => row.some((f) => /Gradient/i.test(String(f.pattern))))) {
        skipped++;
        return;
      }
      marks.push({ s: t.sheet, i: open.get(t.sheet)!.id, a: t.address, f: fills, p: MARK_COLOURS[t.severity] });
      paint.push(t);
    });
    // Save the originals with the workbook BEFORE painting: an interruption can always be undone.
    journal.setMarks(marks);
    await journal.persist();
    // 3: paint.
    for (const t of paint) open.get(t.sheet)!.getRange(t.address).format.fill.color = MARK_COLOURS[t.severity];
    await context.sync();
    return { painted: paint.length, skipped };
  });
}

export async function clearHighlight(host: OfficeHost): Promise<number> {
  const journal = new Journal(host);
  const marks = journal.marks();
  if (!marks.length) return 0;
  const restored = await host.run(async (context) => {
    // 1: the sheets, by id (survives a rename) and by name.
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/id");
    await context.sync();
    const byId = new Map(wss.items.map((w) => [w.id, w]));
    const byName = new Map(wss.items.map((w) => [w.name, w]));
    // 2: what each marked cell shows now.
    const cells: Array<{ ws: Excel.Worksheet; address: string; fill: FillProps; painted?: string; now: { value?: Excel.CellProperties[][] } }> = [];
    for (const m of marks as Mark[]) {
      const ws = (m.i && byId.get(m.i)) || byName.get(m.s);
      const area = parseArea(m.a);
      if (!ws || !area) continue; // sheet deleted since: nothing to restore
      m.f.forEach((row, i) =>
        row.forEach((fill, j) => {
          const address = toA1(area.top + i, area.left + j);
          const now = ws.getRange(address).getCellProperties({ format: { fill: { color: true, pattern: true } } });
          cells.push({ ws, address, fill, painted: m.p, now });
        }),
      );
    }
    await context.sync();
    // 3: put back the original wherever our paint is still there; a fill the user chose since is theirs.
    let n = 0;
    for (const c of cells) {
      const cur = c.now.value?.[0]?.[0]?.format?.fill;
      const ours = !c.painted || (String(cur?.color).toUpperCase() === c.painted.toUpperCase() && cur?.pattern === "Solid");
      if (!ours) continue;
      const range = c.ws.getRange(c.address);
      // "None" is written back by clearing; every other fill is written back as it was read.
      range.format.fill.clear();
      if (c.fill.pattern !== "None") range.setCellProperties([[{ format: { fill: c.fill } }]]);
      n++;
    }
    await context.sync();
    return n;
  });
  journal.setMarks([]);
  await journal.persist();
  return restored;
}
