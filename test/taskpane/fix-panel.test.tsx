/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// (Node's export conditions: under jsdom's "browser" ones, exceljs's dependencies resolve to ESM jest cannot load.)
// Fix, not only find, as a planner uses it in the preview: before and after, "Perbaiki", "Batalkan", "Jadikan rumus"
// with its two choices, and the report export; against the real engine and the real preview port.
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { ExportButtons } from "../../src/taskpane/components/ExportButtons";
import { PreviewPort } from "../../src/excel/preview-port";
import { validateWorkbook } from "../../src/core/validate";
import { RULES } from "../../src/core/rules/catalogue";
import type { Cell, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);

function workbook(): WorkbookSnapshot {
  const cells: Cell[] = [];
  const put = (row: number, col: number, value: string | number, numberFormat?: string, text?: string) =>
    cells.push({ row, col, value, type: typeof value === "number" ? "number" : "string", ...(numberFormat ? { numberFormat } : {}), ...(text ? { text } : {}) });
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"].forEach((h, c) => put(0, c, h));
  put(1, 0, 1); put(1, 1, "Indeks kepuasan masyarakat"); put(1, 2, 260); put(1, 3, 278); put(1, 4, 0.95, "0.00%", "95,00%");
  return { name: "uji.xlsx", sheets: [{ name: "Pengukuran", visibility: "visible", rowCount: 2, colCount: 5, cells, merges: [] }] };
}

const rules = RULES.map((r) => ({ code: r.code, title: r.title }));

async function open(lang: "id" | "en" = "id") {
  const wb = workbook();
  const port = new PreviewPort("uji.xlsx", wb);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} validate={validateWorkbook} rules={rules} initialLang={lang} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: lang === "en" ? "Validate workbook" : "Validasi Workbook" }));
  const card = (await screen.findAllByTestId("finding")).find((c) => c.getAttribute("data-rule") === "SAKIP-CAPAIAN-001")!;
  const e2 = () => wb.sheets[0].cells.find((c) => c.row === 1 && c.col === 4);
  return { port, wb, card, e2 };
}

test("Perbaiki writes the expected value keeping the cell's format; Batalkan gives back the very same cell", async () => {
  const { card, e2 } = await open();
  const before = JSON.stringify(e2());
  const panel = within(card).getByTestId("fix-panel");
  expect(within(panel).getByTestId("fix-before").textContent).toBe("95,00%");
  expect(within(panel).getByTestId("fix-after").textContent).toBe("106,92%");
  fireEvent.click(within(panel).getByRole("button", { name: "Perbaiki sel E2: tulis 106,92%" }));
  await within(card).findByRole("button", { name: "Batalkan perbaikan sel E2" });
  expect(e2()).toMatchObject({ value: 1.0692, numberFormat: "0.00%" });
  expect(screen.getByTestId("status").textContent).toMatch(/^Sel E2 diperbaiki/);
  // Written: the panel says what the cell was and what it is now.
  expect(within(card).getByTestId("fix-panel").querySelector("dl")!.textContent).toBe("Sebelumnya95,00%Sekarang106,92%");
  fireEvent.click(within(card).getByRole("button", { name: "Batalkan perbaikan sel E2" }));
  await within(card).findByRole("button", { name: "Perbaiki sel E2: tulis 106,92%" });
  expect(JSON.stringify(e2())).toBe(before);
  expect(screen.getByTestId("status").textContent).toBe("Perbaikan dibatalkan: 1 sel dipulihkan persis.");
});

test("Jadikan rumus: the plain Excel formula (the default) or the SAKIP function, in the user's notation", async () => {
  const { card, e2 } = await open();
  fireEvent.click(within(card).getByRole("button", { name: "Jadikan rumus" }));
  expect(within(card).getByLabelText('Rumus Excel biasa: =IFERROR(D2/C2;"")')).toBeTruthy();
  expect(within(card).getByText(/tanpa add-in \(rekan di Bappeda/)).toBeTruthy();
  fireEvent.click(within(card).getByLabelText("Fungsi SAKIP: =SAKIP.CAPAIAN(C2;D2)"));
  expect(within(card).getByText("Di Excel tanpa add-in SAKIP, sel ini tampil #NAME?.")).toBeTruthy();
  expect(within(card).getByTestId("fix-after").textContent).toBe("=SAKIP.CAPAIAN(C2;D2)");
  fireEvent.click(within(card).getByRole("button", { name: "Jadikan rumus" }));
  await within(card).findByRole("button", { name: "Batalkan perbaikan sel E2" });
  // The port is given the English notation, as Range.formulas takes it.
  expect(e2()!.formula).toBe("=SAKIP.CAPAIAN(C2,D2)");
});

test("in English: English figures and words in the fix panel", async () => {
  const { card } = await open("en");
  const panel = within(card).getByTestId("fix-panel");
  expect(within(panel).getByTestId("fix-before").textContent).toBe("95.00%");
  expect(within(panel).getByTestId("fix-after").textContent).toBe("106.92%");
  expect(within(panel).getByRole("button", { name: "Fix cell E2: write 106.92%" })).toBeTruthy();
  expect(panel.textContent).not.toMatch(/Perbaiki|Sekarang|Menjadi/);
});

test("the preview exports the report as .xlsx and CSV (bytes made by the presenters)", async () => {
  const wb = workbook();
  const findings = validateWorkbook(wb).findings;
  const saved: Array<{ name: string; size: number; type: string; text?: string }> = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ExportButtons findings={findings} lang="id" workbookName="uji.xlsx" onError={(m) => saved.push({ name: "error", size: 0, type: m })}
        save={(name, bytes, type) => saved.push({ name, size: bytes.length, type, text: typeof bytes === "string" ? bytes : undefined })} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Unduh laporan" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: "Unduh laporan CSV" }));
  await waitFor(() => expect(saved).toHaveLength(1));
  await waitFor(() => expect((screen.getByTestId("export-menu") as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole("button", { name: "Unduh laporan" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: "Unduh laporan .xlsx" }));
  await waitFor(() => expect(saved).toHaveLength(2));
  const csv = saved.find((s) => s.name.endsWith(".csv"))!;
  expect(csv.name).toBe("uji - Laporan Validasi.csv");
  expect(csv.text).toContain("SAKIP-CAPAIAN-001;Pengukuran;E2;");
  expect(saved.filter((s) => s.name === "error")).toEqual([]);
  const xlsx = saved.find((s) => s.name.endsWith(".xlsx"))!;
  expect(xlsx.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(xlsx.size).toBeGreaterThan(1000);
});
