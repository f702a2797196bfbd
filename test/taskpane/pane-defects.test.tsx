/** @jest-environment jsdom */
// The pane's walk-through defects, each as a planner would meet it, against the in-memory port.
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { Coverage } from "../../src/core/coverage";
import type { Finding } from "../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { PaneResult, ValidateFn } from "../../src/taskpane/types";
import { FakePort } from "./fake-port";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(180000);
window.scrollTo = () => undefined;

const snapshot: WorkbookSnapshot = {
  name: "LKjIP.xlsx",
  sheets: ["PK Kabid", "Pengukuran", "Renja", "Lampiran 1", "Lampiran 2"].map((name) => ({ name, visibility: "visible" as const, rowCount: 10, colCount: 4, cells: [], merges: [] })),
};

const f = (over: Partial<Finding>): Finding => ({
  rule: "SAKIP-TOTAL-001",
  severity: "error",
  sheet: "PK Kabid",
  cell: "D9",
  related: [],
  message: "Jumlah anggaran tidak sama dengan rinciannya.",
  messageEn: "The budget total differs from its items.",
  expected: "Rp 3.195.000.000",
  actual: "Rp 3.200.000.000",
  difference: -5000000,
  suggestion: "Perbaiki rumus jumlah.",
  // Until the catalogue has every English suggestion: the pane shows the Indonesian one, marked.
  suggestionEn: null,
  fingerprint: "fp-1",
  ...over,
});

const FINDINGS: Finding[] = [
  f({}),
  f({ cell: "D20", fingerprint: "fp-2", severity: "warning", rule: "SAKIP-CAPAIAN-001", expected: "90,39%", actual: "90,25%", difference: 0.0014, message: "Capaian indikator Persentase jalan mantap salah." }),
  f({ cell: "E4", sheet: "Pengukuran", fingerprint: "fp-3", rule: "SAKIP-CAPAIAN-001", severity: "warning" }),
];
const RULES = [
  { code: "SAKIP-TOTAL-001", title: { id: "Jumlah sama dengan rincian", en: "Totals match items" }, help: { id: "Jumlah harus sama dengan rinciannya.", en: "A total equals its items." } },
  { code: "SAKIP-CAPAIAN-001", title: { id: "Capaian dihitung ulang", en: "Achievement recomputed" } },
];
const table = (sheet: string) => ({ sheet, kind: "budget" as const, range: "A1:D9", columns: [], hierarchySource: "none" as const, rowCount: 8 });
const CLEAN: Coverage = {
  sheets: snapshot.sheets.map((s) => ({ sheet: s.name, status: "checked" as const, tables: [table(s.name)], uncovered: [] })),
  unknownFigures: [],
};
const PARTIAL: Coverage = {
  sheets: [
    { sheet: "PK Kabid", status: "checked", tables: [table("PK Kabid")], uncovered: [] },
    { sheet: "Pengukuran", status: "checked", tables: [table("Pengukuran")], uncovered: [] },
    ...["Renja", "Lampiran 1", "Lampiran 2"].map((sheet) => ({
      sheet,
      status: "unchecked" as const,
      tables: [],
      uncovered: [{ sheet, range: "B3:F40", figureCount: 120, reason: { id: "judul kolom tidak dipahami", en: "column headers not understood" } }],
    })),
  ],
  unknownFigures: [],
};

function setup(o: { findings?: Finding[]; coverage?: Coverage; tableCount?: number; cellView?: React.ReactNode; port?: FakePort } = {}) {
  const port = o.port ?? new FakePort(snapshot);
  const validate: ValidateFn = (wb, settings): PaneResult => ({
    findings: (o.findings ?? FINDINGS).filter((x) => !(settings?.disabledRules ?? []).includes(x.rule)),
    sheetCount: wb.sheets.length,
    tableCount: o.tableCount ?? 5,
    rulesRun: RULES.map((r) => r.code),
    coverage: o.coverage ?? CLEAN,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} validate={validate} rules={RULES} cellView={o.cellView} />
    </FluentProvider>,
  );
  return port;
}
const summary = () => screen.getByTestId("summary").textContent;
async function runValidation() {
  fireEvent.click(screen.getByRole("button", { name: "Validasi Workbook" }));
  await waitFor(() => expect(screen.queryByTestId("summary")).not.toBeNull());
}

test("cell view: it opens inside the clicked card and focus stays on the card's button", async () => {
  setup({ cellView: <div data-testid="cell-view">grid</div> });
  await runValidation();
  const cards = screen.getAllByTestId("finding");
  const button = within(cards[1]).getByTestId("finding-cell");
  button.focus();
  fireEvent.click(button);
  await waitFor(() => expect(within(screen.getAllByTestId("finding")[1]).queryByTestId("cell-view")).not.toBeNull());
  expect(screen.getAllByTestId("cell-view")).toHaveLength(1);
  expect(document.activeElement).toBe(within(screen.getAllByTestId("finding")[1]).getByTestId("finding-cell"));
});

test("coverage: no 'lolos' when sheets with figures were not checked; each unchecked sheet opens and goes to its block", async () => {
  const port = setup({ findings: [], coverage: PARTIAL });
  await runValidation();
  expect(summary()).not.toMatch(/lolos|Tidak ada temuan\. /);
  expect(summary()).toBe("Tidak ada temuan di tabel yang dikenali, tetapi belum semua isi workbook dapat diperiksa.");
  fireEvent.click(screen.getByRole("button", { name: "3 lembar tidak dapat diperiksa" }));
  const view = screen.getByTestId("coverage");
  expect(within(view).getByRole("heading", { name: "Cakupan pemeriksaan" })).toBeTruthy();
  const sheets = within(view).getAllByTestId("coverage-sheet");
  expect(sheets.slice(0, 3).map((s) => s.getAttribute("data-status"))).toEqual(["unchecked", "unchecked", "unchecked"]);
  expect(within(sheets[0]).getByText("B3:F40: 120 angka tidak diperiksa — judul kolom tidak dipahami")).toBeTruthy();
  fireEvent.click(within(sheets[0]).getByRole("button", { name: "Buka Renja!B3:F40" }));
  await waitFor(() => expect(port.named("selectCell")[0]).toEqual(["selectCell", "Renja", "B3:F40", []]));
});

test("coverage: with no table recognised the summary says nothing could be checked; only a clean run says lolos", async () => {
  setup({ findings: [], tableCount: 0, coverage: { sheets: [], unknownFigures: [] } });
  await runValidation();
  expect(summary()).toBe("Tidak ada tabel yang dikenali: tidak ada yang dapat diperiksa.");
});

test("coverage: a clean run on fully covered sheets says lolos", async () => {
  setup({ findings: [] });
  await runValidation();
  expect(summary()).toBe("Tidak ada temuan. Workbook lolos semua aturan yang aktif.");
});

test("English: page title, plurals, one number convention per card, suggestions in English or marked as Indonesian", async () => {
  const withEn = f({ cell: "A1", fingerprint: "fp-en", suggestion: "Perbaiki.", suggestionEn: "Fix the total." } as Partial<Finding>);
  setup({ findings: [FINDINGS[0], FINDINGS[1], withEn] });
  fireEvent.click(screen.getByRole("button", { name: "Bahasa: English" }));
  await waitFor(() => expect(document.title).toBe("SAKIP Tools — Workbook validation"));
  fireEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
  await waitFor(() => expect(summary()).toBe("3 findings in 1 sheet"));
  expect(screen.getByTestId("count-error").textContent).toBe("2 errors");
  expect(screen.getByTestId("count-warning").textContent).toBe("1 warning");
  const [total, capaian, en] = screen.getAllByTestId("finding");
  expect(within(total).getByTestId("finding-expected").textContent).toBe("Rp 3,195,000,000");
  expect(within(total).getByTestId("finding-difference").textContent).toBe("+Rp 5,000,000 (written too high)");
  expect(within(capaian).getByTestId("finding-expected").textContent).toBe("90.39%");
  expect(within(capaian).getByTestId("finding-difference").textContent).toBe("-0.14 percentage points (written too low)");
  expect(within(total).getByTestId("finding-suggestion").textContent).toBe("Suggestion (in Indonesian): Perbaiki rumus jumlah.");
  expect(within(total).getByText("Perbaiki rumus jumlah.").getAttribute("lang")).toBe("id");
  expect(within(en).getByTestId("finding-suggestion").textContent).toBe("Suggestion: Fix the total.");
  // No Indonesian word left in the pane's own text.
  const own = document.body.textContent!.replace(/Jumlah anggaran[^.]*\.|Capaian indikator[^.]*\.|Perbaiki[^.]*\.|PK Kabid|Jumlah sama dengan rincian|Capaian dihitung ulang/g, "");
  expect(own).not.toMatch(/\b(lembar|temuan|sheet dibaca|Galat|Peringatan|Seharusnya|Tertulis|Selisih|Abaikan|Saring)\b/);
});

test("settings: filters, grouping, search and closed groups survive a visit to Pengaturan; unsaved changes are flagged", async () => {
  setup();
  await runValidation();
  fireEvent.change(screen.getByTestId("search"), { target: { value: "D20" } });
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(1));
  fireEvent.click(screen.getByTestId("filters-toggle"));
  fireEvent.click(screen.getByRole("radio", { name: "Per aturan" }));
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Toleransi selisih rupiah/ }), { target: { value: "2.500" } });
  expect(screen.getByRole("tab", { name: "Pengaturan (belum disimpan)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  expect(screen.getByTestId("unsaved").textContent).toMatch("Ada pengaturan yang belum disimpan.");
  expect((screen.getByTestId("search") as HTMLInputElement).value).toBe("D20");
  expect((screen.getByRole("radio", { name: "Per aturan" }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getAllByTestId("finding").map((x) => x.getAttribute("data-fingerprint"))).toEqual(["fp-2"]);
  fireEvent.click(screen.getByRole("button", { name: "Kembali ke Pengaturan" }));
  expect((screen.getByRole("textbox", { name: /Toleransi selisih rupiah/ }) as HTMLInputElement).value).toBe("2.500");
});

test("settings: saving marks the results stale and offers to validate again; the Rp tolerance is shown grouped; all / none", async () => {
  const port = new FakePort(snapshot);
  port.stored = { validation: { moneyTolerance: 100000000 }, autoValidate: false };
  setup({ port });
  await runValidation();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  await waitFor(() => expect((screen.getByRole("textbox", { name: /Toleransi selisih rupiah/ }) as HTMLInputElement).value).toBe("100.000.000"));
  fireEvent.click(screen.getByRole("button", { name: "Matikan semua" }));
  expect(screen.getByTestId("rules-active").textContent).toBe("0 dari 2 aturan aktif");
  expect(screen.getAllByRole("switch", { name: /SAKIP-/ }).every((s) => !(s as HTMLInputElement).checked)).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Aktifkan semua" }));
  expect(screen.getByTestId("rules-active").textContent).toBe("2 dari 2 aturan aktif");
  // A rule's explanation is tied to its switch.
  const sw = screen.getByRole("switch", { name: /SAKIP-TOTAL-001/ });
  expect(document.getElementById(sw.getAttribute("aria-describedby")!)!.textContent).toBe("Jumlah harus sama dengan rinciannya.");
  fireEvent.click(screen.getByRole("switch", { name: /SAKIP-CAPAIAN-001/ }));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  await screen.findByText("Pengaturan disimpan di workbook.");
  fireEvent.click(screen.getByRole("tab", { name: "Temuan" }));
  expect(screen.getByTestId("stale").textContent).toMatch("hasil di bawah mungkin sudah usang");
  fireEvent.click(within(screen.getByTestId("stale")).getByRole("button", { name: "Validasi ulang" }));
  await waitFor(() => expect(summary()).toBe("1 temuan di 1 lembar"));
  expect(screen.queryByTestId("stale")).toBeNull();
});

test("focus: after Validasi on the summary, after Abaikan on the next card, on the summary when none is left", async () => {
  setup();
  await runValidation();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("summary")));
  fireEvent.click(screen.getByRole("button", { name: "Abaikan temuan ini (SAKIP-TOTAL-001 di PK Kabid!D9)" }));
  await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Buka sel PK Kabid!D20"));
  fireEvent.click(screen.getByRole("button", { name: /Abaikan temuan ini \(SAKIP-CAPAIAN-001 di PK Kabid!D20\)/ }));
  await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Buka sel Pengukuran!E4"));
  fireEvent.click(screen.getByRole("button", { name: /Abaikan temuan ini \(SAKIP-CAPAIAN-001 di Pengukuran!E4\)/ }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("summary")));
});

test("empty state: a filter that hides everything says so and resets; the show-ignored switch turns off after the last restore", async () => {
  setup();
  await runValidation();
  fireEvent.change(screen.getByTestId("search"), { target: { value: "tidak ada di mana pun" } });
  const empty = await screen.findByTestId("no-match");
  expect(within(empty).getByText("Tidak ada yang cocok")).toBeTruthy();
  expect(empty.querySelector("svg")).not.toBeNull();
  fireEvent.click(within(empty).getByRole("button", { name: "Atur ulang saringan" }));
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(3));

  fireEvent.click(screen.getByRole("button", { name: "Abaikan temuan ini (SAKIP-TOTAL-001 di PK Kabid!D9)" }));
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(2));
  fireEvent.click(screen.getByTestId("filters-toggle"));
  fireEvent.click(screen.getByRole("switch", { name: /Tampilkan yang diabaikan/ }));
  fireEvent.click(await screen.findByRole("button", { name: "Tampilkan lagi" }));
  await waitFor(() => expect(screen.queryByRole("switch", { name: /Tampilkan yang diabaikan/ })).toBeNull());
  // Ignore again: the switch comes back off, so the ignored card is hidden at once.
  fireEvent.click(screen.getByRole("button", { name: "Abaikan temuan ini (SAKIP-TOTAL-001 di PK Kabid!D9)" }));
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(2));
  expect((screen.getByRole("switch", { name: /Tampilkan yang diabaikan/ }) as HTMLInputElement).checked).toBe(false);
});

test("wording: the summary counts sheets with findings, not sheets read; badges and option counts follow the filters", async () => {
  setup();
  await runValidation();
  expect(summary()).toBe("3 temuan di 2 lembar");
  expect(screen.getByTestId("summary-detail").textContent).toBe("5 lembar dibaca · 5 tabel · 2 aturan");
  fireEvent.click(screen.getByTestId("filters-toggle"));
  fireEvent.change(screen.getByTestId("rule-filter"), { target: { value: "SAKIP-CAPAIAN-001" } });
  expect(screen.getByTestId("count-error").textContent).toBe("0 Galat");
  expect(screen.getByTestId("count-warning").textContent).toBe("2 Peringatan");
  fireEvent.change(screen.getByTestId("rule-filter"), { target: { value: "" } });
  fireEvent.click(screen.getByRole("checkbox", { name: "Galat (1)" }));
  const options = [...(screen.getByTestId("rule-filter") as HTMLSelectElement).options].map((o) => o.textContent);
  expect(options).toEqual(["Semua aturan", "SAKIP-TOTAL-001 — Jumlah sama dengan rincian (0)", "SAKIP-CAPAIAN-001 — Capaian dihitung ulang (2)"]);
});

test("search, next / previous (buttons and Alt+arrows), expand / collapse all", async () => {
  const port = setup();
  await runValidation();
  fireEvent.change(screen.getByTestId("search"), { target: { value: "pengukuran!e4" } });
  await waitFor(() => expect(screen.getAllByTestId("finding").map((x) => x.getAttribute("data-fingerprint"))).toEqual(["fp-3"]));
  fireEvent.change(screen.getByTestId("search"), { target: { value: "jalan mantap" } });
  await waitFor(() => expect(screen.getAllByTestId("finding").map((x) => x.getAttribute("data-fingerprint"))).toEqual(["fp-2"]));
  fireEvent.change(screen.getByTestId("search"), { target: { value: "" } });
  await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(3));

  fireEvent.click(screen.getByRole("button", { name: "Temuan berikutnya (Alt+↓)" }));
  await waitFor(() => expect(screen.getByTestId("position").textContent).toBe("1 dari 3"));
  fireEvent.keyDown(screen.getByTestId("findings"), { key: "ArrowDown", altKey: true });
  await waitFor(() => expect(screen.getByTestId("position").textContent).toBe("2 dari 3"));
  await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Buka sel PK Kabid!D20"));
  expect(port.named("selectCell").map((c) => c[2])).toEqual(["D9", "D20"]);
  fireEvent.click(screen.getByRole("button", { name: "Temuan sebelumnya (Alt+↑)" }));
  await waitFor(() => expect(screen.getByTestId("position").textContent).toBe("1 dari 3"));

  fireEvent.click(screen.getByRole("button", { name: "Tutup semua" }));
  expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  expect(screen.getAllByTestId("group").map((g) => g.textContent)).toEqual(["PK Kabid (2)", "Pengukuran (1)"]);
  fireEvent.click(screen.getByRole("button", { name: "Buka semua" }));
  expect(screen.getAllByTestId("finding")).toHaveLength(3);
});

test("polish: a logo in the header, icons on the actions, a designed start state", async () => {
  setup();
  expect(document.querySelector("header img")).not.toBeNull();
  const start = screen.getByTestId("start");
  expect(start.querySelector("svg")).not.toBeNull();
  expect(screen.getByRole("button", { name: "Validasi Workbook" }).querySelector("svg")).not.toBeNull();
  await runValidation();
  const card = screen.getAllByTestId("finding")[0];
  expect(within(card).getByTestId("finding-cell").querySelector("svg")).not.toBeNull();
  expect(within(card).getByTestId("finding-ignore").querySelector("svg")).not.toBeNull();
});
