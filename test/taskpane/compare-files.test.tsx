/** @jest-environment jsdom */
// "Bandingkan dengan file lain…": the component as a planner uses it (everything through props).
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CompareFiles } from "../../src/taskpane/components/CompareFiles";

test("the component: pick files, see them listed read-only, remove one, pick a nomenclature", () => {
  const onPick = jest.fn();
  const onRemove = jest.fn();
  const onPickNomenclature = jest.fn();
  const ui = (files: string[], nomenclature?: { name: string; size: number }) => (
    <FluentProvider theme={webLightTheme}>
      <CompareFiles lang="id" files={files} nomenclature={nomenclature} failed={[{ name: "rusak.xlsx", reason: { id: "Berkas rusak.", en: "Damaged file." } }]}
        onPick={onPick} onRemove={onRemove} onPickNomenclature={onPickNomenclature} onClearNomenclature={() => undefined} />
    </FluentProvider>
  );
  const { rerender } = render(ui([]));
  expect(screen.getByRole("button", { name: "Bandingkan dengan file lain…" })).toBeTruthy();
  expect(screen.queryByText(/Hanya dibaca/)).toBeNull();
  const file = new File(["x"], "Renja 2025.xlsx");
  fireEvent.change(screen.getByTestId("compare-files-input"), { target: { files: [file] } });
  expect(onPick).toHaveBeenCalledWith([file]);
  rerender(ui(["Renja 2025.xlsx"], { name: "kepmendagri.xlsx", size: 7765 }));
  expect(screen.getByText("Renja 2025.xlsx")).toBeTruthy();
  expect(screen.getByText(/Hanya dibaca: tidak ada yang ditulis/)).toBeTruthy();
  expect(screen.getByRole("alert").textContent).toBe("rusak.xlsx: Berkas rusak.");
  expect(screen.getByText(/kepmendagri.xlsx \(7\.765 kode\)/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Hapus Renja 2025.xlsx" }));
  expect(onRemove).toHaveBeenCalledWith("Renja 2025.xlsx");
  const nomFile = new File(["x"], "nomenklatur.xlsx");
  fireEvent.change(screen.getByTestId("nomenclature-input"), { target: { files: [nomFile] } });
  expect(onPickNomenclature).toHaveBeenCalledWith(nomFile);
});
