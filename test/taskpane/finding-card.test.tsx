/** @jest-environment jsdom */
// A formula finding shows the formula as written beside the one expected, labelled, in both languages.
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingCard } from "../../src/taskpane/components/FindingCard";
import type { Finding } from "../../src/core/findings/finding";

const formula: Finding = {
  rule: "SAKIP-FORMULA-002",
  severity: "error",
  sheet: "Evaluasi Renja",
  cell: "G10",
  related: [{ sheet: "Evaluasi Renja", cell: "G14" }],
  message: "Rumus G10 tertulis =SUM(G11:G13), melewatkan baris 14; seharusnya =SUM(G11:G14).",
  messageEn: "Formula G10 reads =SUM(G11:G13), skipping row 14; expected =SUM(G11:G14).",
  expected: "=SUM(G11:G14)",
  actual: "=SUM(G11:G13)",
  difference: 15000000,
  suggestion: null,
  suggestionEn: null,
  fingerprint: "fp-formula",
};

const card = (f: Finding, lang: "id" | "en") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <FindingCard finding={f} lang={lang} ignored={false} onGo={() => undefined} onIgnore={() => undefined} onUnignore={() => undefined} />
      </ul>
    </FluentProvider>,
  );

test("Rumus tertulis beside Rumus seharusnya, monospace, with the value it changes", () => {
  card(formula, "id");
  const box = screen.getByTestId("finding-formulas");
  const [written, expected] = within(box).getAllByRole("figure");
  expect(within(written).getByText("Rumus tertulis")).toBeTruthy();
  expect(within(written).getByTestId("formula-written").textContent).toBe("=SUM(G11:G13)");
  expect(within(expected).getByText("Rumus seharusnya")).toBeTruthy();
  expect(within(expected).getByTestId("formula-expected").textContent).toBe("=SUM(G11:G14)");
  expect(within(box).getByTestId("formula-written").tagName).toBe("CODE");
  // The plain Seharusnya / Tertulis rows are not repeated; the difference still reads as written minus expected.
  expect(screen.queryByTestId("finding-expected")).toBeNull();
  expect(screen.queryByTestId("finding-actual")).toBeNull();
  expect(screen.getByTestId("finding-difference").textContent).toBe("-15.000.000 (tertulis lebih kecil)");
});

test("in English the labels are English and the formulas are left as the workbook writes them", () => {
  card({ ...formula, actual: "=IFERROR(D8/E8;0)", expected: "=IFERROR(E8/D8;0)" }, "en");
  const box = screen.getByTestId("finding-formulas");
  expect(within(box).getByText("Formula as written")).toBeTruthy();
  expect(within(box).getByText("Expected formula")).toBeTruthy();
  expect(within(box).getByTestId("formula-written").textContent).toBe("=IFERROR(D8/E8;0)");
  expect(box.textContent).not.toMatch(/Rumus/);
});

test("other findings keep Seharusnya / Tertulis", () => {
  card({ ...formula, rule: "SAKIP-TOTAL-001", expected: "Rp 1.672.255.000", actual: "Rp 1.672.250.000", difference: 5000 }, "id");
  expect(screen.queryByTestId("finding-formulas")).toBeNull();
  expect(screen.getByTestId("finding-expected").textContent).toBe("Rp 1.672.255.000");
});
