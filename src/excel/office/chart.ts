// "Buat grafik": the capaian-against-serapan data on a NEW sheet with a native clustered column chart over it.
import type { PerformanceChart } from "../../core/charts/performance";
import { asCellText, freeSheetName } from "../../port";
import type { OfficeHost } from "./host";

export const CHART_SHEET = { id: "Grafik Kinerja", en: "Performance Chart" };

export async function insertChart(host: OfficeHost, chart: PerformanceChart, lang: "id" | "en"): Promise<string> {
  const en = lang === "en";
  const head = en ? [chart.by === "program" ? "Program" : "Objective", "Performance achieved", "Budget absorbed"] : [chart.by === "program" ? "Program" : "Sasaran", "Capaian Kinerja", "Serapan Anggaran"];
  const rows = chart.points.map((p) => [asCellText(p.label), p.capaian ?? "", p.serapan ?? ""]);
  return host.run(async (context) => {
    const wss = context.workbook.worksheets;
    wss.load("items/name");
    await context.sync();
    const name = freeSheetName(wss.items.map((w) => w.name), CHART_SHEET[lang]);
    const ws = wss.add(name);
    const last = rows.length + 1;
    const headRange = ws.getRange("A1:C1");
    headRange.numberFormat = [["@", "@", "@"]];
    headRange.values = [head];
    headRange.format.font.bold = true;
    if (rows.length) {
      const body = ws.getRange(`A2:C${last}`);
      body.numberFormat = rows.map(() => ["@", "0.00%", "0.00%"]);
      body.values = rows;
    }
    const c = ws.charts.add("ColumnClustered", ws.getRange(`A1:C${last}`), "Columns");
    c.title.text = en ? chart.title.en : chart.title.id;
    c.setPosition("E2", "N22");
    ws.getRange("A:C").format.autofitColumns();
    ws.activate();
    await context.sync();
    return name;
  });
}
