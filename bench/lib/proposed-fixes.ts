// The fixes this bench proposes for other owners' files, applied IN PROCESS while `fn` runs (nothing in src/ is
// changed), so one bench run can show "before" and "after" side by side:
//  1. src/xlsx/read.ts: load with exceljs' per-merge overlap scan skipped (merge-fix.ts): O(merges), not O(merges^2).
//  2. src/core/tables/normalize.ts: memoise normName (18 regex passes per call, and the hierarchy, conflict and
//     derived rules call it again and again on the same labels).
// Works on CommonJS modules (build/cli, or the sources through register.js): tsc emits `exports.f = f` and calls
// `(0, mod.f)(...)`, so replacing the export is seen by every caller.
import ExcelJS from "exceljs";
import { withLinearMerges } from "./merge-fix";

export interface Patchable {
  read: { readXlsx: (...a: any[]) => Promise<any> };
  normalize?: { normName: (s: string) => string };
}

export async function withProposedFixes<T>(mods: Patchable, fn: () => Promise<T>): Promise<T> {
  const readOriginal = mods.read.readXlsx;
  const normOriginal = mods.normalize?.normName;
  mods.read.readXlsx = (...a: any[]) => withLinearMerges((ExcelJS as any).Workbook, () => readOriginal(...a));
  if (mods.normalize && normOriginal) {
    const memo = new Map<string, string>();
    mods.normalize.normName = (s: string) => {
      let v = memo.get(s);
      if (v === undefined) {
        v = normOriginal(s);
        memo.set(s, v);
      }
      return v;
    };
  }
  try {
    return await fn();
  } finally {
    mods.read.readXlsx = readOriginal;
    if (mods.normalize && normOriginal) mods.normalize.normName = normOriginal;
  }
}
