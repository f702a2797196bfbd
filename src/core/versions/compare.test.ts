// Version comparison of sheets without a recognised table (a cascade drawn as boxes): box by box, captions left out.
import { compareVersions, isCaption } from "./compare";
import { sheetFromRows, workbook } from "../../../test/support/fixtures";

const cascade = (name: string, rows: Array<Array<string | null>>) => sheetFromRows(name, rows);

describe("compareVersions on drawn cascades", () => {
  const wb = workbook("c",
    cascade("Awal", [["Sasaran :", null, "Sasaran 7"], [null, "Terselenggaranya ketatausahaan biro"], ["Indikator :", "SUB BAGIAN PERIKANAN DAN KELAUTAN"], [null, "SUB BAGIAN TATA USAHA"]]),
    cascade("Ubah", [["Sasaran : 1", null, "Sasaran 4"], [null, "Terselenggaranya perencanaan dan ketatausahaan biro"], ["Indikator :", "SUB BAGIAN KELAUTAN DAN PERIKANAN"], [null, "Prosentase penyaluran Rastra"]]));
  const f = compareVersions({ workbook: wb, sheet: "Awal" }, { workbook: wb, sheet: "Ubah" });
  test("lists the reworded, added and removed boxes, never a caption", () => {
    expect(f.map((x) => [x.rule, x.sheet, x.cell, x.expected, x.actual])).toEqual([
      ["SAKIP-VERSI-004", "Ubah", "C1", "Sasaran 7", "Sasaran 4"],
      ["SAKIP-VERSI-004", "Ubah", "B2", "Terselenggaranya ketatausahaan biro", "Terselenggaranya perencanaan dan ketatausahaan biro"],
      ["SAKIP-VERSI-004", "Ubah", "B3", "SUB BAGIAN PERIKANAN DAN KELAUTAN", "SUB BAGIAN KELAUTAN DAN PERIKANAN"],
      ["SAKIP-VERSI-002", "Ubah", "B4", null, "Prosentase penyaluran Rastra"],
      ["SAKIP-VERSI-003", "Awal", "B4", "SUB BAGIAN TATA USAHA", null],
    ]);
  });
  test("captions are a label and a colon, with a number at most", () => {
    expect(["Sasaran :", "Indikator : 2", "Program:"].every(isCaption)).toBe(true);
    expect(["Sasaran 7", "Meningkatnya akuntabilitas: nilai SAKIP"].some(isCaption)).toBe(false);
  });
});
