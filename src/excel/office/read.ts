// Reading the workbook: every sheet's used range with values, number formats, value types and formulas (English and
// the user's notation), in a fixed number of syncs however many cells, in requests that stay under Excel on the
// web's 5 MB limit.
import { newCell } from "../../core/workbook/cellCache";
import { STYLE_COLUMNS, type Cell, type CellType, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../../core/workbook/snapshot";
import { displayText } from "../../core/workbook/displayText";
import { CancelledError, PortError, type ReadProgress } from "../../port";
import { Area, isDateFormat, parseArea, serialToIso, splitAreas, toA1 } from "../a1";
import { isPayloadError, type OfficeHost } from "./host";

/**
 * Cells per request: values + formulas + formulasLocal + numberFormat + valueTypes of ordinary cells (~60 bytes)
 * stay near 2,5 MB, under 5 MB; a request refused for its size (long texts) is halved.
 */
export const CELL_BUDGET = 40_000;
/** Beyond this the pane says "too big" instead of freezing Excel (about 100 MB of JSON). */
export const MAX_CELLS = 1_500_000;

const LOADED = "values,numberFormat,valueTypes,formulas,formulasLocal";
/** How a cell is drawn (ExcelApi 1.9), for the label columns: in the same request as the values. */
const STYLE_PROPS = { format: { indentLevel: true, font: { bold: true }, fill: { color: true } } } as const;

function cellType(valueType: string, value: unknown, format: string | undefined): CellType {
  switch (valueType) {
    case "Empty":
      return "empty";
    case "Double":
    case "Integer":
      return typeof value === "number" && isDateFormat(format) ? "date" : "number";
    case "Boolean":
      return "boolean";
    case "Error":
      return "error";
    default:
      return typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string";
  }
}

export interface Block {
  sheet: number;
  /** absolute 0-based area of the block */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

const blockCells = (b: Block) => b.rows * b.cols;

/** What a block costs in a request: its cells, plus the cells whose format is read too (about as large again). */
const blockCost = (b: Block, styleCols: number) => b.rows * (b.cols + Math.min(b.cols, styleCols));

/** Split each used range into row blocks of at most `budget` cells, then pack blocks into requests. When the format
 *  of the first `styleCols` columns is read as well, those cells count twice. */
export function planBatches(used: Array<Area | null>, budget = CELL_BUDGET, styleCols = 0): Block[][] {
  const blocks: Block[] = [];
  used.forEach((a, sheet) => {
    if (!a) return;
    const cols = a.right - a.left + 1;
    const rowsPer = Math.max(1, Math.floor(budget / (cols + Math.min(cols, styleCols))));
    for (let top = a.top; top <= a.bottom; top += rowsPer) {
      blocks.push({ sheet, top, left: a.left, rows: Math.min(rowsPer, a.bottom - top + 1), cols });
    }
  });
  const batches: Block[][] = [];
  let cur: Block[] = [];
  let size = 0;
  for (const b of blocks) {
    if (cur.length && size + blockCost(b, styleCols) > budget) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(b);
    size += blockCost(b, styleCols);
  }
  if (cur.length) batches.push(cur);
  return batches;
}

/** Halve a batch: by blocks if it has several, else by the rows of its one block. */
function splitBatch(batch: Block[]): [Block[], Block[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const b = batch[0];
  if (b.rows < 2) return null;
  const h = Math.floor(b.rows / 2);
  return [[{ ...b, rows: h }], [{ ...b, top: b.top + h, rows: b.rows - h }]];
}

function tooBig(total: number): PortError {
  return new PortError({
    id: `Workbook ini terlalu besar untuk divalidasi di Excel (${total.toLocaleString("id-ID")} sel terpakai, batas ${MAX_CELLS.toLocaleString("id-ID")}). Hapus sheet yang tidak diperlukan atau gunakan alat baris perintah (sakip-validate).`,
    en: `This workbook is too large to validate in Excel (${total.toLocaleString("en-US")} used cells, limit ${MAX_CELLS.toLocaleString("en-US")}). Remove sheets you do not need or use the command-line tool (sakip-validate).`,
  });
}

export interface ReadOptions {
  merges: boolean;
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
}

/** The snapshot and the number of context.sync calls it took. */
export async function readWorkbook(host: OfficeHost, opts: ReadOptions): Promise<{ snapshot: WorkbookSnapshot; syncs: number }> {
  const { signal, onProgress } = opts;
  const check = () => {
    if (signal?.aborted) throw new CancelledError();
  };
  check();
  let syncs = 0;
  const snapshot = await host.run(async (context) => {
    const sync = async () => {
      check();
      syncs++;
      await context.sync();
      check();
    };
    // 1: the sheets.
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/visibility");
    await sync();
    const sheets = wss.items;
    // 2: every sheet's used range (values only: formatting alone does not make a cell used) and merged areas.
    const usedProxies = sheets.map((ws) => {
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("address");
      return r;
    });
    const mergeProxies = opts.merges
      ? sheets.map((ws) => {
          const m = ws.getRange().getMergedAreasOrNullObject();
          m.load("address");
          return m;
        })
      : [];
    await sync();
    const used = usedProxies.map((r) => (r.isNullObject ? null : parseArea(r.address)));
    const total = used.reduce((n, a) => n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
    if (total > MAX_CELLS) throw tooBig(total);
    const merges: MergedArea[][] = sheets.map((_, i) => {
      const m = mergeProxies[i];
      if (!m || m.isNullObject || !m.address) return [];
      return splitAreas(m.address)
        .map((s) => parseArea(s))
        .filter((a): a is Area => a !== null && (a.bottom > a.top || a.right > a.left));
    });

    // 3..: the cells, in as few requests as the size allows (one for most workbooks).
    const cells: Cell[][] = sheets.map(() => []);
    const remaining = sheets.map(() => 0);
    // Indent, bold and fill of the label columns (the first STYLE_COLUMNS of each used range), where Excel can say.
    const styleCols = host.isSetSupported("ExcelApi", "1.9") ? STYLE_COLUMNS : 0;
    const batches = planBatches(used, CELL_BUDGET, styleCols);
    for (const batch of batches) for (const b of batch) remaining[b.sheet]++;
    let cellsRead = 0;
    let sheetsDone = 0;
    const finish = (i: number) => {
      sheetsDone++;
      onProgress?.({ sheetsDone, sheetsTotal: sheets.length, sheet: sheets[i].name, cells: cellsRead });
    };
    used.forEach((a, i) => {
      if (!a) finish(i);
    });
    const readBatch = async (batch: Block[], depth: number): Promise<void> => {
      const proxies = batch.map((b) => {
        const r = sheets[b.sheet].getRange(`${toA1(b.top, b.left)}:${toA1(b.top + b.rows - 1, b.left + b.cols - 1)}`);
        r.load(LOADED);
        const sc = Math.min(b.cols, styleCols);
        const styles = sc ? sheets[b.sheet].getRange(`${toA1(b.top, b.left)}:${toA1(b.top + b.rows - 1, b.left + sc - 1)}`).getCellProperties(STYLE_PROPS) : undefined;
        return { r, styles };
      });
      try {
        await sync();
      } catch (e) {
        // A request or response over Excel's 5 MB limit (long texts): halve and retry, a few times at most.
        if (!isPayloadError(e) || depth >= 6) throw e;
        const halves = splitBatch(batch);
        if (!halves) throw e;
        for (const h of halves) await readBatch(h, depth + 1);
        return;
      }
      batch.forEach((b, k) => {
        collect(proxies[k].r, b, cells[b.sheet], proxies[k].styles?.value);
        cellsRead += blockCells(b);
        if (--remaining[b.sheet] === 0) finish(b.sheet);
      });
    };
    for (const batch of batches) await readBatch(batch, 0);

    const out: SheetSnapshot[] = sheets.map((ws, i) => {
      const a = used[i];
      const list = cells[i];
      list.sort((p, q) => p.row - q.row || p.col - q.col);
      return {
        name: ws.name,
        visibility: ws.visibility === "Hidden" ? "hidden" : ws.visibility === "VeryHidden" ? "veryHidden" : "visible",
        rowCount: a ? a.bottom + 1 : 0,
        colCount: a ? a.right + 1 : 0,
        cells: list,
        merges: merges[i],
      };
    });
    return { name: host.documentName || "Workbook", sheets: out };
  });
  return { snapshot, syncs };
}

function collect(r: Excel.Range, b: Block, out: Cell[], styles?: Excel.CellProperties[][]) {
  const values = r.values;
  const types = r.valueTypes;
  const formats = r.numberFormat;
  const formulas = r.formulas;
  const local = r.formulasLocal;
  for (let i = 0; i < b.rows; i++) {
    const vals = values[i];
    for (let j = 0; j < b.cols; j++) {
      const vt = String(types[i][j]);
      const value = vals[j];
      if (vt === "Empty" || value === "" || value === null || value === undefined) continue;
      const nf = String(formats[i][j] ?? "");
      const type = cellType(vt, value, nf);
      const v = type === "date" ? serialToIso(value as number) : (value as Cell["value"]);
      // Displayed text computed like the .xlsx reader does (Indonesian), so both paths agree.
      const text = type === "string" || type === "error" ? String(value) : displayText(v, nf, { isDate: type === "date" });
      const f = formulas[i][j];
      const formula = typeof f === "string" && f.startsWith("=") ? f : undefined;
      const fl = formula ? local?.[i]?.[j] : undefined;
      const cell = newCell(b.top + i, b.left + j, v, type, nf && !/^general$/i.test(nf) ? nf : undefined, text, formula,
        typeof fl === "string" && fl.startsWith("=") && fl !== f ? fl : undefined, false);
      const st = type === "string" ? styles?.[i]?.[j]?.format : undefined;
      if (st) {
        if (typeof st.indentLevel === "number" && st.indentLevel > 0) cell.indent = st.indentLevel;
        if (st.font?.bold === true) cell.bold = true;
        // Excel answers white for a cell without fill: both read as no fill, as in the .xlsx reader.
        const color = typeof st.fill?.color === "string" ? st.fill.color.toUpperCase() : "";
        if (color && color !== "#FFFFFF" && color !== "WHITE") cell.fill = color;
      }
      out.push(cell);
    }
  }
}
