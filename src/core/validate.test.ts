import { validateWorkbook, fingerprint, fillTemplate, RULE_FAILURE_CODE } from "./validate";
import type { Rule } from "./rules/rule";
import { sheetFromRows, workbook } from "./tables/fixtures";

const wb = workbook("t.xlsx",
  sheetFromRows("A", [["NO", "KEGIATAN", "ANGGARAN"], ["1", "X", 5], ["JUMLAH", null, 5]]),
  sheetFromRows("B", [["x"]]));

const reporting: Rule = {
  code: "TEST-001",
  title: { id: "uji", en: "test" },
  severity: "warning",
  messages: { default: { id: "Butir {item} bernilai {n}", en: "Item {item} is {n}", suggestion: "Periksa {item}" }, other: { id: "lain {item}", en: "other {item}" } },
  run: () => [
    { sheet: "B", cell: "A1", params: { item: "b", n: 1 }, key: "b" },
    { sheet: "A", cell: "C3", params: { item: "a", n: 2 }, key: "a", severity: "error", variant: "other" },
    { sheet: "A", cell: "B2", params: { item: "a2", n: 3 }, key: "a2" },
    { sheet: "A", cell: "B2", params: { item: "a2", n: 3 }, key: "a2" },
  ],
};
const failing: Rule = { ...reporting, code: "TEST-002", run: () => { throw new Error("boom"); } };

test("fills templates, defaults severity, sorts by sheet/row/col, dedupes, and survives a failing rule", () => {
  const r = validateWorkbook(wb, {}, undefined, [failing, reporting]);
  expect(r.sheetCount).toBe(2);
  expect(r.tableCount).toBe(1);
  expect(r.rulesRun).toEqual(["TEST-002", "TEST-001"]);
  const f = r.findings.filter((x) => x.rule === "TEST-001");
  expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["A!B2", "A!C3", "B!A1"]);
  expect(f[0]).toMatchObject({ severity: "warning", message: "Butir a2 bernilai 3", messageEn: "Item a2 is 3", suggestion: "Periksa a2", related: [], expected: null });
  expect(f[1]).toMatchObject({ severity: "error", message: "lain a", suggestion: null });
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
