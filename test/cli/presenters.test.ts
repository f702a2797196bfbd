// The pure presenters (also used by the task pane): order, Indonesian text, JSON contract, HTML escaping.
import type { Finding } from "../../src/core/findings/finding";
import { finding } from "../support/finding";
import { renderText, renderJson, renderHtml, groupBySheet, escapeHtml, type FileReport } from "../../src/presenters";


const report: FileReport = {
  file: "contoh.xlsx",
  sheets: 3,
  sheetNames: ["PK Kepala", "PK Sekretaris", "SKM"],
  findings: [
    finding({ sheet: "SKM", cell: "D12", rule: "SAKIP-NRR-001", expected: "3,73", actual: "3,70", difference: 0.026 }),
    finding({ sheet: "PK Sekretaris", cell: "C36", severity: "warning", rule: "SAKIP-NUM-002" }),
    finding({ cell: "D21", severity: "warning", rule: "SAKIP-CONFLICT-002", related: [{ sheet: "Capaian Pejabat", cell: "D6" }] }),
    finding({ cell: "C10", expected: "106,92%", actual: "100,00%", difference: 0.0692, suggestion: "Ganti capaian menjadi 106,92%." }),
  ],
};

describe("presenters", () => {
  it("group findings by sheet in workbook order, then by row and column", () => {
    const groups = groupBySheet(report);
    expect(groups.map((g) => g.sheet)).toEqual(["PK Kepala", "PK Sekretaris", "SKM"]);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["C10", "D21"]);
  });

  it("text: an Indonesian report with counts, values, percentage points and related cells", () => {
    const t = renderText([report]);
    expect(t).toContain("Berkas: contoh.xlsx\nLembar kerja: 3\n4 temuan: 2 galat, 2 peringatan, 0 info.");
    expect(t).toContain('Lembar "PK Kepala" (2 temuan)');
    expect(t).toContain("Per aturan: SAKIP-CONFLICT-002 1, SAKIP-NRR-001 1, SAKIP-NUM-002 1, SAKIP-TOTAL-001 1.");
    expect(t).toContain("[Galat] C10 (SAKIP-TOTAL-001)");
    expect(t).toContain("seharusnya: 106,92%; tertulis: 100,00%; selisih: 6,92 poin persen lebih rendah");
    expect(t).toContain("saran: Ganti capaian menjadi 106,92%.");
    expect(t).toContain("terkait: 'Capaian Pejabat'!D6");
    expect(t).toContain("selisih: 0,0260 lebih rendah");
    expect(renderText([{ file: "bersih.xlsx", sheets: 1, findings: [] }])).toContain("Tidak ada temuan");
  });

  it("text and html in English on request: messageEn, English labels and number style", () => {
    const t = renderText([report], "en");
    expect(t).toContain("File: contoh.xlsx\nSheets: 3\n4 findings: 2 errors, 2 warnings, 0 info.");
    expect(t).toContain('Sheet "PK Kepala" (2 findings)');
    expect(t).toContain("[Error] C10 (SAKIP-TOTAL-001): The total does not equal its items.");
    expect(t).toContain("expected: 106.92%; found: 100.00%; difference: 6.92 percentage points too low");
    // English mode drops the Indonesian suggestion rather than mixing languages.
    expect(t).not.toContain("Ganti capaian");
    const h = renderHtml([report], "en");
    expect(h).toContain('<html lang="en">');
    expect(h).toContain("<th>Expected</th>");
    expect(h).toContain("The total does not equal its items.");
  });

  it("json: one object for one file, an array for several, with exactly the contract's fields", () => {
    const one = JSON.parse(renderJson([report]));
    expect(Object.keys(one)).toEqual(["file", "sheets", "findings"]);
    expect(Object.keys(one.findings[0])).toEqual(["rule", "severity", "sheet", "cell", "related", "message", "expected", "actual", "difference", "suggestion", "fingerprint"]);
    expect(one.findings.map((f: Finding) => `${f.sheet}!${f.cell}`)).toEqual(["PK Kepala!C10", "PK Kepala!D21", "PK Sekretaris!C36", "SKM!D12"]);
    const many = JSON.parse(renderJson([report, { file: "b.xlsx", sheets: 1, findings: [] }]));
    expect(many).toHaveLength(2);
    expect(JSON.parse(renderJson([{ file: "x", sheets: 0, findings: [finding({ difference: NaN })] }])).findings[0].difference).toBeNull();
  });

  it("html: escapes every text that comes from the workbook", () => {
    const evil: FileReport = {
      file: "<img src=x onerror=alert(1)>.xlsx",
      sheets: 1,
      findings: [finding({ sheet: "A&B <i>", message: 'Capaian "<script>x()</script>"', expected: "<b>1</b>", related: [{ sheet: "O'Neil", cell: "A1" }] })],
    };
    const html = renderHtml([evil]);
    expect(html).not.toMatch(/<script|<img|<i>|<b>1/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;.xlsx");
    expect(html).toContain("Lembar: A&amp;B &lt;i&gt;");
    expect(html).toContain("&#39;O&#39;&#39;Neil&#39;!A1");
    expect(escapeHtml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&#39;");
  });
});
