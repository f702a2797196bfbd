// Fixes through the Office adapter on the journalling fake Excel: nothing changes unless asked, the journal is saved
// with the workbook before any cell changes, and undo after a reload gives back identical cells (value, formula,
// number format), in a constant number of syncs.
import { FIXES_KEY, OfficeAdapter } from "../../src/excel/office-adapter";
import { changesFor, type FixChange } from "../../src/port";
import type { Finding } from "../../src/core/findings/finding";
import { NO_FILL, StrictFakeExcel } from "../support/fake-excel";

function workbook(): StrictFakeExcel {
  const x = new StrictFakeExcel();
  x.addSheet("Pengukuran", {
    A4: { value: "Indikator" }, D4: { value: "Target" }, E4: { value: "Realisasi" }, F4: { value: "Capaian" },
    A5: { value: "Indeks Kepuasan" }, D5: { value: 260 }, E5: { value: 278 }, F5: { value: 0.9533, numberFormat: "0.00%", fill: { ...NO_FILL, color: "#FFFF00", pattern: "Solid" } },
    A6: { value: "Persentase ASN" }, D6: { value: 21.44 }, E6: { value: 19.38 }, F6: { value: 0.9039, numberFormat: "0.00%" },
  });
  x.addSheet("PK", {
    C10: { value: 1000000, numberFormat: "#,##0" }, C11: { value: 2000000, numberFormat: "#,##0" },
    C12: { value: 3500000, numberFormat: "#,##0" }, // typed total, should be 3.000.000
    C13: { value: 5 }, // no format: a fix's format applies
  });
  x.addSheet("Terkunci", { A1: { value: 1 } }, { protected: true });
  return x;
}

function finding(sheet: string, cell: string, fix: Finding["fix"], rule = "SAKIP-CAPAIAN-001"): Finding {
  return {
    rule, severity: "error", sheet, cell, related: [], message: "m", messageEn: "m", expected: null, actual: null, difference: null, suggestion: null, suggestionEn: null,
    fingerprint: `fp-${sheet}-${cell}`, fix,
  };
}

const capaian = finding("Pengukuran", "F5", { cell: "F5", value: 278 / 260, formula: { sakip: "=SAKIP.CAPAIAN(D5,E5)", plain: '=IFERROR(E5/D5,"")' } });
const total = finding("PK", "C12", { cell: "C12", value: 3000000, formula: { sakip: "=SUM(C10:C11)", plain: "=SUM(C10:C11)" } }, "SAKIP-TOTAL-001");
const percent = finding("PK", "C13", { cell: "C13", value: 0.5, numberFormat: "0.00%" }, "SAKIP-SERAPAN-001");

test("nothing is written until asked: reading and proposing change no cell", async () => {
  const x = workbook();
  const before = x.state();
  await new OfficeAdapter(x.host()).readSnapshot();
  expect(changesFor([capaian, total], "value")).toHaveLength(2);
  expect(x.journal).toEqual([]);
  expect(x.state()).toEqual(before);
});

test("a value fix keeps the cell's number format and fill; undo after a reload restores it exactly", async () => {
  const x = workbook();
  const before = x.state();
  const savedStates: unknown[] = [];
  x.onSettingsSave = () => savedStates.push(x.state());
  const syncs0 = x.syncs;
  const batch = await new OfficeAdapter(x.host()).applyFixes(changesFor([capaian, total, percent], "value"));
  expect(x.syncs - syncs0).toBe(3);
  expect(batch.changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["Pengukuran!F5", "PK!C12", "PK!C13"]);
  expect(batch.changes[0].before).toEqual({ value: 0.9533, formula: null, numberFormat: "0.00%" });
  // The journal went into the document settings before any cell changed.
  expect(savedStates[0]).toEqual(before);
  expect(x.settingsStore.has(FIXES_KEY)).toBe(true);
  expect(x.at("Pengukuran", "F5")).toMatchObject({ value: 278 / 260, numberFormat: "0.00%", fill: { color: "#FFFF00" } });
  expect(x.at("PK", "C12")).toMatchObject({ value: 3000000, numberFormat: "#,##0" });
  // A cell with no format of its own takes the fix's, so 0.5 shows as 50,00%.
  expect(x.at("PK", "C13")).toMatchObject({ value: 0.5, numberFormat: "0.00%" });
  // Only the fixed cells were written.
  expect([...new Set(x.journal.map((w) => `${w.sheet}!${w.cell}`))].sort()).toEqual(["PK!C12", "PK!C13", "Pengukuran!F5"]);

  // The pane is reloaded: a new adapter finds the batch in the workbook and undoes it.
  const reloaded = new OfficeAdapter(x.host());
  expect((await reloaded.fixHistory()).map((b) => b.id)).toEqual([batch.id]);
  const syncs1 = x.syncs;
  expect(await reloaded.undoFixes()).toEqual({ restored: 3, kept: [] });
  expect(x.syncs - syncs1).toBe(3);
  expect(x.state()).toEqual(before);
  expect(await reloaded.fixHistory()).toEqual([]);
  expect(x.settingsStore.has(FIXES_KEY)).toBe(false);
});

test("Jadikan rumus: a plain Excel formula or the SAKIP function replaces a typed figure; undo brings the typed value back", async () => {
  const x = workbook();
  const before = x.state();
  const a = new OfficeAdapter(x.host());
  await a.applyFixes(changesFor([capaian], "plain"));
  expect(x.at("Pengukuran", "F5")!.formula).toBe('=IFERROR(E5/D5,"")');
  await a.applyFixes(changesFor([total], "sakip"));
  expect(x.at("PK", "C12")!.formula).toBe("=SUM(C10:C11)");
  // Two batches: undone last first.
  expect(await a.undoFixes()).toEqual({ restored: 1, kept: [] });
  expect(x.at("PK", "C12")!.formula).toBeUndefined();
  expect(await new OfficeAdapter(x.host()).undoFixes()).toEqual({ restored: 1, kept: [] });
  expect(x.state()).toEqual(before);
});

test("a formula that was there comes back as the formula, not its value", async () => {
  const x = workbook();
  x.sheet("PK").cells.get("11,2")!.formula = "=SUM(C10:C11)+500000";
  const before = x.state();
  const a = new OfficeAdapter(x.host());
  await a.applyFixes(changesFor([total], "value"));
  expect(x.at("PK", "C12")).toMatchObject({ value: 3000000 });
  expect(x.at("PK", "C12")!.formula).toBeUndefined();
  await a.undoFixes();
  expect(x.state()).toEqual(before);
});

test("a cell the user changed after the fix is theirs: undo leaves it and says so", async () => {
  const x = workbook();
  const a = new OfficeAdapter(x.host());
  await a.applyFixes(changesFor([capaian, total], "value"));
  x.type("PK", "C12", 3100000);
  const r = await a.undoFixes();
  expect(r).toEqual({ restored: 1, kept: [{ sheet: "PK", cell: "C12" }] });
  expect(x.at("PK", "C12")!.value).toBe(3100000);
  expect(x.at("Pengukuran", "F5")!.value).toBe(0.9533);
});

test("protected and missing sheets are skipped and listed; nothing else in the batch is lost", async () => {
  const x = workbook();
  const changes: FixChange[] = [
    ...changesFor([capaian], "value"),
    { sheet: "Terkunci", cell: "A1", rule: "R", fingerprint: "f1", mode: "value", value: 2 },
    { sheet: "Hilang", cell: "A1", rule: "R", fingerprint: "f2", mode: "value", value: 2 },
  ];
  const batch = await new OfficeAdapter(x.host()).applyFixes(changes);
  expect(batch.changes.map((c) => c.cell)).toEqual(["F5"]);
  expect(batch.skipped.map((s) => [s.sheet, s.reason.id])).toEqual([
    ["Terkunci", "Sheet terkunci: buka proteksinya dulu."],
    ["Hilang", "Sheet tidak ditemukan; validasi ulang workbook."],
  ]);
  expect(x.at("Terkunci", "A1")!.value).toBe(1);
});

test("a sheet renamed between fix and undo is found by its id", async () => {
  const x = workbook();
  const before = workbook();
  const a = new OfficeAdapter(x.host());
  await a.applyFixes(changesFor([total], "value"));
  x.renameSheet("PK", "PK 2026");
  before.renameSheet("PK", "PK 2026");
  expect((await a.undoFixes()).restored).toBe(1);
  expect(x.state()).toEqual(before.state());
});
