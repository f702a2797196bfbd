import { validateWorkbook, fingerprint, fillTemplate, RULE_FAILURE_CODE } from "./validate";
import type { Rule } from "./rules/rule";
import { sheetFromRows, workbook } from "../../test/support/fixtures";

const wb = workbook("t.xlsx",
  sheetFromRows("A", [["NO", "KEGIATAN", "ANGGARAN"], ["1", "X", 5], ["JUMLAH", null, 5]]),
  sheetFromRows("B", [["x"]]));

const help = { checks: { id: "-", en: "-" }, why: { id: "-", en: "-" }, fix: { id: "-", en: "-" }, regulation: { id: "-", en: "-" } };
const reporting: Rule = {
  code: "TEST-001",
  slug: "test-reporting",
  family: "totals",
  title: { id: "uji", en: "test" },
  severity: "warning",
  help,
  messages: { default: { id: "Butir {item} bernilai {n}", en: "Item {item} is {n}", suggestion: { id: "Periksa {item}", en: "Check {item}" } }, other: { id: "lain {item}", en: "other {item}" } },
  checkWorkbook: () => [
    { sheet: "B", cell: "A1", params: { item: "b", n: 1 }, key: "b" },
    { sheet: "A", cell: "C3", params: { item: "a", n: 2 }, key: "a", severity: "error", variant: "other" },
    { sheet: "A", cell: "B2", params: { item: "a2", n: 3 }, key: "a2" },
    { sheet: "A", cell: "B2", params: { item: "a2", n: 3 }, key: "a2" },
  ],
};
const failing: Rule = { ...reporting, code: "TEST-002", checkWorkbook: () => { throw new Error("boom"); } };

test("fills templates, defaults severity, sorts by sheet/row/col, dedupes, and survives a failing rule", () => {
  const r = validateWorkbook(wb, {}, undefined, [failing, reporting]);
  expect(r.sheetCount).toBe(2);
  expect(r.tableCount).toBe(1);
  expect(r.rulesRun).toEqual(["TEST-002", "TEST-001"]);
  const f = r.findings.filter((x) => x.rule === "TEST-001");
  expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["A!B2", "A!C3", "B!A1"]);
  expect(f[0]).toMatchObject({ severity: "warning", message: "Butir a2 bernilai 3", messageEn: "Item a2 is 3", suggestion: "Periksa a2", suggestionEn: "Check a2", related: [], expected: null });
  expect(f[1]).toMatchObject({ severity: "error", message: "lain a", suggestion: null, suggestionEn: null });
  const fail = r.findings.find((x) => x.rule === RULE_FAILURE_CODE)!;
  expect(fail.severity).toBe("info");
  expect(fail.message).toContain("TEST-002");
});

test("disabled rules do not run; progress reaches the total", () => {
  const calls: Array<[number, number]> = [];
  const r = validateWorkbook(wb, { disabledRules: ["TEST-002"] }, (d, t) => calls.push([d, t]), [failing, reporting]);
  expect(r.rulesRun).toEqual(["TEST-001"]);
  expect(r.findings.some((x) => x.rule === RULE_FAILURE_CODE)).toBe(false);
  expect(calls[calls.length - 1]).toEqual([2, 2]);
});

test("fingerprint depends on rule, sheet and content key only", () => {
  expect(fingerprint("R", "S", "k")).toBe(fingerprint("R", "S", "k"));
  expect(fingerprint("R", "S", "k")).not.toBe(fingerprint("R", "S", "k2"));
  expect(fingerprint("R", "S", "k")).not.toBe(fingerprint("R", "S2", "k"));
  expect(fingerprint("R", "S", "k")).toMatch(/^[0-9a-f]{16}$/);
  expect(fillTemplate("{a} {b}", { a: 1 })).toBe("1 {b}");
});

test("the real catalogue runs on an empty workbook without findings", () => {
  const r = validateWorkbook(workbook("e", sheetFromRows("E", [])));
  expect(r.findings).toEqual([]);
});

import * as fc from "fast-check";
import type { Cell, SheetSnapshot } from "./workbook/snapshot";

const WORDS = ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET", "JUMLAH", "TOTAL",
  "REALISASI", "PAGU", "% CAPAIAN", "Rp 1.000.000,00", "Rp 750.000,00,00", "1000 SK", "N/A", "PIHAK PERTAMA", "PIHAK KEDUA", "Nama",
  "Jabatan", "NIP", "19661019 198703 1 008", "Program Kepegawaian Daerah", "5.04.01.2.01.0001", "(1)", "(2)", "%", "UNSUR", "NRR", "ASPEK", "BOBOT"];

const cellArb = fc.record({
  row: fc.nat(30), col: fc.nat(8),
  v: fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -5, max: 5_000_000_000 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.string({ maxLength: 12 })),
});
const sheetArb = fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), cells: fc.array(cellArb, { maxLength: 120 }),
  merges: fc.array(fc.record({ top: fc.nat(30), left: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }) });

test("never throws on arbitrary sheets; findings sorted, unique fingerprints per rule, messages filled", () => {
  fc.assert(fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), (raw) => {
    const sheets: SheetSnapshot[] = raw.map((r, i) => {
      const seen = new Map<string, Cell>();
      for (const c of r.cells) seen.set(`${c.row}:${c.col}`, { row: c.row, col: c.col, value: c.v, type: typeof c.v === "number" ? "number" : "string" });
      const cells = [...seen.values()].sort((a, b) => a.row - b.row || a.col - b.col);
      return { name: `${r.name}#${i}`, visibility: "visible", rowCount: 32, colCount: 10, cells,
        merges: r.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })) };
    });
    const res = validateWorkbook({ name: "fuzz", sheets });
    const fps = new Set<string>();
    for (const f of res.findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      if (f.rule === "SAKIP-ENGINE-001") throw new Error(f.message);
      expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      const k = f.rule + f.fingerprint;
      expect(fps.has(k)).toBe(false);
      fps.add(k);
    }
  }), { numRuns: 150 });
});

test("fingerprints survive inserted rows (real rules)", () => {
  const rows = (pad: number) => [
    ...Array.from({ length: pad }, () => [] as (string | number | null)[]),
    ["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."],
    ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
    ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
    ["JUMLAH", null, 20000000],
  ];
  const other = sheetFromRows("B", [["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"], ["1", "Evaluasi Kinerja Perangkat Daerah", 16000000, 17000000]]);
  const a = validateWorkbook(workbook("a", sheetFromRows("A", rows(0)), other)).findings.filter((f) => f.rule.startsWith("SAKIP-TOTAL") || f.rule.startsWith("SAKIP-CONFLICT") || f.rule.startsWith("SAKIP-BUDGET"));
  const b = validateWorkbook(workbook("b", sheetFromRows("A", rows(3)), other)).findings.filter((f) => f.rule.startsWith("SAKIP-TOTAL") || f.rule.startsWith("SAKIP-CONFLICT") || f.rule.startsWith("SAKIP-BUDGET"));
  expect(a.map((f) => f.rule).sort()).toEqual(["SAKIP-BUDGET-001", "SAKIP-CONFLICT-001", "SAKIP-TOTAL-001"]);
  expect(b.map((f) => f.fingerprint).sort()).toEqual(a.map((f) => f.fingerprint).sort());
  expect(b.find((f) => f.rule === "SAKIP-TOTAL-001")!.cell).toBe("C7");
  expect(a.find((f) => f.rule === "SAKIP-TOTAL-001")!.cell).toBe("C4");
});
