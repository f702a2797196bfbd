// The floor for the engine benchmark: what any .xlsx validator must at least do —
// open the file with exceljs and touch every cell (value, number format).
// `linearMerges` skips exceljs' quadratic per-merge overlap scan: the true floor for sheets with thousands of merged
// cells.
import ExcelJS from "exceljs";

// exceljs applies a file's merged areas cell by cell (every cell of F1:XFD1048576 becomes an object) and checks each
// against every merge already on the sheet: O(merges^2) and O(area). While loading, the areas are only recorded as
// rectangles. Only the loader's hook (_parseMergeCells, called
// by the worksheet model setter) is swapped, and only during loads: ws.mergeCells() keeps exceljs' own behaviour.
let linearLoads = 0;
let originalParseMerges: ((model: any) => void) | undefined;

async function withRectangleMerges<T>(Workbook: new () => any, load: () => Promise<T>): Promise<T> {
  let proto: any;
  let RangeCtor: (new (ref: string) => any) | undefined;
  try {
    const probe = new Workbook().addWorksheet("probe");
    probe.mergeCells("A1:B1");
    proto = Object.getPrototypeOf(probe);
    RangeCtor = (Object.values(probe._merges ?? {})[0] as any)?.constructor;
  } catch {
    proto = undefined;
  }
  if (!proto || !RangeCtor || typeof proto._parseMergeCells !== "function") return load();
  if (linearLoads++ === 0) {
    originalParseMerges = proto._parseMergeCells;
    const Range = RangeCtor;
    proto._parseMergeCells = function (this: any, model: any) {
      for (const ref of model?.mergeCells ?? []) {
        const d = new Range(ref);
        this._merges[d.range ?? ref] = d;
      }
    };
  }
  try {
    return await load();
  } finally {
    if (--linearLoads === 0 && originalParseMerges) proto._parseMergeCells = originalParseMerges;
  }
}

export const withLinearMerges = withRectangleMerges;

const { touchWorkbook } = require("./touch") as { touchWorkbook: (wb: ExcelJS.Workbook) => { cells: number; checksum: number } };

export async function floorReadAndTouch(path: string, opts: { linearMerges?: boolean } = {}): Promise<{ cells: number; checksum: number }> {
  const wb = new ExcelJS.Workbook();
  if (opts.linearMerges) await withLinearMerges(ExcelJS.Workbook, () => wb.xlsx.readFile(path));
  else await wb.xlsx.readFile(path);
  return touchWorkbook(wb);
}
