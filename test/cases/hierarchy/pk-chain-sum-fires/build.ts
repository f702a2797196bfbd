// The PK chain: each PK's PIHAK KEDUA is the official whose PK lists the parent items.
// - SAKIP-HIER-001 (nomenclature): the Sekretaris' Kegiatan "Administrasi Keuangan Perangkat Daerah" Rp 5.392.060.000
//   vs the Kasubag Keuangan's Sub Kegiatan (all of that Kegiatan in Permendagri 90) adding up to Rp 5.292.694.789
//   (the seed's Bab II); "Perencanaan, Penganggaran, dan Evaluasi" holds with the Kasubag PE.
// - SAKIP-HIER-001 (one parent item): a Kabid's single Kegiatan Rp 577.255.000 vs the three Subkor PKs.
// - SAKIP-HIER-002: a Kabid with two Kegiatan (not in the national list) whose Subkor PKs add up to less, in a way
//   no Kegiatan explains.
import type * as ExcelJSNs from "exceljs";
import { pkSheet, KEPALA, SEKRETARIS, KASUBAG_KEU, KASUBAG_PE, KABID, SUBKOR_A, SUBKOR_B, IND_HEADER, BUDGET_HEADER, type Party } from "../../_pk-sheets/pk";

const KABID_M: Party = { nama: "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", jabatan: "Kepala Bidang Mutasi dan Promosi ASN", nip: "19831005 200212 1 001" };
const SK: Party[] = [
  { nama: "IMISARI, S.H.", jabatan: "Sub Koordinator Kepangkatan ASN", nip: "19650503 198907 2 002" },
  { nama: "BAMBANG KRISMANTO, S.Kom.", jabatan: "Sub Koordinator Mutasi ASN", nip: "19740914 200902 1 003" },
  { nama: "RUSYDI, S.H., M.H.", jabatan: "Sub Koordinator Promosi ASN", nip: "19690722 199302 1 001" },
];
const ind = (s: string) => [IND_HEADER, ["1.", s, "Persentase " + s.toLowerCase(), { v: 1, fmt: "0%" }]];

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  pkSheet(wb, "PK Sekretaris", SEKRETARIS, KEPALA, [ind("Terwujudnya administrasi keuangan"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Administrasi Keuangan Perangkat Daerah", 5392060000, "P-APBD"],
    ["2.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 25000000, "P-APBD"],
    ["JUMLAH", null, 5417060000]]]);
  pkSheet(wb, "PK Kasubag Keuangan", KASUBAG_KEU, SEKRETARIS, [ind("Tersedianya Gaji dan Tunjangan ASN"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Penyediaan Gaji dan Tunjangan ASN", 5267694789, "P-APBD"],
    ["2.", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 10000000, "P-APBD"],
    ["3.", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan / Triwulanan / Semesteran SKPD", 15000000, "P-APBD"],
    ["JUMLAH", null, 5292694789]]]);
  pkSheet(wb, "PK Kasubag PE", KASUBAG_PE, SEKRETARIS, [ind("Tersusunnya Dokumen Perencanaan"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10000000, "APBD"],
    ["2.", "Evaluasi Kinerja Perangkat Daerah", 15000000, "APBD"],
    ["JUMLAH", null, 25000000]]]);
  pkSheet(wb, "PK Kabid Mutasi", KABID_M, KEPALA, [ind("Terwujudnya Mutasi dan Promosi ASN"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Mutasi dan Promosi ASN", 577255000, "P-APBD"]]]);
  const subs = [["Pengelolaan Kenaikan Pangkat ASN", 35000000], ["Pengelolaan Mutasi ASN", 50000000], ["Pengelolaan Promosi ASN", 482255000]] as const;
  SK.forEach((p, i) => pkSheet(wb, `PK Subkor ${i + 1}`, p, KABID_M, [ind("Terlaksananya " + subs[i][0]), [BUDGET_HEADER("SUB KEGIATAN"), ["1.", subs[i][0], subs[i][1], "APBD"]]]));
  pkSheet(wb, "PK Kabid Penilaian", KABID, KEPALA, [ind("Meningkatnya kinerja dan disiplin pegawai"), [BUDGET_HEADER("KEGIATAN"),
    ["1.", "Penilaian dan Evaluasi Kinerja Aparatur", 180000000, "P-APBD"],
    ["2.", "Pengembangan Kompetensi ASN", 20000000, "P-APBD"],
    ["JUMLAH", null, 200000000]]]);
  pkSheet(wb, "PK Subkor Penilaian", SUBKOR_A, KABID, [ind("Terlaksananya penilaian kinerja"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", 100000000, "APBD"]]]);
  pkSheet(wb, "PK Subkor Disiplin", SUBKOR_B, KABID, [ind("Meningkatnya Disiplin ASN"), [BUDGET_HEADER("SUB KEGIATAN"),
    ["1.", "Pengelolaan Pemberian Penghargaan Bagi Pegawai", 20000000, "P-APBD"],
    ["2.", "Pembinaan Disiplin ASN", 50000000, "P-APBD"],
    ["JUMLAH", null, 70000000]]]);
  return wb;
}
