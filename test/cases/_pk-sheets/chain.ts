// The PK chain cases (hierarchy/pk-chain-sum-fires|holds): each PK's PIHAK KEDUA is the official whose PK lists the
// parent items. One builder, two modes; the sheets both modes share differ only in the figures the rule checks.
import type * as ExcelJSNs from "exceljs";
import { pkSheet, KEPALA, SEKRETARIS, KASUBAG_KEU, KASUBAG_PE, KABID, SUBKOR_A, SUBKOR_B, IND_HEADER, BUDGET_HEADER, type Party } from "./pk";

const KABID_M: Party = { nama: "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", jabatan: "Kepala Bidang Mutasi dan Promosi ASN", nip: "19831005 200212 1 001" };
const SUBKOR_M: Party[] = [
  { nama: "IMISARI, S.H.", jabatan: "Sub Koordinator Kepangkatan ASN", nip: "19650503 198907 2 002" },
  { nama: "BAMBANG KRISMANTO, S.Kom.", jabatan: "Sub Koordinator Mutasi ASN", nip: "19740914 200902 1 003" },
  { nama: "RUSYDI, S.H., M.H.", jabatan: "Sub Koordinator Promosi ASN", nip: "19690722 199302 1 001" },
];
const KABID_P: Party = { nama: "AHMAD MUNHIDLUL UMMAH, S.A.P., M.A.P.", jabatan: "Kepala Bidang Pengembangan Sumber Daya Manusia", nip: "19860330 201101 1 005" };
const SUBKOR_E: Party = { nama: "SUMINEM, S.E.", jabatan: "Sub Koordinator Evaluasi Pengembangan Kompetensi SDM", nip: "19771116 200112 2 004" };
const SUBKOR_J: Party = { nama: "ERYN YUSTINAH, S.Sos., M.Si", jabatan: "Sub Koordinator Pembinaan Jabatan Fungsional ASN", nip: "19770510 200901 2 003" };
const ind = (s: string) => [IND_HEADER, ["1.", s, "Persentase " + s.toLowerCase(), { v: 1, fmt: "0%" }]];

export type ChainMode = "fires" | "holds";

/**
 * fires: the Sekretaris' Kegiatan "Administrasi Keuangan Perangkat Daerah" Rp 5.392.060.000 against its Kasubag's Sub
 * Kegiatan adding up to Rp 5.292.694.789 (the seed's Bab II); a Kabid's single Kegiatan Rp 577.255.000 against three
 * Subkor PKs; a Kabid with two Kegiatan whose Subkor PKs add up to less in a way no Kegiatan explains (100 + 70 vs 200).
 * holds: the same Kabid's Subkor PKs add up (100 + 80 = 180, 20 = 20); a Kabid whose only Subkor PK in the workbook
 * matches one of its two Kegiatan exactly (the other's PK is simply not in the file); the Sekretaris' Kegiatan equal
 * their Kasubag's Sub Kegiatan.
 */
export function pkChainWorkbook(ExcelJS: typeof ExcelJSNs, mode: ChainMode): ExcelJSNs.Workbook {
  const wb = new ExcelJS.Workbook();
  const fires = mode === "fires";
  const sekretariat = () => {
    pkSheet(wb, "PK Sekretaris", SEKRETARIS, KEPALA, fires
      ? [ind("Terwujudnya administrasi keuangan"), [BUDGET_HEADER("KEGIATAN"),
        ["1.", "Administrasi Keuangan Perangkat Daerah", 5392060000, "P-APBD"],
        ["2.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 25000000, "P-APBD"],
        ["JUMLAH", null, 5417060000]]]
      : [ind("Terwujudnya laporan perencanaan"), [BUDGET_HEADER("KEGIATAN"),
        ["1.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 25000000, "P-APBD"]]]);
    if (fires) {
      pkSheet(wb, "PK Kasubag Keuangan", KASUBAG_KEU, SEKRETARIS, [ind("Tersedianya Gaji dan Tunjangan ASN"), [BUDGET_HEADER("SUB KEGIATAN"),
        ["1.", "Penyediaan Gaji dan Tunjangan ASN", 5267694789, "P-APBD"],
        ["2.", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 10000000, "P-APBD"],
        ["3.", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan / Triwulanan / Semesteran SKPD", 15000000, "P-APBD"],
        ["JUMLAH", null, 5292694789]]]);
    }
    pkSheet(wb, "PK Kasubag PE", KASUBAG_PE, SEKRETARIS, [ind("Tersusunnya Dokumen Perencanaan"), [BUDGET_HEADER("SUB KEGIATAN"),
      ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
      ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
      ["JUMLAH", null, 25000000]]]);
  };
  const penilaian = () => {
    pkSheet(wb, "PK Kabid Penilaian", KABID, KEPALA, [ind("Meningkatnya kinerja dan disiplin pegawai"), [BUDGET_HEADER("KEGIATAN"),
      ["1.", "Penilaian dan Evaluasi Kinerja Aparatur", 180000000, "P-APBD"],
      ["2.", "Pengembangan Kompetensi ASN", 20000000, "P-APBD"],
      ["JUMLAH", null, 200000000]]]);
    pkSheet(wb, "PK Subkor Penilaian", SUBKOR_A, KABID, [ind("Terlaksananya penilaian kinerja"), [BUDGET_HEADER("SUB KEGIATAN"),
      ["1.", "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", 100000000, "APBD"]]]);
    pkSheet(wb, "PK Subkor Disiplin", SUBKOR_B, KABID, [ind("Meningkatnya Disiplin ASN"), [BUDGET_HEADER("SUB KEGIATAN"),
      ["1.", "Pengelolaan Pemberian Penghargaan Bagi Pegawai", 20000000, "P-APBD"],
      ...(fires
        ? [["2.", "Pembinaan Disiplin ASN", 50000000, "P-APBD"], ["JUMLAH", null, 70000000]]
        : [["2.", "Pembinaan Disiplin ASN", 40000000, "P-APBD"], ["3.", "Pelayanan Proses Izin Perceraian Pegawai", 20000000, "P-APBD"], ["JUMLAH", null, 80000000]])]]);
  };
  if (fires) {
    sekretariat();
    pkSheet(wb, "PK Kabid Mutasi", KABID_M, KEPALA, [ind("Terwujudnya Mutasi dan Promosi ASN"), [BUDGET_HEADER("KEGIATAN"),
      ["1.", "Mutasi dan Promosi ASN", 577255000, "P-APBD"]]]);
    const subs = [["Pengelolaan Kenaikan Pangkat ASN", 35000000], ["Pengelolaan Mutasi ASN", 50000000], ["Pengelolaan Promosi ASN", 482255000]] as const;
    SUBKOR_M.forEach((p, i) => pkSheet(wb, `PK Subkor ${i + 1}`, p, KABID_M, [ind("Terlaksananya " + subs[i][0]), [BUDGET_HEADER("SUB KEGIATAN"), ["1.", subs[i][0], subs[i][1], "APBD"]]]));
    penilaian();
    return wb;
  }
  penilaian();
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
  sekretariat();
  return wb;
}
