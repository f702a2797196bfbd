// exceljs applies a file's merged areas one by one, and checks each against every merge already on the sheet:
// O(merges^2) per sheet, so a measurement sheet with 20.000 merged SASARAN cells takes minutes to open.
// A saved file's merges never overlap, so the check can be skipped while loading. This is the fix proposed for
// src/xlsx/read.ts, and what the floor uses when SAKIP_BENCH_FLOOR=linear. It reaches the Worksheet prototype
// through an instance, so it works with exceljs' CommonJS and browser builds alike.

/** Runs `load` with exceljs' per-merge overlap scan switched off, then restores it. */
export async function withLinearMerges<T>(Workbook: new () => any, load: () => Promise<T>): Promise<T> {
  const proto = Object.getPrototypeOf(new Workbook().addWorksheet("probe"));
  const checked = proto._mergeCellsInternal;
  if (typeof checked !== "function") return load();
  proto._mergeCellsInternal = function (this: any, d: { top: number; left: number; bottom: number; right: number }, ignoreStyle?: boolean) {
    // exceljs' own body (lib/doc/worksheet.js) without the scan of this._merges.
    const master = this.getCell(d.top, d.left);
    for (let i = d.top; i <= d.bottom; i++) {
      for (let j = d.left; j <= d.right; j++) {
        if (i > d.top || j > d.left) this.getCell(i, j).merge(master, ignoreStyle);
      }
    }
    this._merges[master.address] = d;
  };
  try {
    return await load();
  } finally {
    proto._mergeCellsInternal = checked;
  }
}
