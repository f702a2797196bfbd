// No data loss through the Office.js adapter (src/excel/office-adapter.ts), against an in-memory Excel that queues
// writes until sync and journals every cell it changes (test/support/fake-excel):
// reading never writes; highlight + restore round-trips every fill exactly (none, solid, pattern, tint); the report
// goes to a NEW sheet and every text in it is inert; a cancelled or failed run leaves the workbook as it was.
import { OfficeAdapter, MARKS_KEY } from "../../src/excel/office-adapter";
import { CancelledError, PortError } from "../../src/excel/port";
import type { Finding, Severity } from "../../src/core/findings/finding";
import { StrictFakeExcel as FakeExcel, NO_FILL } from "../support/fake-excel";

function finding(sheet: string, cell: string, severity: Severity = "error", extra: Partial<Finding> = {}): Finding {
  return {
    rule: "SAKIP-TEST-001",
    severity,
    sheet,
    cell,
    related: [],
    message: "Jumlah tidak sama dengan rinciannya.",
    messageEn: "Total differs from its items.",
    expected: "Rp 8.111.671.250",
    actual: "Rp 8.111.671.251",
    difference: -1,
    suggestion: "Periksa rumus JUMLAH.",
    suggestionEn: "Check the JUMLAH formula.",
    fingerprint: `fp-${sheet}-${cell}`,
    ...extra,
  };
}

const ODD = "Rekap 'PK' & 📊 ميزانية";

/** A workbook with every kind of fill a planner uses, formulas, formats, merges, conditional formats, hidden and protected sheets. */
function workbook(): FakeExcel {
  const x = new FakeExcel();
  x.addSheet("PK Kepala", {
    A1: { value: "PROGRAM" },
    B1: { value: "ANGGARAN" },
    A2: { value: "Penyediaan Gaji" },
    B2: { value: 1672255000, numberFormat: "#,##0" },
    A3: { value: "Administrasi" },
    B3: { value: 197951250, numberFormat: "#,##0", fill: { ...NO_FILL, color: "#FFFF00", pattern: "Solid" } },
    A4: { value: "JUMLAH", bold: true },
    B4: { value: 1870206251, formula: "=SUM(B2:B3)+1", numberFormat: "#,##0", fill: { color: "#D9E1F2", pattern: "Gray50", patternColor: "#4472C4", tintAndShade: 0, patternTintAndShade: -0.25 } },
    C2: { value: "=bukan rumus", numberFormat: "@" },
    C3: { value: 0.5, numberFormat: "0%", fill: { ...NO_FILL, color: "#FFFFFF", pattern: "Solid" } }, // explicit white is not "no fill"
    C4: { value: "#DIV/0!", formula: "=B4/0", fill: { ...NO_FILL, color: "#70AD47", pattern: "Solid", tintAndShade: 0.4 } },
  }, { merges: ["A6:C7"], conditionalFormats: [{ type: "cellValue", range: "B2:B4", rule: { formula1: "=0", operator: "LessThan" }, format: { fill: "#FFC7CE" } }] });
  x.addSheet(ODD, { A1: { value: "TARGET" }, A2: { value: 278 }, B2: { value: "106,92%" } });
  x.addSheet("Tersembunyi", { A1: { value: 1 }, A2: { value: 2, fill: { ...NO_FILL, color: "#C00000", pattern: "Solid" } } }, { visibility: "VeryHidden" });
  x.addSheet("Terkunci", { A1: { value: "NIP" }, A2: { value: 198609262015051000 } }, { protected: true });
  return x;
}

describe("reading the workbook (readSnapshot)", () => {
  test("writes nothing and changes nothing; every sheet, hidden ones included, comes back", async () => {
    const x = workbook();
    const before = x.state();
    const snap = await new OfficeAdapter(x.host()).readSnapshot();
    expect(x.journal).toEqual([]);
    expect(x.state()).toEqual(before);
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["PK Kepala", "visible"],
      [ODD, "visible"],
      ["Tersembunyi", "veryHidden"],
      ["Terkunci", "visible"],
    ]);
    const b4 = snap.sheets[0].cells.find((c) => c.row === 3 && c.col === 1);
    expect(b4).toMatchObject({ value: 1870206251, formula: "=SUM(B2:B3)+1" });
    expect(snap.sheets[0].merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
  });

  test("cancelled after its first request: CancelledError, no write, workbook unchanged", async () => {
    const x = workbook();
    const before = x.state();
    const ctl = new AbortController();
    x.beforeSync = (n) => {
      if (n === 2) ctl.abort();
    };
    await expect(new OfficeAdapter(x.host()).readSnapshot(undefined, ctl.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(x.journal).toEqual([]);
    expect(x.state()).toEqual(before);
  });

  test("a workbook too big for Excel gets a clear Indonesian message before any cell is read", async () => {
    const x = new FakeExcel();
    x.addSheet("Besar", { A1: { value: "ANGGARAN" }, C1048576: { value: 1 } }); // used range A1:C1048576, 3 million cells
    x.addSheet("Lain", { A1: { value: 1 } });
    const err = await new OfficeAdapter(x.host()).readSnapshot().then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).said.id).toMatch(/terlalu besar/);
    expect(x.syncs).toBe(2); // sheets, used ranges: no cell request was sent
    expect(x.journal).toEqual([]);
  });
});

describe("highlight and restore", () => {
  const findings = [
    finding("PK Kepala", "B2"), // no fill
    finding("PK Kepala", "B3", "warning"), // solid yellow
    finding("PK Kepala", "B4"), // pattern with pattern colour and shade
    finding("PK Kepala", "C3", "info"), // explicit white solid
    finding("PK Kepala", "C4"), // tinted theme-like colour
    finding("PK Kepala", "A2:C3"), // a range over mixed fills
    finding(ODD, "B2"),
    finding("Tersembunyi", "A2"),
    finding("Terkunci", "A2"), // protected: must be skipped, not fail the batch
    finding("Hilang", "A1"), // a sheet that no longer exists
  ];

  test("paints only fills, only on the findings' cells", async () => {
    const x = workbook();
    const before = x.state() as any[];
    await new OfficeAdapter(x.host()).highlight(findings);
    const allowed = new Set<string>();
    for (const f of findings) {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(f.cell)!;
      const c0 = m[1].charCodeAt(0), c1 = (m[3] ?? m[1]).charCodeAt(0);
      for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++) for (let c = c0; c <= c1; c++) allowed.add(`${f.sheet}!${String.fromCharCode(c)}${r}`);
    }
    const offending = x.journal.filter((w) => w.what !== "fill" || !allowed.has(`${w.sheet}!${w.cell}`));
    expect(offending).toEqual([]);
    expect(x.journal.some((w) => w.sheet === "Terkunci")).toBe(false);
    // Values, formulas, number formats, merges and conditional formats are untouched.
    const strip = (st: any[]) => st.map((s) => ({ ...s, cells: s.cells.map(([k, c]: [string, any]) => [k, { ...c, fill: undefined }]).filter(([, c]: [string, any]) => c.value !== "") }));
    expect(strip(x.state() as any[])).toEqual(strip(before));
  });

  test("clear restores every fill exactly (none, solid, pattern, explicit white, tint), nothing else changes", async () => {
    const x = workbook();
    const before = x.state();
    const port = new OfficeAdapter(x.host());
    const res = await port.highlight(findings);
    expect(res.painted).toBeGreaterThan(0);
    expect(await port.hasHighlight()).toBe(true);
    await port.clearHighlight();
    expect(x.state()).toEqual(before);
    expect(await port.hasHighlight()).toBe(false);
  });

  test("after a reload (a new adapter on the same workbook) the marks are still restored exactly", async () => {
    const x = workbook();
    const before = x.state();
    await new OfficeAdapter(x.host()).highlight(findings);
    await new OfficeAdapter(x.host()).clearHighlight();
    expect(x.state()).toEqual(before);
  });

  test("two highlights that overlap (a cell, then a range around it) still restore the original fill", async () => {
    const x = workbook();
    const before = x.state();
    const port = new OfficeAdapter(x.host());
    await port.highlight([finding("PK Kepala", "B3", "warning")]);
    await port.highlight([finding("PK Kepala", "B2:B4")]);
    await port.clearHighlight();
    expect(x.state()).toEqual(before);
  });

  test("a sheet renamed between marking and clearing still gets its fills back", async () => {
    const x = workbook();
    const port = new OfficeAdapter(x.host());
    await port.highlight([finding("PK Kepala", "B3", "warning"), finding("PK Kepala", "B4")]);
    x.renameSheet("PK Kepala", "PK Kepala Dinas");
    const before = workbook();
    before.renameSheet("PK Kepala", "PK Kepala Dinas");
    await port.clearHighlight();
    expect(x.state()).toEqual(before.state());
  });

  test("a fill the user chose after marking is not undone by clearing", async () => {
    const x = workbook();
    const port = new OfficeAdapter(x.host());
    await port.highlight([finding("PK Kepala", "B2")]);
    const green = { color: "#00B050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
    x.sheet("PK Kepala").cells.get("1,1")!.fill = { ...green }; // the user paints B2 green by hand
    await port.clearHighlight();
    expect(x.sheet("PK Kepala").cells.get("1,1")!.fill).toEqual(green);
  });

  test("painting that fails half-way can still be undone exactly (originals saved first)", async () => {
    const x = workbook();
    const before = x.state();
    const host = x.host();
    // Let the reads through, then fail the request that paints.
    x.beforeSync = (n) => {
      if (n === 3) throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    };
    await expect(new OfficeAdapter(host).highlight(findings)).rejects.toThrow();
    x.beforeSync = undefined;
    expect(x.settingsStore.has(MARKS_KEY)).toBe(true);
    await new OfficeAdapter(host).clearHighlight();
    expect(x.state()).toEqual(before);
  });
});

describe("the report sheet", () => {
  const nasty = [
    finding("PK Kepala", "B4", "error", { message: "=HYPERLINK(\"http://example.invalid\";\"klik\")", expected: "=1+1", actual: "+62 812", suggestion: "@SUM(A1)" }),
    finding("=cmd|' /C calc'!A0", "A1", "warning", { message: "-2+3", expected: "'quoted", actual: "\t=tab", suggestion: "\n=newline" }),
    finding(ODD, "B2", "info", { message: "<script>alert(1)</script>", expected: "TRUE", actual: "1.000", difference: 1e21 }),
  ];

  test("goes to a NEW sheet (never replacing one, whatever the case), other sheets untouched", async () => {
    const x = workbook();
    x.addSheet("Laporan Validasi", { A1: { value: "catatan saya" } });
    x.addSheet("laporan validasi (2)", { A1: { value: "catatan lain" } });
    const before = x.state() as unknown[];
    const name = await new OfficeAdapter(x.host()).writeReport(nasty, { workbookName: "=uji.xlsx", language: "id", generatedAt: new Date(Date.UTC(2024, 0, 1)) });
    expect(name).toBe("Laporan Validasi (3)");
    expect(x.sheets.map((s) => s.name)).toEqual([...(before as any[]).map((s) => s.name), "Laporan Validasi (3)"]);
    expect((x.state() as unknown[]).slice(0, before.length)).toEqual(before);
    expect(x.journal.filter((w) => w.sheet !== name)).toEqual([]);
  });

  test("every text written is inert: no cell of the report can be taken as a formula", async () => {
    const x = workbook();
    const name = await new OfficeAdapter(x.host()).writeReport(nasty, { workbookName: "=uji.xlsx", language: "id", generatedAt: new Date(Date.UTC(2024, 0, 1)) });
    const sheet = x.sheets.find((s) => s.name === name)!;
    const live: string[] = [];
    for (const [k, c] of sheet.cells) {
      if (c.formula) live.push(`${k}: formula ${c.formula}`);
      if (typeof c.value === "string" && /^[=+\-@\t\r\n]/.test(c.value)) live.push(`${k}: ${JSON.stringify(c.value)} (${c.numberFormat})`);
    }
    expect(live).toEqual([]);
    // What the user reads still says what the finding said (after Excel's hidden apostrophe).
    const texts = [...sheet.cells.values()].map((c) => String(c.value).replace(/^'/, ""));
    expect(texts).toEqual(expect.arrayContaining(["=HYPERLINK(\"http://example.invalid\";\"klik\")", "=cmd|' /C calc'!A0", "-2+3", "<script>alert(1)</script>"]));
  });

  test("a finding with a non-finite difference does not make Excel reject the whole report", async () => {
    const x = workbook();
    const odd = [finding("PK Kepala", "B4", "error", { difference: Number.NaN }), finding("PK Kepala", "B3", "error", { difference: Infinity })];
    await expect(new OfficeAdapter(x.host()).writeReport(odd, { workbookName: "uji.xlsx", language: "id", generatedAt: new Date() })).resolves.toMatch(/^Laporan Validasi/);
  });
});

describe("request size (Excel on the web refuses a request over 5 MB)", () => {
  test("a report of 15.000 findings with ordinary messages goes through in requests under 5 MB", async () => {
    const x = workbook();
    const many = Array.from({ length: 15_000 }, (_, i) =>
      finding("PK Kepala", `C${i + 2}`, "error", {
        message: `Jumlah anggaran "Program Peningkatan Kapasitas Sumber Daya Aparatur ${i}" Rp 1.672.255.000 tidak sama dengan jumlah rinciannya Rp 1.672.255.001.`,
        suggestion: "Periksa rumus JUMLAH dan rincian Sub Kegiatan di bawahnya; perbaiki salah satunya.",
        fingerprint: `fp-${i}`,
      }),
    );
    const name = await new OfficeAdapter(x.host()).writeReport(many, { workbookName: "uji.xlsx", language: "id", generatedAt: new Date(Date.UTC(2024, 0, 1)) });
    expect(name).toBe("Laporan Validasi");
    const biggest = Math.max(...x.requestBytes);
    console.log(`report of 15.000 findings: largest request ${(biggest / 1048576).toFixed(2)} MB over ${x.requestBytes.length} syncs`);
    expect({ biggestMB: +(biggest / 1048576).toFixed(2), underLimit: biggest < 5 * 1024 * 1024 }).toMatchObject({ underLimit: true });
  });
});
