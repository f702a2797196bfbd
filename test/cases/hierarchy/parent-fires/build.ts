// SAKIP-HIER-001 fires inside one table: a Kegiatan whose amount is not the sum of its Sub Kegiatan,
// with the hierarchy from codes (sheet "Renja") and from "Program / Kegiatan / Sub Kegiatan" labels (sheet "RKT").
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_engine/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  rows(wb.addWorksheet("Renja"), 1, [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"],
    ["5.04.01", "Program Penunjang Urusan Pemerintahan Daerah", 1000000000],
    ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 300000000],
    ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100000000],
    ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150000000],
    ["5.04.01.2.02", "Administrasi Keuangan Perangkat Daerah", 700000000],
    ["5.04.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 700000000],
  ]);
  rows(wb.addWorksheet("RKT"), 1, [
    ["NO", "URAIAN", "ANGGARAN (Rp)"],
    ["1", "Program Kepegawaian Daerah", 1672255000],
    ["1.1", "Kegiatan Mutasi dan Promosi ASN", 577255000],
    ["", "Sub Kegiatan Pengelolaan Kenaikan Pangkat ASN", 35000000],
    ["", "Sub Kegiatan Pengelolaan Mutasi ASN", 50000000],
    ["", "Sub Kegiatan Pengelolaan Promosi ASN", 492255000],
    ["1.2", "Kegiatan Penilaian dan Evaluasi Kinerja Aparatur", 1100000000],
    ["", "Sub Kegiatan Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", 100000000],
  ]);
  return wb;
}
