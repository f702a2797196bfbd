// An RKT laid out as the seed's Lampiran II: merged ESELON II / ESELON III over sub-headers, a column-number row,
// Program and Kegiatan in separate columns, the KEGIATAN column holding both Kegiatan and Sub Kegiatan, told apart
// by PENANGGUNG JAWAB. SAKIP-HIER-001 fires (warning: levels inferred) where a Kegiatan differs from its Sub Kegiatan;
// the Program and the other Kegiatan hold.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("RKT");
  rows(ws, 1, [
    ["TUJUAN", "SASARAN STRATEGIS", "ESELON II", null, null, "ESELON III", null, "TARGET DAN SATUAN", "PLAFON ANGGARAN (Rp.)", "PENANGGUNG JAWAB"],
    [null, null, "INDIKATOR SASARAN", "TARGET", "PROGRAM", "KEGIATAN", "INDIKATOR KINERJA"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    ["Meningkatkan profesionalitas ASN", "Meningkatnya kualitas manajemen ASN", "Indeks Sistem Merit", 260, "Program Kepegawaian Daerah", null, null, null, 777255000, "Kepala BKPSDM"],
    [null, null, null, null, null, "Mutasi dan Promosi ASN", "Persentase ASN yang ditempatkan sesuai kualifikasi", "85%", 577255000, "Kabid Mutasi dan Promosi ASN"],
    [null, null, null, null, null, "Pengelolaan Mutasi ASN", "Jumlah terbitnya SK penempatan PNS", "500 SK", 50000000, "Sub Kor Mutasi ASN"],
    [null, null, null, null, null, "Pengelolaan Kenaikan Pangkat ASN", "Jumlah terbitnya SK kenaikan pangkat PNS", "1000 SK", 35000000, "Sub Kor Kepangkatan ASN"],
    [null, null, null, null, null, "Pengelolaan Promosi ASN", "Jumlah peserta uji kompetensi", "124 PNS", 482255000, "Sub Kor Promosi ASN"],
    [null, null, null, null, null, "Penilaian dan Evaluasi Kinerja Aparatur", "Persentase ASN yang prestasi kerjanya baik", "95%", 200000000, "Kabid Penilaian Kinerja Aparatur dan Penghargaan"],
    [null, null, null, null, null, "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", "Jumlah laporan hasil evaluasi penilaian kinerja", "2 laporan", 100000000, "Sub Kor Penilaian Kinerja ASN"],
    [null, null, null, null, null, "Pembinaan Disiplin ASN", "Jumlah Laporan pembinaan disiplin ASN", "4 laporan", 100000000, "Sub Kor Pembinaan Disiplin Dan Penghargaan"],
  ]);
  for (const m of ["C1:E1", "F1:G1", "A1:A2", "B1:B2", "H1:H2", "I1:I2", "J1:J2"]) ws.mergeCells(m);
  return wb;
}
