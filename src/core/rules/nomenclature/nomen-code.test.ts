import { sheetOf, ctxOf, run } from "../../../../test/support/rulekit";
import { rule } from "./nomen-code";
import type { OfficialNomenclature } from "../../nomenclature/official";

const nom: OfficialNomenclature = {
  source: "uji.xlsx", size: 3,
  entries: {
    "X.XX.01": { level: "program", names: ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"] },
    "X.XX.01.2.01": { level: "kegiatan", names: ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"] },
    "4.01.02": { level: "program", names: ["PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"] },
  },
};

test("codes that exist (also through the X.XX placeholder) hold; an unknown code is reported; no list, no check", () => {
  const s = sheetOf("Renja", [["KODE", "NAMA"], ["4.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"], ["4.01.02 Program Pemerintahan dan Kesejahteraan Rakyat"], ["4.01.03", "Program Fiktif"], ["1.500", "orang"]]);
  expect(run(rule, ctxOf([s], [], { nomenclature: nom })).map((f) => [f.cell, f.actual])).toEqual([["A4", "4.01.03"]]);
  expect(run(rule, ctxOf([s], []))).toEqual([]);
});
