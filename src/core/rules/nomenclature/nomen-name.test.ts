import { sheetOf, ctxOf, run } from "../../../../test/support/rulekit";
import { rule } from "./nomen-name";
import type { OfficialNomenclature } from "../../nomenclature/official";

const nom: OfficialNomenclature = {
  source: "uji.xlsx", size: 2,
  entries: {
    "X.XX.01": { level: "program", names: ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"] },
    "X.XX.01.2.01": { level: "kegiatan", names: ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"] },
  },
};

test("names match after normalisation (case, punctuation, level word, region suffix); another name is reported", () => {
  const s = sheetOf("Renja", [
    ["KODE", "NAMA"],
    ["4.01.01", "Program penunjang urusan pemerintahan daerah kabupaten / kota"],
    ["4.01.01.2.01", "Kegiatan Perencanaan Penganggaran dan Evaluasi Kinerja Perangkat Daerah"],
    ["5.01.01.2.01 Perencanaan dan Evaluasi Kinerja"],
  ]);
  const out = run(rule, ctxOf([s], [], { nomenclature: nom }));
  expect(out.map((f) => [f.cell, f.expected, f.actual])).toEqual([["A4", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Perencanaan dan Evaluasi Kinerja"]]);
});
