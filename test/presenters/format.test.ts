// One formatting module per language: what a reader sees for numbers, differences and counts, in Indonesian and in
// English, and the report sheet's rows that "Buat laporan" and the preview's export write.
import type { Finding } from "../../src/core/findings/finding";
import { finding } from "../support/finding";
import { countText, differenceText, localeOf, shownValue, signedExcessText, suggestionOf } from "../../src/presenters/format";
import { reportRows } from "../../src/presenters/report";
import { renderHtml, renderText } from "../../src/presenters";


// A total written Rp 5.000.000 too high: expected 3.195.000.000, written 3.200.000.000.
const tooHigh = finding({ expected: "Rp 3.195.000.000", actual: "Rp 3.200.000.000", difference: -5_000_000 });
// A capaian written 0,14 points too low.
const tooLow = finding({ rule: "SAKIP-CAPAIAN-001", expected: "90,39%", actual: "90,25%", difference: 0.0014 });

describe("numbers, one convention per language", () => {
  test("Indonesian", () => {
    const l = localeOf("id");
    expect(l.money(3195000000)).toBe("Rp 3.195.000.000");
    expect(l.money(-5000000)).toBe("-Rp 5.000.000");
    expect(l.money(1672255000.5)).toBe("Rp 1.672.255.000,50");
    expect(l.percent(0.9039)).toBe("90,39%");
    expect(l.points(0.0014)).toBe("0,14 poin persen");
    expect(l.number(1234.5)).toBe("1.234,50");
  });

  test("English: the same figures with English separators, the rupiah keeps its symbol", () => {
    const l = localeOf("en");
    expect(l.money(3195000000)).toBe("Rp 3,195,000,000");
    expect(l.money(-5000000)).toBe("-Rp 5,000,000");
    expect(l.percent(0.9039)).toBe("90.39%");
    expect(l.points(0.0014)).toBe("0.14 percentage points");
    expect(l.points(0.01)).toBe("1.00 percentage point");
    expect(shownValue("Rp 3.195.000.000", "en")).toBe("Rp 3,195,000,000");
    expect(shownValue("90,39%", "en")).toBe("90.39%");
    expect(shownValue("3,73", "en")).toBe("3.73");
    expect(shownValue("-Rp 5.000", "en")).toBe("-Rp 5,000");
    // Not a figure: shown as written.
    expect(shownValue("Sangat Tinggi", "en")).toBe("Sangat Tinggi");
    expect(shownValue("Rp 3.195.000.000", "id")).toBe("Rp 3.195.000.000");
  });

  test("counts agree in number", () => {
    expect(countText(1, "finding", "en")).toBe("1 finding");
    expect(countText(25, "error", "en")).toBe("25 errors");
    expect(countText(0, "warning", "en")).toBe("0 warnings");
    expect(countText(1, "sheet", "en")).toBe("1 sheet");
    expect(countText(1250, "finding", "id")).toBe("1.250 temuan");
    expect(countText(25, "error", "id")).toBe("25 galat");
    expect(countText(1250, "finding", "en")).toBe("1,250 findings");
  });
});

describe("the difference reads the way a user expects: how far the written value is off, and which way", () => {
  test("a value written 5 M too high", () => {
    expect(differenceText(tooHigh, "id")).toBe("Rp 5.000.000 lebih tinggi");
    expect(differenceText(tooHigh, "en")).toBe("Rp 5,000,000 too high");
    expect(signedExcessText(tooHigh, "id")).toBe("+Rp 5.000.000");
  });

  test("a percent written too low, in percentage points", () => {
    expect(differenceText(tooLow, "id")).toBe("0,14 poin persen lebih rendah");
    expect(differenceText(tooLow, "en")).toBe("0.14 percentage points too low");
    expect(signedExcessText(tooLow, "en")).toBe("-0.14 percentage points");
  });

  test("no difference, no text", () => {
    expect(differenceText(finding({ difference: 0 }), "id")).toBeNull();
    expect(differenceText(finding({ difference: NaN }), "en")).toBeNull();
    expect(differenceText(finding({}), "en")).toBeNull();
  });
});

test("English mode shows no Indonesian words: the suggestion is dropped unless the rule has an English one", () => {
  const f = finding({ suggestion: "Periksa rumus JUMLAH." });
  expect(suggestionOf(f, "id")).toBe("Periksa rumus JUMLAH.");
  expect(suggestionOf(f, "en")).toBeNull();
  expect(suggestionOf({ ...f, suggestionEn: "Check the SUM formula." }, "en")).toBe("Check the SUM formula.");
  const report = { file: "pk.xlsx", sheets: 1, findings: [f, tooHigh, tooLow] };
  const text = renderText([report], "en");
  const html = renderHtml([report], "en");
  for (const out of [text, html]) {
    expect(out).not.toMatch(/\b(temuan|galat|peringatan|lembar|seharusnya|tertulis|selisih|saran|lebih|Periksa)\b/i);
  }
  expect(text).toContain("3 findings: 3 errors, 0 warnings, 0 info.");
  expect(text).toContain("expected: Rp 3,195,000,000; found: Rp 3,200,000,000; difference: Rp 5,000,000 too high");
  expect(html).toContain("<td class=\"num\">Rp 5,000,000 too high</td>");
  expect(renderText([{ file: "x", sheets: 1, findings: [tooHigh] }], "en")).toContain("1 finding: 1 error, 0 warnings, 0 info.");
});

describe("reportRows: the report sheet as rows", () => {
  const findings = [
    { ...tooLow, sheet: "Pengukuran", cell: "E5" },
    { ...tooHigh, sheet: "PK Kepala", cell: "D14", suggestion: "Samakan JUMLAH dengan rinciannya." },
    finding({ sheet: "PK Kepala", cell: "D9", severity: "warning", rule: "SAKIP-NUM-002", message: "=1+1" }),
  ];

  test("Indonesian: title, header, one row per finding in workbook order, the difference with its direction", () => {
    const r = reportRows(findings, "id", { workbookName: "PK 2026.xlsx", generatedAt: new Date("2026-12-01T08:30:00Z"), sheetNames: ["PK Kepala", "Pengukuran"] });
    expect(r.title).toEqual(["Laporan Validasi", "Workbook: PK 2026.xlsx", "Dibuat: 2026-12-01 08:30 UTC", "Temuan: 3"]);
    expect(r.head).toEqual(["No", "Tingkat", "Aturan", "Sheet", "Sel", "Pesan", "Seharusnya", "Tertulis", "Selisih", "Saran"]);
    expect(r.rows.map((x) => `${x[3]}!${x[4]}`)).toEqual(["PK Kepala!D9", "PK Kepala!D14", "Pengukuran!E5"]);
    expect(r.rows[1]).toEqual([2, "Galat", "SAKIP-TOTAL-001", "PK Kepala", "D14", "JUMLAH tidak sama dengan rinciannya.", "Rp 3.195.000.000", "Rp 3.200.000.000", "Rp 5.000.000 lebih tinggi", "Samakan JUMLAH dengan rinciannya."]);
    expect(r.rows[2][8]).toBe("0,14 poin persen lebih rendah");
    expect(r.links[1]).toEqual({ sheet: "PK Kepala", cell: "D14", target: "'PK Kepala'!D14", tip: "Buka 'PK Kepala'!D14" });
    // The presenter gives raw text; each writer neutralises it for its medium.
    expect(r.rows[0][5]).toBe("=1+1");
  });

  test("English", () => {
    const r = reportRows(findings, "en", { sheetNames: ["PK Kepala", "Pengukuran"] });
    expect(r.title).toEqual(["Validation report", "Findings: 3"]);
    expect(r.rows[1]).toEqual([2, "Error", "SAKIP-TOTAL-001", "PK Kepala", "D14", "The total does not equal its items.", "Rp 3,195,000,000", "Rp 3,200,000,000", "Rp 5,000,000 too high", ""]);
    expect(r.rows[0][1]).toBe("Warning");
  });
});
