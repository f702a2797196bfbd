// Generator of a big, mostly consistent workbook for the engine's performance test.
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { sheetFromRows, workbook, type FixtureValue } from "./fixtures";

function pkRows(i: number, superior: number | null): FixtureValue[][] {
  const rows: FixtureValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2022"], [],
    [null, "PIHAK PERTAMA"], [null, "Nama", `PEJABAT ${i}`], [null, "Jabatan", `Jabatan nomor ${i}`], [null, "NIP", `19700101 199901 1 ${String(i).padStart(3, "0")}`], [],
    [null, "PIHAK KEDUA"], [null, "Nama", superior === null ? "BUPATI" : `PEJABAT ${superior}`], [null, "Jabatan", superior === null ? "Bupati" : `Jabatan nomor ${superior}`], [],
    ["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"],
  ];
  for (let k = 0; k < 5; k++) rows.push([`${k + 1}.`, `Sasaran ${i}-${k}`, `Jumlah dokumen kegiatan ${i} nomor ${k} yang tersusun`, `${k + 1} dokumen`]);
  rows.push([], ["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  for (let k = 0; k < 10; k++) rows.push([`${k + 1}.`, `Sub kegiatan ${i} nomor ${k}`, `Rp ${k + 1}.000.000,00`, "APBD"]);
  rows.push(["JUMLAH", null, "Rp 55.000.000,00"]);
  return rows;
}

export function bigWorkbook(scale: number): WorkbookSnapshot {
  const sheets = [];
  const pkCount = 300 * scale;
  for (let i = 0; i < pkCount; i++) sheets.push(sheetFromRows(`PK ${i}`, pkRows(i, i === 0 ? null : Math.floor((i - 1) / 5))));
  const m: FixtureValue[][] = [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN", "PAGU", "REALISASI", "CAPAIAN"]];
  for (let r = 0; r < 20000 * scale; r++) m.push([r + 1, `Sasaran ${r}`, `Indikator ukur nomor ${r} yang tercapai`, 100, 90, { v: 0.9, fmt: "0.00%" }, 1000000, 900000, { v: 0.9, fmt: "0.00%" }]);
  sheets.push(sheetFromRows("Capaian", m));
  const renja: FixtureValue[][] = [["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"]];
  for (let p = 0; p < 10 * scale; p++) {
    renja.push([`5.04.${String(p + 1).padStart(2, "0")}`, `Program ${p}`, 100 * 1000000]);
    for (let k = 0; k < 100; k++) {
      renja.push([`5.04.${String(p + 1).padStart(2, "0")}.2.${String(k + 1).padStart(2, "0")}`, `Kegiatan ${p}-${k}`, 1000000]);
      for (let s = 0; s < 9; s++) renja.push([`5.04.${String(p + 1).padStart(2, "0")}.2.${String(k + 1).padStart(2, "0")}.${String(s + 1).padStart(4, "0")}`, `Sub ${p}-${k}-${s}`, s === 8 ? 300000 : 100000]);
    }
  }
  sheets.push(sheetFromRows("Renja", renja));
  return workbook("big.xlsx", ...sheets);
}

