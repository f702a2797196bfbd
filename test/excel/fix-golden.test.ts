// The rules' fixes on the golden "-fires" workbooks, end to end through the Office adapter and the journalling fake
// Excel: "Perbaiki" on every finding that proposes a value makes that finding go away on re-validation, "Jadikan
// rumus" writes the formula, and undo (after a reload) gives back a workbook identical to the one before.
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read";
import { validateWorkbook } from "../../src/core/validate";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { changesFor } from "../../src/port";
import { FakeExcel } from "../support/fake-excel";
import type { Cell, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

const CASES = path.join(__dirname, "../cases");

async function caseWorkbook(dir: string) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(path.join(CASES, dir, "build.ts"));
  const made = await (mod.default ?? mod.build ?? mod.buildWorkbook)(ExcelJS);
  const bytes = made instanceof Uint8Array ? made : new Uint8Array(await made.xlsx.writeBuffer());
  return readXlsx(bytes, { name: `${dir}.xlsx` });
}

const RULES: Array<[string, string]> = [
  ["totals/total-sum-fires", "SAKIP-TOTAL-001"],
  ["derived/capaian-fires", "SAKIP-CAPAIAN-001"],
  ["derived/serapan-fires", "SAKIP-SERAPAN-001"],
  ["skm/nrr-fires", "SAKIP-NRR-001"],
  ["skm/nrr-raw-fires", "SAKIP-NRR-001"],
];

test.each(RULES)("%s: every %s finding with a fix is resolved by it, and undone exactly", async (dir, code) => {
  const wb = await caseWorkbook(dir);
  const findings = validateWorkbook(wb).findings.filter((f) => f.rule === code);
  const fixable = findings.filter((f) => f.fix);
  expect(fixable.length).toBeGreaterThan(0);
  const x = FakeExcel.fromSnapshot(wb, { quotePrefix: true });
  const before = x.state();
  const batch = await new OfficeAdapter(x.host()).applyFixes(changesFor(fixable, "value"));
  expect(batch.skipped).toEqual([]);
  expect(batch.changes.length).toBe(new Set(fixable.map((f) => `${f.sheet}!${f.fix!.cell}`)).size);

  const after = validateWorkbook(await new OfficeAdapter(x.host()).readSnapshot()).findings.filter((f) => f.rule === code);
  const still = after.filter((f) => fixable.some((g) => g.sheet === f.sheet && g.cell === f.cell));
  expect(still.map((f) => `${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);

  // A reload, then undo: the workbook is the one we started from.
  await new OfficeAdapter(x.host()).undoFixes();
  expect(x.state()).toEqual(before);
});

test.each(RULES)("%s: Jadikan rumus writes the plain Excel formula and the SAKIP one, both undone exactly", async (dir, code) => {
  const wb = await caseWorkbook(dir);
  const fixable = validateWorkbook(wb).findings.filter((f) => f.rule === code && f.fix?.formula);
  if (!fixable.length) return; // a case may have no finding where a formula fits (text figures, ranges)
  const x = FakeExcel.fromSnapshot(wb, { quotePrefix: true });
  const before = x.state();
  const a = new OfficeAdapter(x.host());
  for (const mode of ["plain", "sakip"] as const) {
    await a.applyFixes(changesFor(fixable, mode));
    for (const f of fixable) expect(x.at(f.sheet, f.fix!.cell)!.formula).toBe(f.fix!.formula![mode]);
  }
  await a.undoFixes();
  await a.undoFixes();
  expect(x.state()).toEqual(before);
});

test("the formulas a plain Excel understands, for a colleague without the add-in", async () => {
  // A measurement table typed by hand: capaian typed over target and realisasi, a JUMLAH typed over its items.
  const cells: Cell[] = [];
  const put = (row: number, col: number, value: string | number, numberFormat?: string) =>
    cells.push({ row, col, value, type: typeof value === "number" ? "number" : "string", ...(numberFormat ? { numberFormat } : {}) });
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"].forEach((h, c) => put(0, c, h));
  put(1, 0, 1); put(1, 1, "Indeks kepuasan masyarakat"); put(1, 2, 260); put(1, 3, 278); put(1, 4, 0.95, "0.00%");
  put(2, 0, 2); put(2, 1, "Persentase ASN terlatih"); put(2, 2, 80); put(2, 3, 72); put(2, 4, 0.9, "0.00%");
  const wb: WorkbookSnapshot = { name: "uji.xlsx", sheets: [{ name: "Pengukuran", visibility: "visible", rowCount: 3, colCount: 5, cells, merges: [] }] };
  const cap = validateWorkbook(wb).findings.find((f) => f.rule === "SAKIP-CAPAIAN-001");
  expect(cap?.cell).toBe("E2");
  expect(cap?.fix).toEqual({ cell: "E2", value: 1.0692, numberFormat: "0.00%", formula: { sakip: "=SAKIP.CAPAIAN(C2,D2)", plain: '=IFERROR(D2/C2,"")' } });
  const total = validateWorkbook(await caseWorkbook("totals/total-sum-fires")).findings.find((f) => f.rule === "SAKIP-TOTAL-001" && f.fix?.formula);
  expect(total?.fix?.formula?.plain).toMatch(/^=SUM\([A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+(:[A-Z]+\d+)?)*\)$/);
});
