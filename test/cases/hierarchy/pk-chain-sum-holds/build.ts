// The PK chain holds: a Kabid with two Kegiatan whose Subkor PKs add up (100 + 80 = 180, 20 = 20); a Kabid whose
// only Subkor PK in this workbook matches one of its two Kegiatan exactly (the other Kegiatan's Subkor PK is simply
// not in the file: no alarm); a Sekretaris whose Kegiatan equal their Kasubag Sub Kegiatan. No finding at all.
import type * as ExcelJSNs from "exceljs";
import { pkSheet, KEPALA, SEKRETARIS, KASUBAG_PE, KABID, SUBKOR_A, SUBKOR_B, IND_HEADER, BUDGET_HEADER, type Party } from "../../_pk-sheets/pk";

const KABID_P: Party = { nama: "AHMAD MUNHIDLUL UMMAH, S.A.P., M.A.P.", jabatan: "Kepala Bidang Pengembangan Sumber Daya Manusia", nip: "19860330 201101 1 005" };
const SUBKOR_E: Party = { nama: "SUMINEM, S.E.", jabatan: "Sub Koordinator Evaluasi Pengembangan Kompetensi SDM", nip: "19771116 200112 2 004" };
const SUBKOR_J: Party = { nama: "ERYN YUSTINAH, S.Sos., M.Si", jabatan: "Sub Koordinator Pembinaan Jabatan Fungsional ASN", nip: "19770510 200901 2 003" };
const ind = (s: string) => [IND_HEADER, ["1.", s, "Persentase " + s.toLowerCase(), { v: 1, fmt: "0%" }]];

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  pkSheet(wb, "PK Kabid Penilaian", KABID, KEPALA, [ind("Meningkatnya kinerja dan disiplin pegawai"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Penilaian dan Evaluasi Kinerja Aparatur", 180000000, "P-APBD"],
    ["2.", "Pengembangan Kompetensi ASN", 20000000, "P-APBD"],
    ["JUMLAH", null, 200000000]]]);
  pkSheet(wb, "PK Subkor Penilaian", SUBKOR_A, KABID, [ind("Terlaksananya penilaian kinerja"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", 100000000, "APBD"]]]);
  pkSheet(wb, "PK Subkor Disiplin", SUBKOR_B, KABID, [ind("Meningkatnya Disiplin ASN"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Pengelolaan Pemberian Penghargaan Bagi Pegawai", 20000000, "P-APBD"],
    ["2.", "Pembinaan Disiplin ASN", 40000000, "P-APBD"],
    ["3.", "Pelayanan Proses Izin Perceraian Pegawai", 20000000, "P-APBD"],
    ["JUMLAH", null, 80000000]]]);
  pkSheet(wb, "PK Subkor JF", SUBKOR_J, KABID, [ind("Terlaksananya pembinaan jabatan fungsional"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Pembinaan Jabatan Fungsional ASN", 20000000, "APBD"]]]);
  pkSheet(wb, "PK Kabid PSDM", KABID_P, KEPALA, [ind("Meningkatnya Pengembangan Kompetensi"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Pengembangan Kompetensi Teknis", 695105000, "P-APBD"],
    ["2.", "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional", 2483482200, "P-APBD"],
    ["JUMLAH", null, 3178587200]]]);
  pkSheet(wb, "PK Subkor Evaluasi", SUBKOR_E, KABID_P, [ind("Tersusunnya evaluasi pengembangan kompetensi"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Penyusunan Kebijakan Teknis dan Rencana Sertifikasi Kompetensi", 519375000, "APBD"],
    ["2.", "Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan", 1964107200, "P-APBD"],
    ["JUMLAH", null, 2483482200]]]);
  pkSheet(wb, "PK Sekretaris", SEKRETARIS, KEPALA, [ind("Terwujudnya laporan perencanaan"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 25000000, "P-APBD"]]]);
  pkSheet(wb, "PK Kasubag PE", KASUBAG_PE, SEKRETARIS, [ind("Tersusunnya Dokumen Perencanaan"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
    ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
    ["JUMLAH", null, 25000000]]]);
  return wb;
}
