import { rule } from "./parent-sum";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook } from "../../../../test/support/fixtures";

const renja = (kegiatan: number) =>
  workbook("w", sheetFromRows("Renja", [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"],
    ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", kegiatan],
    ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100000000],
    ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150000000],
  ]));

describe("SAKIP-HIER-001", () => {
  test("a Kegiatan (by code) that is not the sum of its Sub Kegiatan fires on its amount, an error", () => {
    const f = run(rule, recognizedCtx(renja(300000000)));
    expect(f.map((x) => [x.cell, x.expected, x.severity ?? "error"])).toEqual([["C2", "Rp 250.000.000", "error"]]);
    expect(f[0].related?.map((r) => r.cell)).toEqual(["C3", "C4"]);
  });
  test("holds when the parent equals its children", () => {
    expect(run(rule, recognizedCtx(renja(250000000)))).toEqual([]);
  });
});
