/** @jest-environment jsdom */
// The pane as a planner uses it, against the in-memory port (test/taskpane/fake-port.ts).
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { Finding } from "../../src/core/findings/finding";
import type { ValidationSettings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { ValidateFn } from "../../src/taskpane/types";
import { PortError } from "../../src/excel/port";
import { ALL_OK, FakePort } from "./fake-port";

// Two CPUs shared by a whole team: give async UI updates time.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);

const snapshot: WorkbookSnapshot = {
  name: "PK 2022.xlsx",
  sheets: [
    { name: "PK Kabid", visibility: "visible", rowCount: 10, colCount: 4, cells: [], merges: [] },
    { name: "Pengukuran", visibility: "visible", rowCount: 10, colCount: 4, cells: [], merges: [] },
  ],
};

const f = (over: Partial<Finding>): Finding => ({
  rule: "SAKIP-TOTAL-001",
  severity: "error",
  sheet: "PK Kabid",
  cell: "D9",
  related: [],
  message: "Jumlah anggaran tidak sama dengan rinciannya.",
  messageEn: "The budget total differs from its items.",
  expected: "Rp 1.672.255.000",
  actual: "Rp 1.672.250.000",
  difference: 5000,
  suggestion: "Perbaiki rumus jumlah.",
  suggestionEn: "Correct the total formula.",
  fingerprint: "fp-total",
  ...over,
});

const FINDINGS: Finding[] = [
  f({ related: [{ sheet: "PK Kabid", cell: "D5:D8" }] }),
  f({
    rule: "SAKIP-CAPAIAN-001",
    severity: "warning",
    sheet: "Pengukuran",
    cell: "F7",
    message: "Capaian tertulis 106,92% tetapi hitungannya 107,69%.",
    messageEn: "Stated achievement 106.92% but it computes to 107.69%.",
    expected: "107,69%",
    actual: "106,92%",
    difference: 0.0077,
    fingerprint: "fp-capaian",
  }),
  f({ rule: "SAKIP-NIP-001", severity: "info", sheet: "Pengukuran", cell: "C18", expected: null, actual: null, difference: null, message: "NIP tidak 18 angka.", fingerprint: "fp-nip" }),
];

const RULES = [
  { code: "SAKIP-TOTAL-001", title: { id: "Jumlah sama dengan rincian", en: "Totals match items" } },
  { code: "SAKIP-CAPAIAN-001", title: { id: "Capaian dihitung ulang", en: "Achievement recomputed" } },
  { code: "SAKIP-NIP-001", title: { id: "NIP 18 angka", en: "NIP has 18 digits" } },
];

function setup(port = new FakePort(snapshot)) {
  const seen: Array<Partial<ValidationSettings> | undefined> = [];
  const validate: ValidateFn = (wb, settings) => {
    seen.push(settings);
    const off = new Set(settings?.disabledRules ?? []);
    return {
      findings: FINDINGS.filter((x) => !off.has(x.rule)),
      sheetCount: wb.sheets.length,
      tableCount: 4,
      rulesRun: RULES.map((r) => r.code).filter((c) => !off.has(c)),
      coverage: { sheets: [], unknownFigures: [] },
    };
  };
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} validate={validate} rules={RULES} />
    </FluentProvider>,
  );
  return { port, seen, ...utils };
}

async function validate() {
  fireEvent.click(screen.getByRole("button", { name: "Validasi Workbook" }));
  await screen.findByText(/3 temuan di 2 sheet/);
}

test("validate: summary, counts by severity, findings grouped by sheet with expected, actual and the rupiah difference", async () => {
  setup();
  expect(screen.getByRole("heading", { name: /SAKIP Tools/ })).toBeTruthy();
  await validate();
  expect(screen.getByTestId("status").textContent).toBe("3 temuan di 2 sheet (4 tabel dikenali, 3 aturan dijalankan).");
  expect(screen.getByTestId("count-error").textContent).toBe("1 Galat");
  expect(screen.getByTestId("count-warning").textContent).toBe("1 Peringatan");
  expect(screen.getByTestId("count-info").textContent).toBe("1 Info");
  const groups = screen.getAllByTestId("group");
  expect(groups.map((g) => g.querySelector("button")!.textContent)).toEqual(["PK Kabid (1)", "Pengukuran (2)"]);
  const total = screen.getAllByTestId("finding")[0];
  expect(within(total).getByText("Jumlah anggaran tidak sama dengan rinciannya.")).toBeTruthy();
  expect(within(total).getByText("Rp 1.672.255.000")).toBeTruthy();
  expect(within(total).getByText("Rp 1.672.250.000")).toBeTruthy();
  expect(within(total).getByTestId("finding-difference").textContent).toBe("Rp 5.000 lebih rendah");
  const capaian = screen.getAllByTestId("finding")[1];
  expect(within(capaian).getByTestId("finding-difference").textContent).toBe("0,77 poin persen lebih rendah");

  // By rule instead of by sheet, in the engine's order.
  fireEvent.click(screen.getByRole("radio", { name: "Per aturan" }));
  expect(screen.getAllByTestId("group").map((g) => g.querySelector("button")!.textContent)).toEqual([
    "SAKIP-TOTAL-001 — Jumlah sama dengan rincian (1)",
    "SAKIP-CAPAIAN-001 — Capaian dihitung ulang (1)",
    "SAKIP-NIP-001 — NIP 18 angka (1)",
  ]);
});

test("a click on a finding selects its cell with the related cells; a related cell alone", async () => {
  const { port } = setup();
  await validate();
  fireEvent.click(screen.getByRole("button", { name: "Buka sel PK Kabid!D9" }));
  await waitFor(() => expect(port.named("selectCell")).toHaveLength(1));
  expect(port.named("selectCell")[0]).toEqual(["selectCell", "PK Kabid", "D9", [{ sheet: "PK Kabid", cell: "D5:D8" }]]);
  fireEvent.click(screen.getByRole("button", { name: "Buka sel PK Kabid!D5:D8" }));
  await waitFor(() => expect(port.named("selectCell")).toHaveLength(2));
  expect(port.named("selectCell")[1]).toEqual(["selectCell", "PK Kabid", "D5:D8", []]);
});

test("filters by severity and by rule", async () => {
  setup();
  await validate();
  fireEvent.click(screen.getByRole("checkbox", { name: "Galat" }));
  expect(screen.getAllByTestId("finding").map((x) => x.getAttribute("data-rule"))).toEqual(["SAKIP-CAPAIAN-001", "SAKIP-NIP-001"]);
  fireEvent.click(screen.getByRole("checkbox", { name: "Galat" }));
  fireEvent.change(screen.getByTestId("rule-filter"), { target: { value: "SAKIP-NIP-001" } });
  expect(screen.getAllByTestId("finding").map((x) => x.getAttribute("data-rule"))).toEqual(["SAKIP-NIP-001"]);
});

test("Abaikan hides a finding, remembers its fingerprint in the workbook, and it stays hidden after reopening", async () => {
  const { port, unmount } = setup();
  await validate();
  fireEvent.click(screen.getByRole("button", { name: "Abaikan temuan ini (SAKIP-TOTAL-001 di PK Kabid!D9)" }));
  await waitFor(() => expect(port.ignored).toEqual(["fp-total"]));
  expect(screen.queryByRole("button", { name: "Buka sel PK Kabid!D9" })).toBeNull();
  expect(screen.getByTestId("count-error").textContent).toBe("0 Galat");
  expect(screen.getAllByText("1 temuan diabaikan").length).toBeGreaterThan(0);
  unmount();

  setup(port); // the pane opened again on the same workbook
  await validate();
  expect(screen.queryByRole("button", { name: "Buka sel PK Kabid!D9" })).toBeNull();
  // and can be shown again
  fireEvent.click(screen.getByRole("switch", { name: /Tampilkan yang diabaikan/ }));
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan lagi" }));
  await waitFor(() => expect(port.ignored).toEqual([]));
  expect(screen.getByTestId("count-error").textContent).toBe("1 Galat");
});

test("Tandai di sheet marks the findings that are not ignored; Hapus tanda restores; Buat laporan writes a new sheet", async () => {
  const port = new FakePort(snapshot);
  port.ignored = ["fp-nip"];
  setup(port);
  await validate();
  fireEvent.click(screen.getByRole("button", { name: "Tandai di sheet" }));
  await screen.findByText("2 sel ditandai.");
  expect(port.named("highlight")[0][1]).toEqual(["fp-total", "fp-capaian"]);
  fireEvent.click(screen.getByRole("button", { name: "Hapus tanda" }));
  await screen.findByText("Tanda dihapus; format 2 sel dipulihkan persis.");
  expect(screen.queryByRole("button", { name: "Hapus tanda" })).toBeNull();

  port.sheetNames.push("Laporan Validasi");
  fireEvent.click(screen.getByRole("button", { name: "Buat laporan" }));
  await screen.findByText('Laporan ditulis ke sheet baru "Laporan Validasi (2)".');
  expect(port.named("writeReport")[0]).toEqual(["writeReport", ["fp-total", "fp-capaian"], "id", "Laporan Validasi (2)"]);
});

test("marks left from an earlier session can be removed at once", async () => {
  const port = new FakePort(snapshot);
  port.marks.add("PK Kabid!D9");
  setup(port);
  fireEvent.click(await screen.findByRole("button", { name: "Hapus tanda" }));
  await screen.findByText("Tanda dihapus; format 1 sel dipulihkan persis.");
});

test("progress while reading, and Batal cancels without an error", async () => {
  const port = new FakePort(snapshot);
  let open!: () => void;
  port.gate = new Promise<void>((r) => (open = r));
  setup(port);
  fireEvent.click(screen.getByRole("button", { name: "Validasi Workbook" }));
  expect(await screen.findByRole("progressbar", { name: "Kemajuan validasi" })).toBeTruthy();
  expect(screen.getByText("Membaca sheet 0 dari 2")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Batal" }));
  await screen.findByText("Validasi dibatalkan. Workbook tidak berubah.");
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(screen.queryByTestId("error")).toBeNull();
  open();
});

test("older Excel: features it lacks are hidden and the pane says why", async () => {
  const reason = { id: "Menandai sel membutuhkan ExcelApi 1.9.", en: "Marking needs ExcelApi 1.9." };
  const port = new FakePort(snapshot, { ...ALL_OK, highlight: { ok: false, reason }, watch: { ok: false, reason: { id: "Validasi ulang otomatis membutuhkan ExcelApi 1.9.", en: "x" } } });
  setup(port);
  expect(within(screen.getByTestId("limits")).getByText("Menandai sel membutuhkan ExcelApi 1.9.")).toBeTruthy();
  await validate();
  expect(screen.queryByRole("button", { name: "Tandai di sheet" })).toBeNull();
  expect(screen.getByRole("button", { name: "Buat laporan" })).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  expect((screen.getByRole("switch", { name: /Validasi ulang otomatis/ }) as HTMLInputElement).disabled).toBe(true);
});

test("settings are saved in the workbook and used by the next validation", async () => {
  const { port, seen } = setup();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Toleransi selisih rupiah/ }), { target: { value: "1.000" } });
  fireEvent.click(screen.getByRole("radio", { name: /Teks PermenPANRB/ }));
  fireEvent.click(screen.getByRole("switch", { name: /SAKIP-NIP-001/ }));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  await screen.findByText("Pengaturan disimpan di workbook.");
  expect(port.stored.validation).toMatchObject({ moneyTolerance: 1000, meritWeightPreset: "teks", disabledRules: ["SAKIP-NIP-001"] });
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  fireEvent.click(screen.getByRole("button", { name: "Validasi Workbook" }));
  await screen.findByText(/2 temuan di 2 sheet/);
  expect(seen[0]).toMatchObject({ moneyTolerance: 1000, meritWeightPreset: "teks", disabledRules: ["SAKIP-NIP-001"], language: "id" });

  // A bad number is refused with a message, and nothing is saved.
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Toleransi persen/ }), { target: { value: "abc" } });
  expect(screen.getByText("Masukkan angka 0 atau lebih")).toBeTruthy();
  expect((screen.getByRole("button", { name: "Simpan pengaturan" }) as HTMLButtonElement).disabled).toBe(true);
});

test("re-validation on change: off by default; when on, a change validates again", async () => {
  const port = new FakePort(snapshot);
  setup(port);
  await validate();
  expect(port.named("onChanged")).toHaveLength(0);
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("switch", { name: /Validasi ulang otomatis/ }));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  await waitFor(() => expect(port.named("onChanged")).toHaveLength(1));
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  const reads = port.named("readSnapshot").length;
  await act(async () => port.listener!());
  await screen.findByText(/Workbook berubah: divalidasi ulang/);
  expect(port.named("readSnapshot").length).toBe(reads + 1);
});

test("English switch: the whole pane changes language and the choice is saved", async () => {
  const { port } = setup();
  fireEvent.click(screen.getByRole("button", { name: "Bahasa: English" }));
  fireEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
  await screen.findByText("3 findings in 2 sheets (4 tables recognised, 3 rules run).");
  expect(screen.getAllByTestId("finding-message").map((m) => m.textContent)).toEqual([
    "The budget total differs from its items.",
    "Stated achievement 106.92% but it computes to 107.69%.",
    "The budget total differs from its items.",
  ]);
  expect(screen.getByTestId("count-error").textContent).toBe("1 Error");
  expect(port.stored.validation.language).toBe("en");
  expect(document.documentElement.lang).toBe("en");
});

test("a port error is shown in the user's language and the pane stays usable", async () => {
  const port = new FakePort(snapshot);
  let fail = true;
  const read = port.readSnapshot.bind(port);
  port.readSnapshot = async (...a) => {
    if (fail) throw new PortError({ id: "Workbook ini terlalu besar untuk divalidasi di Excel.", en: "Too large." });
    return read(...a);
  };
  setup(port);
  fireEvent.click(screen.getByRole("button", { name: "Validasi Workbook" }));
  expect((await screen.findByTestId("error")).textContent).toBe("Workbook ini terlalu besar untuk divalidasi di Excel.");
  fail = false;
  await validate();
  expect(screen.queryByTestId("error")).toBeNull();
});

test("the ribbon command's event starts a validation", async () => {
  const { port } = setup();
  await act(async () => void window.dispatchEvent(new Event("sakip:validate")));
  await screen.findByText(/3 temuan di 2 sheet/);
  expect(port.named("readSnapshot")).toHaveLength(1);
});
