// The Office.js adapter against the project's fake Excel (test/support/fake-excel, strict loads): what it reads, how
// many context.sync calls it needs, that no request passes 5 MB, that marks come off exactly, that the report never
// replaces a sheet and never writes a formula.
import { CELL_BUDGET, MARKS_KEY, OfficeAdapter, planBatches } from "../../src/excel/office-adapter";
import { CancelledError, PortError } from "../../src/port";
import type { Finding } from "../../src/core/findings/finding";
import { NO_FILL, PAYLOAD_LIMIT, StrictFakeExcel, cellKey as key, type CellInput, type FakeSheet } from "../support/fake-excel";

type Row = Array<CellInput | number | string | boolean | null>;
/** A fake Excel holding these sheets (name, rows from A1, options), at ExcelApi `api`. */
function fakeExcel(sheets: Array<[string, Row[], Partial<FakeSheet>?]>, api = "1.17") {
  const xl = new StrictFakeExcel({ api, documentName: "PK 2022.xlsx" });
  for (const [name, rows, opts] of sheets) xl.addRows(name, rows, opts);
  return xl;
}
const sheet = (name: string, rows: Row[], opts: Partial<FakeSheet> = {}): [string, Row[], Partial<FakeSheet>] => [name, rows, opts];

function finding(sheetName: string, cell: string, severity: Finding["severity"] = "error", extra: Partial<Finding> = {}): Finding {
  return {
    rule: "SAKIP-TOTAL-001",
    severity,
    sheet: sheetName,
    cell,
    related: [],
    message: `Jumlah di ${cell} tidak sama dengan rinciannya`,
    messageEn: `The total at ${cell} differs from its items`,
    expected: "Rp 1.672.255.000",
    actual: "Rp 1.672.250.000",
    difference: 5000,
    suggestion: null,
    suggestionEn: null,
    fingerprint: `fp-${sheetName}-${cell}`,
    ...extra,
  };
}

const pk = () =>
  sheet(
    "PK 2022",
    [
      ["No", "Sasaran", "Anggaran"],
      [1, "Meningkatnya kualitas ASN", { value: 1672255000, numberFormat: "#,##0" }],
      [2, "Tertib administrasi", { value: 250000000, numberFormat: "#,##0" }],
      [null, "Jumlah", { value: 1922255000, numberFormat: "#,##0", formula: "=SUM(C2:C3)" }],
      [null, { value: 44926, numberFormat: "dd/mm/yyyy" }, { value: "#DIV/0!", valueType: "Error" }],
      [null, true, { value: 0.9533, numberFormat: "0.00%" }],
    ],
    { merges: ["A1:A2"] },
  );

describe("readSnapshot", () => {
  test("a small workbook: three syncs, every cell as the engine expects it", async () => {
    const xl = fakeExcel([pk(), sheet("Kosong", []), sheet("Rahasia", [["x"]], { visibility: "VeryHidden" })]);
    const adapter = new OfficeAdapter(xl.host());
    const progress: string[] = [];
    const wb = await adapter.readSnapshot((p) => progress.push(`${p.sheetsDone}/${p.sheetsTotal} ${p.sheet}`));
    expect(xl.syncs).toBe(3);
    expect(adapter.lastReadSyncs).toBe(3);
    expect(progress).toEqual(["1/3 Kosong", "2/3 PK 2022", "3/3 Rahasia"]);
    expect(wb.name).toBe("PK 2022.xlsx");
    const [s, empty, hidden] = wb.sheets;
    expect(empty).toEqual({ name: "Kosong", visibility: "visible", rowCount: 0, colCount: 0, cells: [], merges: [] });
    expect(hidden.visibility).toBe("veryHidden");
    expect(s.rowCount).toBe(6);
    expect(s.colCount).toBe(3);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    const at = (r: number, c: number) => s.cells.find((x) => x.row === r && x.col === c);
    expect(at(1, 2)).toEqual({ row: 1, col: 2, value: 1672255000, type: "number", numberFormat: "#,##0", text: "1.672.255.000" });
    expect(at(3, 2)?.formula).toBe("=SUM(C2:C3)");
    expect(at(4, 1)).toMatchObject({ value: "2022-12-31", type: "date" });
    expect(at(4, 2)).toMatchObject({ value: "#DIV/0!", type: "error" });
    expect(at(5, 1)).toMatchObject({ value: true, type: "boolean" });
    expect(at(5, 2)).toMatchObject({ value: 0.9533, type: "number", text: "95,33%" });
    expect(at(0, 0)).toMatchObject({ value: "No", type: "string", text: "No" });
    // Non-empty cells only, sorted.
    expect(s.cells.length).toBe(15);
    expect(s.cells.map((c) => c.row * 100 + c.col)).toEqual([...s.cells.map((c) => c.row * 100 + c.col)].sort((a, b) => a - b));
    // Reading changes nothing.
    expect(xl.fills()).toBe(fakeExcel([pk(), sheet("Kosong", []), sheet("Rahasia", [["x"]])]).fills());
  });

  test("indent, bold and fill of the label columns' text cells come in the same syncs (ExcelApi 1.9), none before", async () => {
    const fill = (color: string) => ({ ...NO_FILL, color, pattern: "Solid" });
    const rows: Row[] = [
      ["No", "Uraian", "Anggaran", null, null, null, null, null, null, "Catatan"],
      [1, { value: "Pelayanan Administrasi", bold: true, fill: fill("#D9E1F2") }, { value: 150, bold: true }, null, null, null, null, null, null, { value: "tebal", bold: true }],
      [2, { value: "Penyediaan Jasa Surat", indent: 1 }, 100],
      [3, { value: "Pemeliharaan Gedung", indent: 1, fill: fill("#FFFFFF") }, 50],
    ];
    const xl = fakeExcel([sheet("Renja", rows)]);
    const s = (await new OfficeAdapter(xl.host()).readSnapshot()).sheets[0];
    expect(xl.syncs).toBe(3);
    const at = (r: number, c: number) => {
      const x = s.cells.find((y) => y.row === r && y.col === c)!;
      return { indent: x.indent, bold: x.bold, fill: x.fill };
    };
    expect(at(1, 1)).toEqual({ indent: undefined, bold: true, fill: "#D9E1F2" });
    expect(at(2, 1)).toEqual({ indent: 1, bold: undefined, fill: undefined });
    expect(at(3, 1)).toEqual({ indent: 1, bold: undefined, fill: undefined }); // white reads as no fill
    expect(at(1, 2)).toEqual({ indent: undefined, bold: undefined, fill: undefined }); // a number: not a label
    expect(at(1, 9)).toEqual({ indent: undefined, bold: undefined, fill: undefined }); // beyond the label columns

    const old = fakeExcel([sheet("Renja", rows)], "1.8");
    const o = (await new OfficeAdapter(old.host()).readSnapshot()).sheets[0];
    expect(old.syncs).toBe(3);
    expect(o.cells.some((c) => c.bold || c.indent || c.fill)).toBe(false);
    expect(o.cells.find((c) => c.row === 2 && c.col === 1)?.value).toBe("Penyediaan Jasa Surat");
  });

  test("the number of syncs does not grow with cells below one request, and grows by requests of <= 5 MB above", async () => {
    const grid = (rows: number, cols: number) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 0 ? `Baris ${r}` : r * 1000 + c)));
    const tiny = fakeExcel([sheet("A", grid(2, 3))]);
    await new OfficeAdapter(tiny.host()).readSnapshot();
    const fuller = fakeExcel([sheet("A", grid(390, 50)), sheet("B", grid(10, 10))]);
    const w1 = await new OfficeAdapter(fuller.host()).readSnapshot();
    expect(tiny.syncs).toBe(3);
    expect(fuller.syncs).toBe(3);
    expect(w1.sheets[0].cells.length).toBe(390 * 50);

    // 3 sheets x 1.000 rows x 100 columns = 300.000 cells.
    const big = fakeExcel([sheet("S1", grid(1000, 100)), sheet("S2", grid(1000, 100)), sheet("S3", grid(1000, 100))]);
    const adapter = new OfficeAdapter(big.host());
    const wb = await adapter.readSnapshot();
    const batches = planBatches(wb.sheets.map(() => ({ top: 0, left: 0, bottom: 999, right: 99 })));
    expect(big.syncs).toBe(2 + batches.length);
    expect(big.syncs).toBe(11); // 2 + 9 requests of <= 40.000 cells
    expect(Math.max(...big.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.sheets.map((s) => s.cells.length)).toEqual([100000, 100000, 100000]);
    expect(wb.sheets[2].cells[99999]).toMatchObject({ row: 999, col: 99, value: 999099 });
  });

  test("long texts: a request over 5 MB is halved until it fits, and nothing is lost", async () => {
    const long = "x".repeat(3000);
    const rows = Array.from({ length: 4000 }, (_, r) => [r, `${long}${r}`]);
    const xl = fakeExcel([sheet("Panjang", rows)]);
    const wb = await new OfficeAdapter(xl.host()).readSnapshot();
    expect(wb.sheets[0].cells.length).toBe(8000);
    expect(wb.sheets[0].cells[7999].value).toBe(`${long}3999`);
    const answered = xl.meter.requests.filter((r) => !r.refused);
    expect(Math.max(...answered.map((r) => r.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
    expect(xl.refused.length).toBeGreaterThan(0); // the first attempt was refused by the 5 MB limit
    expect(xl.syncs).toBe(3 + 2 * xl.refused.length); // each refusal costs one request and splits it in two
  });

  test("cancel: rejects with CancelledError at the next sync and writes nothing", async () => {
    const xl = fakeExcel([pk(), sheet("B", [[1]])]);
    const before = xl.fills();
    const ac = new AbortController();
    const p = new OfficeAdapter(xl.host()).readSnapshot(() => ac.abort(), ac.signal);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    expect(xl.fills()).toBe(before);
  });

  test("a workbook beyond the limit gets a clear message instead of a frozen Excel", async () => {
    const xl = fakeExcel([sheet("Besar", [[1]])]);
    xl.sheets[0].cells.set(key(1_048_575, 1), { value: 1, numberFormat: "General", fill: { ...NO_FILL } }); // used range A1:B1048576, 2 million cells
    const err = await new OfficeAdapter(xl.host()).readSnapshot().catch((e) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err.said.id).toMatch(/terlalu besar/);
    expect(xl.syncs).toBe(2);
  });
});

describe("highlight and clearHighlight", () => {
  const build = () => {
    const xl = new StrictFakeExcel({ api: "1.17" });
    xl.addSheet("PK", {
      A1: { value: "a" },
      C2: { value: 1 }, // no fill at all
      C3: { value: 2, fill: { ...NO_FILL, color: "#92D050", pattern: "Solid", tintAndShade: 0.4 } },
      C4: { value: 3, fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#0070C0", tintAndShade: 0, patternTintAndShade: -0.25 } },
      B5: { value: "grad", fill: { ...NO_FILL, color: "#FFFFFF", pattern: "LinearGradient" } },
    });
    xl.addSheet("Terkunci", { A1: { value: 1 } }, { protected: true });
    return xl;
  };

  test("round trip: every fill (none, solid with tint, pattern) comes back exactly; gradients and protected sheets are left alone", async () => {
    const xl = build();
    const adapter = new OfficeAdapter(xl.host());
    const before = xl.fills();
    const fillsAtSave: string[] = [];
    xl.onSettingsSave = () => fillsAtSave.push(xl.fills());
    const r = await adapter.highlight([
      finding("PK", "C2"),
      finding("PK", "C3", "warning"),
      finding("PK", "C4", "info"),
      finding("PK", "C3", "error"), // same cell twice: the stronger colour
      finding("PK", "B5"),
      finding("Terkunci", "A1"),
      finding("Hilang", "A1"), // sheet deleted since validation
    ]);
    expect(r).toEqual({ painted: 3, skipped: 3 });
    expect(xl.syncs).toBe(3);
    const s = xl.sheets[0];
    expect(s.cells.get(key(1, 2))!.fill!.color).toBe("#FFC7CE");
    expect(s.cells.get(key(2, 2))!.fill!.color).toBe("#FFC7CE");
    expect(s.cells.get(key(3, 2))!.fill!.color).toBe("#DDEBF7");
    expect(s.cells.get(key(4, 1))!.fill!.pattern).toBe("LinearGradient");
    // The originals were stored with the workbook before the first cell was painted.
    expect(fillsAtSave[0]).toBe(before);
    expect(await adapter.hasHighlight()).toBe(true);

    // Marking again, over a range that covers painted cells, does not save our own paint as an original.
    expect(await adapter.highlight([finding("PK", "C2:C4", "warning")])).toEqual({ painted: 0, skipped: 0 });
    const restored = await adapter.clearHighlight();
    expect(restored).toBe(3);
    expect(xl.fills()).toBe(before);
    expect(await adapter.hasHighlight()).toBe(false);
    expect(xl.settingsStore.has(MARKS_KEY)).toBe(false);
  });

  test("after a rename the marks still come off; a fill the user chose since is kept", async () => {
    const xl = build();
    const before = xl.fills();
    const adapter = new OfficeAdapter(xl.host());
    await adapter.highlight([finding("PK", "C2"), finding("PK", "C3")]);
    xl.sheets[0].name = "PK Kepala Dinas";
    const green = { ...NO_FILL, color: "#00B050", pattern: "Solid" };
    xl.sheets[0].cells.get(key(2, 2))!.fill = { ...green }; // the user paints C3 green by hand
    expect(await adapter.clearHighlight()).toBe(1);
    expect(xl.sheets[0].cells.get(key(1, 2))!.fill).toEqual(NO_FILL);
    expect(xl.sheets[0].cells.get(key(2, 2))!.fill).toEqual(green);
    xl.sheets[0].cells.get(key(2, 2))!.fill = { ...NO_FILL, color: "#92D050", pattern: "Solid", tintAndShade: 0.4 };
    xl.sheets[0].name = "PK";
    expect(xl.fills()).toBe(before);
  });

  test("a fresh adapter (pane reloaded) still removes the marks from the document settings", async () => {
    const xl = build();
    const before = xl.fills();
    await new OfficeAdapter(xl.host()).highlight([finding("PK", "C3"), finding("PK", "C2:C4")]);
    expect(xl.fills()).not.toBe(before);
    const again = new OfficeAdapter(xl.host());
    expect(await again.hasHighlight()).toBe(true);
    await again.clearHighlight();
    expect(xl.fills()).toBe(before);
  });

  test("below ExcelApi 1.9: highlight is unavailable, says why, and touches nothing", async () => {
    const xl = fakeExcel([sheet("PK", [[1]])], "1.7");
    const adapter = new OfficeAdapter(xl.host());
    const caps = adapter.capabilities();
    expect(caps.highlight.ok).toBe(false);
    expect(caps.highlight.reason!.id).toMatch(/ExcelApi 1\.9/);
    expect(caps.watch.ok).toBe(false);
    expect(caps.merges.ok).toBe(false);
    expect(caps.reportLinks.ok).toBe(true);
    await expect(adapter.highlight([finding("PK", "A1")])).rejects.toBeInstanceOf(PortError);
    expect(xl.syncs).toBe(0);
    // Reading still works on 1.7 (no merges).
    const wb = await adapter.readSnapshot();
    expect(wb.sheets[0].cells[0].value).toBe(1);
  });
});

describe("writeReport", () => {
  test("a new sheet next to an existing report, rows in sheet order, text that can never become a formula, links to the cells", async () => {
    const xl = fakeExcel([pk(), sheet("Laporan Validasi", [["laporan lama"]])]);
    const untouched = JSON.stringify([...xl.sheets[1].cells]);
    const userSheet = JSON.stringify([...xl.sheets[0].cells]);
    const name = await new OfficeAdapter(xl.host()).writeReport(
      [
        finding("PK 2022", "C4", "error", { message: "=HYPERLINK(\"http://x\")", actual: "+62 812", suggestion: "@SUM(A1)" }),
        finding("PK 2022", "C2", "warning", { expected: "-5", difference: null }),
      ],
      { workbookName: "PK 2022.xlsx", language: "id", generatedAt: new Date("2026-11-27T21:00:00Z") },
    );
    expect(name).toBe("Laporan Validasi (2)");
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK 2022", "Laporan Validasi", "Laporan Validasi (2)"]);
    expect(JSON.stringify([...xl.sheets[1].cells])).toBe(untouched);
    const at = (a1: string) => xl.at(name, a1);
    expect(at("A1")!.value).toBe("Laporan Validasi");
    expect(at("A2")!.value).toBe("Workbook: PK 2022.xlsx");
    expect(at("A3")!.value).toBe("Dibuat: 2026-11-27 21:00 UTC");
    expect(at("A4")!.value).toBe("Temuan: 2");
    expect([at("A6"), at("F6"), at("I6")].map((c) => c!.value)).toEqual(["No", "Pesan", "Selisih"]);
    // No cell of the report is a formula, whatever the findings said.
    expect([...xl.sheet(name).cells.values()].filter((c) => c.formula)).toEqual([]);
    // C2 comes before C4.
    expect(at("E7")!.value).toBe("C2");
    expect(at("G7")!.value).toBe("'-5");
    expect(at("F8")!.value).toBe("'=HYPERLINK(\"http://x\")");
    expect(at("F8")!.numberFormat).toBe("@");
    expect(at("H8")!.value).toBe("'+62 812");
    expect(at("J8")!.value).toBe("'@SUM(A1)");
    // Expected 1.672.255.000, written 5.000 less: the difference says which way.
    expect(at("I8")!.value).toBe("Rp 5.000 lebih rendah");
    expect(at("E8")!.hyperlink).toEqual({ documentReference: "'PK 2022'!C4", textToDisplay: "C4", screenTip: "Buka 'PK 2022'!C4" });
    // The user's sheet is unchanged.
    expect(JSON.stringify([...xl.sheets[0].cells])).toBe(userSheet);
    expect(xl.syncs).toBe(2);
  });

  test("in English: English labels, figures and wording; no Indonesian suggestion", async () => {
    const xl = fakeExcel([pk()]);
    const name = await new OfficeAdapter(xl.host()).writeReport(
      [finding("PK 2022", "C4", "error", { suggestion: "Periksa rumus JUMLAH." }), finding("PK 2022", "C3", "warning")],
      { workbookName: "PK 2022.xlsx", language: "en", generatedAt: new Date("2026-11-27T21:00:00Z") },
    );
    expect(name).toBe("Laporan Validasi");
    const row = (r: number) => ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((c) => xl.at(name, `${c}${r}`)?.value ?? "");
    expect(row(6)).toEqual(["No", "Severity", "Rule", "Sheet", "Cell", "Message", "Expected", "Found", "Difference", "Suggestion"]);
    expect(row(8)).toEqual([2, "Error", "SAKIP-TOTAL-001", "PK 2022", "C4", "The total at C4 differs from its items", "Rp 1,672,255,000", "Rp 1,672,250,000", "Rp 5,000 too low", ""]);
    expect(xl.at(name, "A4")!.value).toBe("Findings: 2");
  });
});

describe("settings and selection", () => {
  test("settings and ignored fingerprints travel in the document settings", async () => {
    const xl = fakeExcel([pk()]);
    const a = new OfficeAdapter(xl.host());
    expect(await a.loadSettings()).toEqual({ validation: {}, autoValidate: false });
    await a.saveSettings({ validation: { moneyTolerance: 1000, disabledRules: ["SAKIP-NIP-001"] }, autoValidate: true });
    await a.saveIgnored(["fp1", "fp2", "fp1"]);
    const b = new OfficeAdapter(xl.host());
    expect(await b.loadSettings()).toEqual({ validation: { moneyTolerance: 1000, disabledRules: ["SAKIP-NIP-001"] }, autoValidate: true });
    expect(await b.loadIgnored()).toEqual(["fp1", "fp2"]);
  });

  test("selectCell activates the sheet and selects the cell with its related cells on that sheet", async () => {
    const xl = fakeExcel([pk(), sheet("Lain", [[1]])]);
    const a = new OfficeAdapter(xl.host());
    await a.selectCell("PK 2022", "C4", [
      { sheet: "PK 2022", cell: "C2:C3" },
      { sheet: "Lain", cell: "A1" },
    ]);
    expect(xl.activated).toEqual(["PK 2022"]);
    expect(xl.selected).toEqual(["PK 2022!C4,C2:C3"]);
    // Below 1.9 (no multi-area selection): the finding's own cell only.
    const oldXl = fakeExcel([pk()], "1.7");
    await new OfficeAdapter(oldXl.host()).selectCell("PK 2022", "C4", [{ sheet: "PK 2022", cell: "C2" }]);
    expect(oldXl.selected).toEqual(["PK 2022!C4"]);
  });

  test("a hidden or vanished sheet gets a message that says so", async () => {
    const xl = fakeExcel([pk(), sheet("Rahasia", [[1]], { visibility: "Hidden" })]);
    const a = new OfficeAdapter(xl.host());
    const hidden = await a.selectCell("Rahasia", "A1").catch((e) => e);
    expect(hidden).toBeInstanceOf(PortError);
    expect(hidden.said.id).toBe('Sheet "Rahasia" tersembunyi. Tampilkan dulu (klik kanan tab sheet > Unhide) untuk membuka sel A1.');
    const gone = await a.selectCell("Dihapus", "A1").catch((e) => e);
    expect(gone.said.id).toBe('Sheet "Dihapus" tidak ditemukan; validasi ulang workbook.');
    expect(xl.activated).toEqual([]);
  });

  test("re-validation on change: debounced, the add-in's own writes ignored (ExcelApi 1.14), unsubscribe stops it", async () => {
    const xl = fakeExcel([pk()]);
    const a = new OfficeAdapter(xl.host());
    let calls = 0;
    const off = await a.onChanged!(() => calls++, 20);
    expect(xl.changeHandlers).toHaveLength(1);
    const fire = (triggerSource: string) => xl.changeHandlers[0]({ triggerSource });
    fire("ThisLocalAddin");
    fire("Unknown");
    fire("Unknown");
    fire("Unknown");
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1);
    off();
    expect(xl.changeHandlers).toHaveLength(0);
    await expect(new OfficeAdapter(fakeExcel([pk()], "1.7").host()).onChanged!(() => undefined)).rejects.toBeInstanceOf(PortError);
  });

  test("row blocks never exceed the cell budget, even for a 5.000-column row", () => {
    const b = planBatches([{ top: 0, left: 0, bottom: 9, right: 4999 }, null, { top: 3, left: 2, bottom: 3, right: 2 }]);
    for (const batch of b) expect(batch.reduce((n, x) => n + x.rows * x.cols, 0)).toBeLessThanOrEqual(CELL_BUDGET);
    expect(b.flat().reduce((n, x) => n + x.rows * x.cols, 0)).toBe(50001);
  });
});
