// A Renja with codes and an RKT with "Program / Kegiatan / Sub Kegiatan" labels, as planners lay them out: the
// parents add up ("holds") or two Kegiatan and a Program do not ("fires").
import type * as ExcelJSNs from "exceljs";
import { rows } from "./pk";

export function renjaAndRkt(ExcelJS: typeof ExcelJSNs, mode: "fires" | "holds"): ExcelJSNs.Workbook {
  const fires = mode === "fires";
  const wb = new ExcelJS.Workbook();
  rows(wb.addWorksheet("Renja"), 1, [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"],
    ["5.04.01", "Program Penunjang Urusan Pemerintahan Daerah", fires ? 1000000000 : 950000000],
    ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", fires ? 300000000 : 250000000],
    ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100000000],
    ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150000000],
    ["5.04.01.2.02", "Administrasi Keuangan Perangkat Daerah", 700000000],
    ["5.04.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 700000000],
  ]);
  rows(wb.addWorksheet("RKT"), 1, [
    ["NO", "URAIAN", "ANGGARAN (Rp)"],
    ["1", "Program Kepegawaian Daerah", fires ? 1672255000 : 677255000],
    ["1.1", "Kegiatan Mutasi dan Promosi ASN", 577255000],
    ["", "Sub Kegiatan Pengelolaan Kenaikan Pangkat ASN", 35000000],
    ["", "Sub Kegiatan Pengelolaan Mutasi ASN", 50000000],
    ["", "Sub Kegiatan Pengelolaan Promosi ASN", 492255000],
    ["1.2", "Kegiatan Penilaian dan Evaluasi Kinerja Aparatur", fires ? 1100000000 : 100000000],
    ["", "Sub Kegiatan Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", 100000000],
  ]);
  return wb;
}
