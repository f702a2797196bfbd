/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// (Node's export conditions: under jsdom's "browser" ones, exceljs's dependencies resolve to ESM jest cannot load.)
// The pane's actions as a planner clicks through them, against the real engine, the real .xlsx reader and the real
// preview port: report export, "Perbaiki semua" with one undo, other files beside the workbook, the official
// nomenclature list in Pengaturan, and a table mapped by hand where recognition fails.
import * as React from "react";
import ExcelJS from "exceljs";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { PreviewPort, readWorkbookBytes } from "../../src/excel/preview-port";
import { validateWorkbook } from "../../src/core/validate";
import { RULES } from "../../src/core/rules/catalogue";
import type { Cell, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { nomenclature } from "../cases/_relations/builders";
import { unmappedRecap } from "../cases/layouts/forms";
import nomSettings from "../cases/nomenclature/nomen-code-fires/settings.json";

import { TextDecoder, TextEncoder } from "util";

// jsdom leaves out what every browser has and the .xlsx reader uses.
Object.assign(globalThis, { TextEncoder, TextDecoder });
configure({ asyncUtilTimeout: 20000 });
window.scrollTo = () => undefined;
jest.setTimeout(300000);

const rules = RULES.map((r) => ({ code: r.code, title: r.title }));

/** A measurement table whose two capaian cells are both wrong (106,92% and 90,00% expected). */
function measurement(name = "uji.xlsx"): WorkbookSnapshot {
  const cells: Cell[] = [];
  const put = (row: number, col: number, value: string | number, numberFormat?: string, text?: string) =>
    cells.push({ row, col, value, type: typeof value === "number" ? "number" : "string", ...(numberFormat ? { numberFormat } : {}), ...(text ? { text } : {}) });
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"].forEach((h, c) => put(0, c, h));
  put(1, 0, 1); put(1, 1, "Indeks kepuasan masyarakat"); put(1, 2, 260); put(1, 3, 278); put(1, 4, 0.95, "0.00%", "95,00%");
  put(2, 0, 2); put(2, 1, "Jumlah dokumen perencanaan"); put(2, 2, 100); put(2, 3, 90); put(2, 4, 0.8, "0.00%", "80,00%");
  return { name, sheets: [{ name: "Pengukuran", visibility: "visible", rowCount: 3, colCount: 5, cells, merges: [] }] };
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<ArrayBuffer> {
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  const u8 = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
}

/** A downloaded blob's content (jsdom has FileReader, not Response). */
function readBlob(b: Blob, as: "text"): Promise<string>;
function readBlob(b: Blob, as: "bytes"): Promise<ArrayBuffer>;
function readBlob(b: Blob, as: "text" | "bytes"): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(r.error);
    if (as === "text") r.readAsText(b);
    else r.readAsArrayBuffer(b);
  });
}

/** What a file input hands the pane: a name and its bytes. */
const picked = (name: string, bytes: ArrayBuffer) => ({ name, arrayBuffer: async () => bytes });

function show(port: PreviewPort, lang: "id" | "en" = "id") {
  render(
    <FluentProvider theme={webLightTheme}>
      <App preview={port} validate={validateWorkbook} rules={rules} initialLang={lang} />
    </FluentProvider>,
  );
}

async function validate(name = "Validasi Workbook") {
  fireEvent.click(screen.getByRole("button", { name }));
  await screen.findByTestId("summary");
  await waitFor(() => expect(screen.getByRole("button", { name }).hasAttribute("disabled")).toBe(false));
}

const cellOf = (port: PreviewPort, sheet: string, row: number, col: number) =>
  port.getSnapshot()!.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === row && c.col === col);

test("the entry point's preview port: a file opened from disk is validated, and the report downloads as CSV and .xlsx", async () => {
  const port = new PreviewPort();
  show(port);
  expect(screen.queryByRole("button", { name: "Validasi Workbook" })).toBeNull();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Pengukuran");
  ws.addRow(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]);
  ws.addRow([1, "Indeks kepuasan masyarakat", 260, 278, 0.95]);
  ws.getCell("E2").numFmt = "0.00%";
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [picked("Pengukuran 2025.xlsx", await bytesOf(wb))] } });
  await screen.findByText("Workbook: Pengukuran 2025.xlsx");
  expect(port.fileName).toBe("Pengukuran 2025.xlsx");
  await validate();

  // Downloads: the blob and the name a browser would save, captured where the page hands them over.
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = (URL.createObjectURL = jest.fn((b: Blob) => (blobs.push(b), `blob:${blobs.length}`)) as typeof URL.createObjectURL);
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  try {
    fireEvent.click(screen.getByRole("button", { name: "Unduh laporan" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Unduh laporan CSV" }));
    await waitFor(() => expect(names).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole("button", { name: "Unduh laporan" }).hasAttribute("disabled")).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: "Unduh laporan" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Unduh laporan .xlsx" }));
    await waitFor(() => expect(names).toHaveLength(2));
  } finally {
    click.mockRestore();
  }
  expect(create).toHaveBeenCalledTimes(2);
  expect(names).toEqual(["Pengukuran 2025 - Laporan Validasi.csv", "Pengukuran 2025 - Laporan Validasi.xlsx"]);
  const csv = await readBlob(blobs[0], "text");
  expect(csv).toContain("SAKIP-CAPAIAN-001;Pengukuran;E2;");
  // The .xlsx is a workbook the reader opens, with the finding in it.
  const report = await readWorkbookBytes(await readBlob(blobs[1], "bytes"), "laporan.xlsx");
  expect(JSON.stringify(report.sheets.map((s) => s.cells.map((c) => c.value)))).toContain("SAKIP-CAPAIAN-001");
  expect(screen.queryByTestId("error")).toBeNull();
});

test("Perbaiki semua: the rule's changes are listed first, written in one batch, and undone in one step", async () => {
  const port = new PreviewPort("uji.xlsx", measurement());
  show(port);
  await validate();
  const before = [JSON.stringify(cellOf(port, "Pengukuran", 1, 4)), JSON.stringify(cellOf(port, "Pengukuran", 2, 4))];
  fireEvent.click(screen.getByTestId("filters-toggle"));
  fireEvent.click(screen.getByRole("radio", { name: "Per aturan" }));
  const all = await screen.findByRole("button", { name: /^Perbaiki semua \(2\): SAKIP-CAPAIAN-001/ });
  expect(all.textContent).toBe("Perbaiki semua (2)");
  fireEvent.click(all);
  // Nothing is written before the list is confirmed.
  const list = screen.getByTestId("fix-all-list");
  expect(within(list).getAllByTestId("fix-all-item").map((li) => li.textContent)).toEqual(["Pengukuran!E2: 95,00% → 106,92%", "Pengukuran!E3: 80,00% → 90,00%"]);
  expect(cellOf(port, "Pengukuran", 1, 4)!.value).toBe(0.95);
  fireEvent.click(within(list).getByRole("button", { name: "Tulis 2 perubahan" }));
  const undo = await screen.findByRole("button", { name: /^Batalkan semua \(2\): SAKIP-CAPAIAN-001/ });
  expect(undo.textContent).toBe("Batalkan semua (2)");
  expect(cellOf(port, "Pengukuran", 1, 4)).toMatchObject({ value: 1.0692, numberFormat: "0.00%" });
  expect(cellOf(port, "Pengukuran", 2, 4)).toMatchObject({ value: 0.9, numberFormat: "0.00%" });
  expect((await port.fixHistory()).length).toBe(1);
  expect(screen.getByTestId("status").textContent).toBe("Sel E2, E3 diperbaiki. \"Batalkan\" memulihkan isi dan formatnya persis.");
  fireEvent.click(undo);
  await screen.findByRole("button", { name: /^Perbaiki semua \(2\): / });
  expect([JSON.stringify(cellOf(port, "Pengukuran", 1, 4)), JSON.stringify(cellOf(port, "Pengukuran", 2, 4))]).toEqual(before);
  expect(screen.getByTestId("status").textContent).toBe("Perbaikan dibatalkan: 2 sel dipulihkan persis.");
  expect(await port.fixHistory()).toEqual([]);
});

test("Perbaiki semua is offered above the list when one rule is filtered, in English too", async () => {
  const port = new PreviewPort("uji.xlsx", measurement());
  show(port, "en");
  await validate("Validate workbook");
  fireEvent.click(screen.getByTestId("filters-toggle"));
  fireEvent.change(screen.getByTestId("rule-filter"), { target: { value: "SAKIP-CAPAIAN-001" } });
  fireEvent.click(await screen.findByRole("button", { name: /^Fix all \(2\): SAKIP-CAPAIAN-001/ }));
  const list = screen.getByTestId("fix-all-list");
  expect(within(list).getAllByTestId("fix-all-item").map((li) => li.textContent)).toEqual(["Pengukuran!E2: 95.00% → 106.92%", "Pengukuran!E3: 80.00% → 90.00%"]);
  fireEvent.click(within(list).getByRole("button", { name: "Cancel" }));
  expect(screen.queryByTestId("fix-all-list")).toBeNull();
  expect(cellOf(port, "Pengukuran", 1, 4)!.value).toBe(0.95);
});

test("Bandingkan dengan file lain…: another .xlsx is validated with the workbook as one set, read-only", async () => {
  const port = new PreviewPort("uji.xlsx", measurement());
  show(port);
  await validate();
  const own = screen.getAllByTestId("finding").length;
  const other = new ExcelJS.Workbook();
  const ws = other.addWorksheet("Pengukuran");
  ws.addRow(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]);
  ws.addRow([1, "Indeks kepuasan masyarakat", 260, 278, 0.95]);
  ws.getCell("E2").numFmt = "0.00%";
  const bytes = await bytesOf(other);
  const snapshotBefore = JSON.stringify(await readWorkbookBytes(bytes.slice(0), "PK Kabid.xlsx"));
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  expect(screen.getByRole("button", { name: "Bandingkan dengan file lain…" })).toBeTruthy();
  fireEvent.change(screen.getByTestId("compare-files-input"), { target: { files: [picked("PK Kabid.xlsx", bytes), picked("rusak.xlsx", new ArrayBuffer(10))] } });
  await screen.findByText("PK Kabid.xlsx");
  expect(screen.getByText(/Hanya dibaca: tidak ada yang ditulis/)).toBeTruthy();
  expect(screen.getByRole("alert").textContent).toMatch(/^rusak\.xlsx: /);
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  expect(screen.getByTestId("companions-note").textContent).toBe("Divalidasi bersama 1 berkas lain (hanya dibaca): PK Kabid.xlsx. Ubah di Pengaturan.");
  await screen.findByTestId("stale");
  fireEvent.click(within(screen.getByTestId("stale")).getByRole("button", { name: "Validasi ulang" }));
  await waitFor(() => expect(screen.queryByTestId("stale")).toBeNull());
  const cards = await screen.findAllByTestId("finding");
  const theirs = cards.filter((c) => within(c).getByTestId("finding-cell").textContent!.startsWith("PK Kabid › Pengukuran!"));
  expect(theirs.length).toBeGreaterThan(0);
  expect(cards.length).toBeGreaterThan(own);
  // The other file's findings cannot be fixed or selected in this workbook: the pane says where they are.
  expect(within(theirs[0]).queryByTestId("fix-panel")).toBeNull();
  fireEvent.click(within(theirs[0]).getByTestId("finding-cell"));
  await waitFor(() => expect(screen.getByTestId("status").textContent).toMatch(/^Sel ini ada di berkas lain yang dibuka untuk dibandingkan: PK Kabid\.xlsx, lembar Pengukuran, sel E2/));
  expect(JSON.stringify(await readWorkbookBytes(bytes.slice(0), "PK Kabid.xlsx"))).toBe(snapshotBefore);
  // Removed: the set is the workbook alone again.
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("button", { name: "Hapus PK Kabid.xlsx" }));
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  fireEvent.click(within(await screen.findByTestId("stale")).getByRole("button", { name: "Validasi ulang" }));
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(own));
});

test("Pengaturan › Nomenklatur resmi: a list opened in the pane makes SAKIP-NOMEN-001 run", async () => {
  const wb = await readWorkbookBytes(await bytesOf(nomenclature(ExcelJS, "fires")), "Renja 2025.xlsx");
  const port = new PreviewPort("Renja 2025.xlsx", wb);
  show(port);
  await validate();
  expect(screen.queryAllByTestId("finding").filter((c) => c.getAttribute("data-rule")?.startsWith("SAKIP-NOMEN"))).toEqual([]);

  // The list: one "code name" per row, as the Kepmendagri appendix prints it.
  const list = new ExcelJS.Workbook();
  const ls = list.addWorksheet("Lampiran");
  ls.addRow(["KODE", "NOMENKLATUR"]);
  for (const [code, e] of Object.entries(nomSettings.nomenclature.entries)) for (const n of e.names) ls.addRow([code, n]);
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  expect(screen.getByTestId("nomenclature-status").textContent).toBe("Belum ada daftar nomenklatur: kode tidak dicocokkan dengan daftar resmi.");
  fireEvent.change(screen.getByTestId("nomenclature-file"), { target: { files: [picked("nomenklatur-uji.xlsx", await bytesOf(list))] } });
  await waitFor(() => expect(screen.getByTestId("nomenclature-status").textContent).toMatch(/^Dipakai: nomenklatur-uji\.xlsx, 5 kode\./));
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  fireEvent.click(within(await screen.findByTestId("stale")).getByRole("button", { name: "Validasi ulang" }));
  const nomen = await waitFor(() => {
    const c = screen.getAllByTestId("finding").filter((x) => x.getAttribute("data-rule") === "SAKIP-NOMEN-001");
    expect(c).toHaveLength(1);
    return c[0];
  });
  expect(within(nomen).getByTestId("finding-cell").textContent).toBe("Renja 2025!A5");
  // Kept in memory only: nothing of it is in the settings saved with the workbook.
  expect(JSON.stringify(await port.loadSettings())).not.toContain("nomenklatur-uji");

  // A file that holds no code is refused with the reader's words; the list in use stays.
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Kosong").addRow(["tidak ada kode di sini"]);
  fireEvent.change(screen.getByTestId("nomenclature-file"), { target: { files: [picked("kosong.xlsx", await bytesOf(empty))] } });
  expect((await screen.findByTestId("nomenclature-error")).textContent).toBe('Berkas "kosong.xlsx" tidak memuat kode nomenklatur yang dikenali.');
  expect(screen.getByTestId("nomenclature-status").textContent).toMatch(/^Dipakai: nomenklatur-uji\.xlsx/);
});

test("Petakan tabel ini…: an unrecognised sheet mapped by hand is saved in the settings and then checked", async () => {
  const wb = await readWorkbookBytes(await bytesOf(unmappedRecap(ExcelJS, "jumlah")), "Rekap.xlsx");
  const port = new PreviewPort("Rekap.xlsx", wb);
  show(port);
  await validate();
  expect(screen.getByTestId("summary").textContent).toBe("Tidak ada tabel yang dikenali: tidak ada yang dapat diperiksa.");
  fireEvent.click(screen.getByTestId("unchecked"));
  fireEvent.click(await screen.findByRole("button", { name: "Petakan tabel ini… (lembar Rekap Kontrak)" }));
  const editor = screen.getByTestId("mapping-editor");
  // The header row is guessed, and each column shows its header text.
  expect((within(editor).getByTestId("map-header-row") as HTMLInputElement).value).toBe("3");
  expect(within(editor).getByLabelText("Kolom C: Nilai Kontrak")).toBeTruthy();
  expect((within(editor).getByRole("button", { name: "Simpan pemetaan" }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(within(editor).getByTestId("map-kind"), { target: { value: "budget" } });
  fireEvent.change(within(editor).getByLabelText("Kolom A: #"), { target: { value: "no" } });
  fireEvent.change(within(editor).getByLabelText("Kolom B: Rincian Pekerjaan"), { target: { value: "uraian" } });
  fireEvent.change(within(editor).getByLabelText("Kolom C: Nilai Kontrak"), { target: { value: "anggaran" } });
  fireEvent.change(within(editor).getByLabelText("Kolom D: Penyedia"), { target: { value: "ket" } });
  fireEvent.click(within(editor).getByRole("button", { name: "Simpan pemetaan" }));
  await waitFor(() => expect(screen.queryByTestId("mapping-editor")).toBeNull());
  expect((await port.loadSettings()).validation.mappings).toEqual([
    { sheet: "Rekap Kontrak", headerRow: 3, kind: "budget", columns: { A: "no", B: "uraian", C: "anggaran", D: "ket" } },
  ]);
  expect(screen.getByTestId("status").textContent).toBe("Pemetaan lembar Rekap Kontrak disimpan di pengaturan workbook. Validasi ulang untuk memeriksanya.");
  fireEvent.click(within(await screen.findByTestId("stale")).getByRole("button", { name: "Validasi ulang" }));
  const card = await waitFor(() => {
    const c = screen.getAllByTestId("finding").filter((x) => x.getAttribute("data-rule") === "SAKIP-TOTAL-001");
    expect(c).toHaveLength(1);
    return c[0];
  });
  expect(within(card).getByTestId("finding-cell").textContent).toBe("Rekap Kontrak!C7");
  expect(screen.getByTestId("summary").textContent).toMatch(/^1 temuan di 1 lembar/);
  // The coverage (still open from above) now says the sheet was checked, through the planner's mapping.
  const sheet = within(await screen.findByTestId("coverage")).getAllByTestId("coverage-sheet").find((x) => x.textContent!.startsWith("Rekap Kontrak"))!;
  expect(sheet.getAttribute("data-status")).toBe("checked");
  expect(within(sheet).getByTestId("coverage-mapped").textContent).toBe("dipetakan");
});
