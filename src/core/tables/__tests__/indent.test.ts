import { recognizeWorkbook } from "../recognize";
import { sheetFromRows, workbook, type FixtureValue } from "../../../../test/support/fixtures";
import type { Cell } from "../../workbook/snapshot";

type Style = { indent?: number; bold?: boolean; fill?: string };

/** NO | URAIAN | ANGGARAN rows, each name drawn as given; a JUMLAH row last. */
function table(rows: Array<[string, number, Style?]>, total: number) {
  const data: FixtureValue[][] = [["NO", "URAIAN", "ANGGARAN (Rp)"], ...rows.map(([name, amount], i) => [String(i + 1), name, amount]), [null, "JUMLAH", total]];
  const sheet = sheetFromRows("Renja", data);
  rows.forEach(([, , style], i) => {
    const c = sheet.cells.find((x) => x.row === i + 1 && x.col === 1) as Cell;
    Object.assign(c, style ?? {});
  });
  return recognizeWorkbook(workbook("w", sheet));
}

test("levels drawn by Excel's indent, parents bold: levels, links by the layout, items marked as drawn", () => {
  const rec = table([
    ["Penataan Arsip Daerah", 300, { bold: true }],
    ["Pengelolaan Arsip Dinamis", 200, { indent: 1 }],
    ["Pengelolaan Arsip Statis", 100, { indent: 1 }],
    ["Penyelamatan Arsip", 150, { bold: true }],
    ["Akuisisi Arsip Statis", 90, { indent: 1 }],
    ["Autentikasi Arsip", 70, { indent: 1 }],
  ], 450);
  const t = rec.tables[0];
  expect(t.hierarchySource).toBe("indent");
  expect(t.rows.map((r) => `${r.kind}:${r.level ?? ""}`)).toEqual(["group:program", "item:kegiatan", "item:kegiatan", "group:program", "item:kegiatan", "item:kegiatan", "total:"]);
  const h = rec.hierarchy;
  expect(h.links.map((l) => [h.items[l.parent].label, l.children.map((c) => h.items[c].label), l.via])).toEqual([
    ["Penataan Arsip Daerah", ["Pengelolaan Arsip Dinamis", "Pengelolaan Arsip Statis"], "layout"],
    ["Penyelamatan Arsip", ["Akuisisi Arsip Statis", "Autentikasi Arsip"], "layout"],
  ]);
  expect(new Set(h.items.map((i) => i.levelFrom))).toEqual(new Set(["indent"]));
});

test("levels drawn with leading spaces count as indentation", () => {
  const rec = table([
    ["Penataan Arsip Daerah", 300],
    ["    Pengelolaan Arsip Dinamis", 200],
    ["    Pengelolaan Arsip Statis", 100],
  ], 300);
  expect(rec.tables[0].hierarchySource).toBe("indent");
  expect(rec.tables[0].rows.map((r) => r.level)).toEqual(["program", "kegiatan", "kegiatan", undefined]);
});

test("bold parents alone (no indent) make two levels when the amounts agree with them", () => {
  const rec = table([
    ["Penataan Arsip Daerah", 300, { bold: true }],
    ["Pengelolaan Arsip Dinamis", 200],
    ["Pengelolaan Arsip Statis", 100],
    ["Penyelamatan Arsip", 150, { bold: true }],
    ["Akuisisi Arsip Statis", 90],
    ["Autentikasi Arsip", 70],
  ], 450);
  expect(rec.tables[0].hierarchySource).toBe("indent");
});

test("a flat list with a few rows highlighted or bold is no hierarchy", () => {
  const flat: Array<[string, number, Style?]> = [
    ["Penataan Arsip Daerah", 300, { fill: "#FFFF00" }],
    ["Pengelolaan Arsip Dinamis", 200],
    ["Pengelolaan Arsip Statis", 100, { bold: true }],
    ["Penyelamatan Arsip", 150, { fill: "#FFFF00" }],
    ["Akuisisi Arsip Statis", 90],
  ];
  const rec = table(flat, 840);
  expect(rec.tables[0].hierarchySource).toBe("none");
  expect(rec.tables[0].rows.every((r) => r.kind !== "group" && !r.level)).toBe(true);
  expect(rec.hierarchy.links).toEqual([]);
});

test("indented rows whose amounts agree with no parent and no total are not taken as levels", () => {
  const rec = table([
    ["Penataan Arsip Daerah", 300],
    ["Pengelolaan Arsip Dinamis", 250, { indent: 1 }],
    ["Pengelolaan Arsip Statis", 100, { indent: 1 }],
    ["Penyelamatan Arsip", 150],
    ["Akuisisi Arsip Statis", 90, { indent: 1 }],
    ["Autentikasi Arsip", 70, { indent: 1 }],
  ], 960);
  expect(rec.tables[0].hierarchySource).toBe("none");
  expect(rec.hierarchy.links).toEqual([]);
});
