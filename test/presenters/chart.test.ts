// Capaian kinerja against serapan anggaran: the data from the recognised tables (core), the SVG in the HTML report,
// and "Buat grafik", a native chart on a new sheet through the Office adapter.
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read";
import { validateWorkbook } from "../../src/core/validate";
import { renderHtml } from "../../src/presenters";
import { chartSvg } from "../../src/presenters/chart";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { StrictFakeExcel } from "../support/fake-excel";

async function caseWorkbook(dir: string) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(path.join(__dirname, "../cases", dir, "build.ts"));
  const made = await (mod.default ?? mod.build)(ExcelJS);
  return readXlsx(new Uint8Array(await made.xlsx.writeBuffer()), { name: `${dir}.xlsx` });
}

test("per sasaran, from the efficiency table: capaian and serapan as the table states them", async () => {
  const r = validateWorkbook(await caseWorkbook("derived/efisiensi-fires"));
  expect(r.chart).toMatchObject({
    by: "sasaran",
    more: 0,
    points: [
      { label: "Meningkatnya kualitas manajemen ASN Pemerintah Daerah", capaian: 1.0692, serapan: 0.8916, sheet: "Efisiensi" },
      { label: "Meningkatnya manajemen internal perangkat daerah", capaian: 0.9913, serapan: 0.9752, sheet: "Efisiensi" },
    ],
  });
});

test("a workbook with no measurement table has no chart", async () => {
  const r = validateWorkbook(await caseWorkbook("totals/total-sum-fires"));
  expect(r.chart ?? null).toBeNull();
});

test("the HTML report embeds the chart as inline SVG, labelled in the reader's language, nothing executable", async () => {
  const r = validateWorkbook(await caseWorkbook("derived/efisiensi-fires"));
  const html = renderHtml([{ file: "e.xlsx", sheets: 1, findings: r.findings, chart: r.chart }], "id");
  const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
  expect(svg).toContain("<title>Perbandingan Realisasi Kinerja dan Anggaran</title>");
  expect((svg.match(/<rect [^>]*fill="#0f6cbd"><title>/g) ?? []).length).toBe(2);
  expect(svg).toContain("Meningkatnya kualitas manajemen ASN Pemerintah Daerah — Capaian kinerja: 106,92%");
  expect(svg).toContain("Serapan anggaran: 89,16%");
  expect(svg).not.toMatch(/<script|on\w+=|href=/i);
  const en = chartSvg(r.chart!, "en");
  expect(en).toContain("Performance achieved: 106.92%");
  expect(en).not.toMatch(/Capaian|Serapan/);
  // A hostile label stays text.
  const evil = chartSvg({ ...r.chart!, points: [{ ...r.chart!.points[0], label: "<script>alert(1)</script>" }] }, "id");
  expect(evil).not.toContain("<script>");
});

test("Buat grafik: a new sheet with the data and a native clustered column chart over it, in two syncs", async () => {
  const r = validateWorkbook(await caseWorkbook("derived/efisiensi-fires"));
  const x = new StrictFakeExcel({ api: "1.17" });
  x.addSheet("Grafik Kinerja", { A1: { value: "punya pengguna" } });
  const before = JSON.stringify(x.state());
  const name = await new OfficeAdapter(x.host()).insertChart(r.chart!, "id");
  expect(name).toBe("Grafik Kinerja (2)");
  expect(x.syncs).toBe(2);
  expect(JSON.stringify((x.state() as unknown[]).slice(0, 1))).toBe(JSON.stringify((JSON.parse(before) as unknown[]).slice(0, 1)));
  const s = x.sheet(name);
  expect(["A1", "B1", "C1"].map((a) => x.at(name, a)!.value)).toEqual(["Sasaran", "Capaian Kinerja", "Serapan Anggaran"]);
  expect(x.at(name, "B2")).toMatchObject({ value: 1.0692, numberFormat: "0.00%" });
  expect(x.at(name, "C3")).toMatchObject({ value: 0.9752, numberFormat: "0.00%" });
  expect(s.charts).toEqual([{ type: "ColumnClustered", source: "A1:C3", seriesBy: "Columns", title: "Perbandingan Realisasi Kinerja dan Anggaran", position: ["E2", "N22"] }]);
  expect(x.active).toBe(name);
});
