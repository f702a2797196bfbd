// Workbook builders for the golden cases of the derived, skm, merit, people and numbers families.
// Each case folder's build.ts calls one of these with "fires" or "holds". Figures come from the seed LKjIP
// (BKPSDM Lamongan 2022); the "fires" variants keep the seed's own mistakes where it has them.
import type * as ExcelJSNs from "exceljs";

type X = typeof ExcelJSNs;
type Mode = "fires" | "holds";

/** Lampiran III style measurement table: two-row merged header, kinerja and anggaran blocks. */
export function measurement(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lampiran III");
  ws.addRow(["CAPAIAN KINERJA SUB KOORDINATOR PROMOSI ASN TAHUN 2022"]);
  ws.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Kinerja", null, null, "Anggaran", null, null]);
  ws.addRow([null, null, null, "Target", "Realisasi", "Capaian", "Pagu", "Realisasi", "Capaian"]);
  for (const m of ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"]) ws.mergeCells(m);
  const f = mode === "fires";
  ws.addRow(["1.", "Terlaksananya Pengelolaan Pengembangan Promosi ASN", "Jumlah dokumen pola karier yang tersusun", "1 dokumen", 4, f ? "100%" : "400%", "492.255.000", "433.538.022", "88,07%"]);
  ws.addRow([null, null, "Jumlah peserta uji kompetensi", "124 PNS", 144, "116,13%", null, null, null]);
  ws.addRow(["2.", "Meningkatnya Pengembangan Kompetensi", "Nilai Dimensi Kompetensi ASN", "21,44", "19,38", f ? "90,25%" : "90,39%", "200.000.000", "198.417.660", f ? "99,34%" : "99,21%"]);
  // Number cells formatted as Excel would show them.
  // Percent cells as numbers formatted "0.00%", as Excel holds them.
  const r = ws.addRow(["3.", "Terselenggaranya diklat", "Jumlah peserta diklat, kursus, seminar", "2170 ASN", 2214, f ? 1.0269 : 1.0203, "1.946.107.200", f ? "1.963.507.200" : "1.945.507.200", 0.9997]);
  r.getCell(6).numFmt = "0.00%";
  r.getCell(9).numFmt = "0.00%";
  ws.addRow(["4.", "Meningkatnya disiplin", "Jumlah Laporan pembinaan disiplin ASN", "4 laporan", 4, "100%", "40.000.000", "39.999.400", "99,99%"]);
  return wb;
}

/** Tabel 3.15: efficiency = % capaian kinerja - % penyerapan, with the column-number row "1 2 3 4 5 6=(4-5)". */
export function efficiency(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Efisiensi");
  ws.addRow(["Tabel 3.15 Efisiensi Penggunaan Sumber Daya Tahun 2022"]);
  ws.addRow(["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "% CAPAIAN KINERJA", "% PENYERAPAN ANGGARAN", "TINGKAT EFISIENSI"]);
  ws.addRow(["1", "2", "3", "4", "5", "6=(4-5)"]);
  ws.addRow(["1.", "Meningkatnya kualitas manajemen ASN Pemerintah Daerah", "Indeks Sistem Merit", "106,92%", "89,16%", mode === "fires" ? "17,67%" : "17,76%"]);
  ws.addRow(["2.", "Meningkatnya manajemen internal perangkat daerah", "Nilai SAKIP BKPSDM", "99,13%", "97,52%", "1,61%"]);
  return wb;
}

/** Tabel 3.17: pagu, realisasi, sisa and its % of pagu. */
export function sisa(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi Anggaran");
  ws.addRow(["No", "Uraian", "Plafon Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"]);
  ws.addRow(["1", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", "6.241.465.000,00", "6.086.801.563,36", mode === "fires" ? "154.663.436,00" : "154.663.436,64", "2,48%"]);
  ws.addRow(["2.", "Program Kepegawaian Daerah", "1.672.255.000,00", "1.155.135.117,00", "517.119.883,00", "30,92%"]);
  ws.addRow(["3.", "Program Pengembangan Sumber Daya Manusia", "3.178.587.200,00", "3.169.799.200,00", "8.788.000,00", mode === "fires" ? "0,38%" : "0,28%"]);
  return wb;
}

/** Tabel 3.13: cost per outcome, share of each program in the total. */
export function share(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cost per Outcome");
  ws.addRow(["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "PROGRAM/KEGIATAN", "ANGGARAN (Rp.)", "%"]);
  ws.addRow(["1.", "Meningkatnya kualitas manajemen asn pemerintah daerah", "Indeks sistem merit", "Program Kepegawaian Daerah", "1.672.255.000", "15,08%"]);
  ws.addRow([null, null, null, "Program Pengembangan Sumber Daya Manusia", "3.178.587.200", "28,66%"]);
  ws.addRow(["2.", "Meningkatnya manajemen internal perangkat daerah", "Nilai SAKIP BKPSDM", "Program penunjang urusan pemerintahan daerah kabupaten/kota", "6.241.465.000", mode === "fires" ? "56,72%" : "56,27%"]);
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:B3");
  ws.mergeCells("C2:C3");
  return wb;
}

const UNSUR: Array<[string, number, string]> = [
  ["Persyaratan", 1219, "3,34"], ["Sistem, Mekanisme dan Prosedur", 1215, "3,33"], ["Waktu Penyelesaian", 1133, "3,10"],
  ["Biaya/ Tarif", 1292, "3,54"], ["Produk Spesifikasi Jenis Pelayanan", 1159, "3,18"], ["Kompetensi Pelaksana", 1172, "3,21"],
  ["Perilaku Pelaksana", 1177, "3,22"], ["Penanganan Pengaduan, Saran dan Masukan", 1161, "3,18"], ["Sarana dan Prasarana.", 1350, "3,70"],
];

/** Tabel 3.4: per-unsur totals and NRR; the seed types 1360 for Sarana dan Prasarana (its NRR and total fit 1350). */
export function skmTotals(ExcelJS: X, mode: Mode, opts: { wrongNrr?: boolean; wrongIkm?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("SKM");
  ws.addRow(["Tabel 3.4 Nilai Unsur SKM BKPSDM Tahun 2022"]);
  ws.addRow(["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM"]);
  UNSUR.forEach(([u, v, n], i) => ws.addRow([i + 1, u, mode === "fires" && opts.wrongNrr && i === 8 ? 1360 : v, n]));
  ws.addRow([null, "Total Nilai Unsur SKM", 10878, null]);
  ws.addRow([null, "Nilai IKM", mode === "fires" && opts.wrongIkm ? "83,79" : "82,79", null]);
  ws.addRow([null, "Mutu Pelayanan", mode === "fires" && opts.wrongIkm ? "A (Sangat Baik)" : "B (Baik)", null]);
  return wb;
}

/** Raw SKM answers: one row per respondent, one column per unsur (U1..U9). */
export function skmAnswers(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data SKM");
  ws.addRow(["No", "Nama", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
  const rows = [
    [4, 3, 3, 4, 3, 3, 3, 3, 4], [3, 3, 3, 4, 3, 3, 3, 3, 4], [3, 4, 2, 4, 3, 3, 4, 3, 4], [4, 3, 3, 3, 3, 4, 3, 3, 3],
    [3, 3, 3, 4, 4, 3, 3, null, 4], [2, 3, 3, 4, 3, 3, 3, 3, 4],
  ];
  if (mode === "fires") { rows[1][4] = 5; rows[4][0] = 0.5 as any; }
  rows.forEach((r, i) => ws.addRow([i + 1, `Responden ${i + 1}`, ...r]));
  return wb;
}

const ASPEK: Array<[string, number, number]> = [
  ["Perencanaan Kebutuhan", 10, 40], ["Pengadaan", 10, 36], ["Pengembangan Karier", 30, 57.5], ["Promosi dan Mutasi", 10, 20],
  ["Manajemen Kinerja", 20, 62.5], ["Penggajian, Penghargaan dan Disiplin", 10, 35], ["Perlindungan dan Pelayanan", 4, 10], ["Sistem Informasi", 6, 17],
];

/** Merit: 8 aspects with their values (nilai total 278, Kategori III Baik, Indeks 0,68). */
export function merit(ExcelJS: X, mode: Mode, opts: { withBobot?: boolean; wrongTotal?: boolean; wrongKategori?: boolean; wrongBobot?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sistem Merit");
  const f = mode === "fires";
  ws.addRow(["Penilaian Sistem Merit Kabupaten Lamongan 2022"]);
  ws.addRow(opts.withBobot ? ["No", "Aspek", "Bobot (%)", "Nilai"] : ["No", "Aspek", "Nilai"]);
  ASPEK.forEach(([a, b, n], i) => {
    const bobot = f && opts.wrongBobot && i === 7 ? 4 : b;
    ws.addRow(opts.withBobot ? [i + 1, a, bobot, n] : [i + 1, a, n]);
  });
  const total = f && opts.wrongTotal ? 287 : 278;
  ws.addRow(opts.withBobot ? [null, "Nilai Total", null, total] : [null, "Nilai Total", total]);
  ws.addRow(opts.withBobot ? [null, "Kategori", null, f && opts.wrongKategori ? "IV (Sangat Baik)" : "III (Baik)"] : [null, "Kategori", f && opts.wrongKategori ? "IV (Sangat Baik)" : "III (Baik)"]);
  ws.addRow(opts.withBobot ? [null, "Indeks", null, "0,68"] : [null, "Indeks", "0,68"]);
  return wb;
}

/** A PK page with its signature block (names, pangkat, NIP lines) and the lampiran's block, as the seed prints them. */
function pkSheet(ws: ExcelJSNs.Worksheet, kedua: [string, string], pertama: [string, string], lampiran: { kedua?: string; pertama?: string } = {}) {
  ws.addRow(["PERUBAHAN PERJANJIAN KINERJA TAHUN 2022"]);
  ws.addRow([]);
  ws.addRow(["Lamongan, 31 Oktober 2022"]);
  ws.addRow(["PIHAK KEDUA", null, "PIHAK PERTAMA"]);
  ws.addRow([kedua[0], null, pertama[0]]);
  ws.addRow(["Pembina Utama Muda", null, "Pembina"]);
  ws.addRow([`NIP. ${kedua[1]}`, null, `NIP. ${pertama[1]}`]);
  ws.addRow([]);
  ws.addRow(["LAMPIRAN PERUBAHAN PERJANJIAN KINERJA TAHUN 2022"]);
  ws.addRow(["PIHAK KEDUA", null, "PIHAK PERTAMA"]);
  ws.addRow([kedua[0], null, pertama[0]]);
  ws.addRow(["Pembina Utama Muda", null, "Pembina"]);
  ws.addRow([`NIP. ${lampiran.kedua ?? kedua[1]}`, null, `NIP. ${lampiran.pertama ?? pertama[1]}`]);
}

/** PK sheets with NIPs as the seed writes them; "fires" keeps the seed's 19- and 17-digit NIPs. */
export function nipInvalid(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const f = mode === "fires";
  // The seed's Kepala page writes his NIP with 19 digits, its lampiran writes it right.
  pkSheet(wb.addWorksheet("PK Kepala"), ["Dr. YUHRONUR EFENDI, MBA.", "19700101 199503 1 001"], ["Drs. SHODIKIN, M.Pd", f ? "1996610191987031008" : "19661019 198703 1 008"], { pertama: "19661019 198703 1 008" });
  pkSheet(wb.addWorksheet("PK Kabid Mutasi"), ["Drs. SHODIKIN, M.Pd.", f ? "06610191987031008" : "19661019 198703 1 008"], ["ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", "198310052002121001"], { kedua: "19661019 198703 1 008", pertama: "19831005 200212 1 001" });
  pkSheet(wb.addWorksheet("PK Kasubag"), ["HARIYANTO, S.Pd., M.IP.", "19730721 199901 1 001"], ["SITI AMINAH, S.E.", f ? "19900101 200501 2 003" : "19900101 201501 2 003"]);
  return wb;
}

/** A staff list (the DJASN listing of the seed) with NIPs as numbers ("fires") or text ("holds"). */
export function nipNumber(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Daftar Pegawai");
  ws.addRow(["NO", "NAMA", "NIP", "PANGKAT/GOL", "JABATAN"]);
  const rows: Array<[string, string]> = [["196307021989031012", "TAUFIK HIDAYAT"], ["196405241992021001", "SUYATMOKO"], ["196502101987031019", "MATALI"]];
  rows.forEach(([nip, nama], i) => {
    const r = ws.addRow([i + 1, nama, mode === "fires" && i === 1 ? Number(nip) : nip, "Pembina / IV.a", "Jabatan Struktural"]);
    if (mode === "holds") r.getCell(3).numFmt = "@";
  });
  return wb;
}

/** Two sheets naming the same NIP: the same person written two ways ("holds") or two people ("fires"). */
export function nipNames(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Pejabat");
  ws.addRow(["NO", "NAMA", "NIP", "JABATAN"]);
  ws.addRow([1, "Drs. SHODIKIN, M.Pd", "19661019 198703 1 008", "Kepala BKPSDM"]);
  ws.addRow([2, "HARIYANTO, S.Pd., M.IP.", "19730721 199901 1 001", "Sekretaris"]);
  ws.addRow([3, mode === "fires" ? "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP." : "Shodikin", "196610191987031008", "Kepala Bidang Mutasi dan Promosi ASN"]);
  return wb;
}

/** PK budget tables with malformed amounts (the seed's "Rp 750.000,00,00" and "Rp 577.255.000.00"). */
export function malformed(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const f = mode === "fires";
  const a = wb.addWorksheet("PK Subkor Pengadaan");
  a.addRow(["NO", "KEGIATAN", "ANGGARAN (Rp.)", "KET"]);
  a.addRow(["1.", "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN", "Rp 26.000.000,00", "APBD"]);
  a.addRow(["2.", "Koordinasi dan fasilitasi Pengadaan PNS dan PPPK", "Rp 674.000.000,00", "APBD"]);
  a.addRow(["3.", "Koordinasi Pelaksanaan Administrasi Pemberhentian", "Rp 50.000.000,00", "APBD"]);
  a.addRow(["JUMLAH", null, f ? "Rp 750.000,00,00" : "Rp 750.000.000,00", null]);
  const b = wb.addWorksheet("PK Kabid Mutasi");
  b.addRow(["NO.", "KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  b.addRow(["1.", "Mutasi dan Promosi ASN", f ? "Rp 577.255.000.00" : "Rp 577.255.000,00", "P-APBD"]);
  b.addRow(["JUMLAH", null, "Rp 577.255.000,00", null]);
  return wb;
}

/** The Sekretaris PK budget: items written "Rp 197,951,250.00", the JUMLAH "Rp 6.241.465.000,00" (seed). */
export function mixed(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK Sekretaris");
  const en = mode === "fires";
  const items: Array<[string, string, string]> = [
    ["Administrasi Umum Perangkat Daerah", "Rp 197,951,250.00", "Rp 197.951.250,00"],
    ["Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Rp 90,953,750.00", "Rp 90.953.750,00"],
    ["Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Rp 378,000,000.00", "Rp 378.000.000,00"],
    ["Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Rp 157,500,000.00", "Rp 157.500.000,00"],
    ["Administrasi Keuangan Perangkat Daerah", "Rp 5,392,060,000.00", "Rp 5.392.060.000,00"],
    ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Rp 25,000,000.00", "Rp 25.000.000,00"],
  ];
  ws.addRow(["NO.", "KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  items.forEach(([k, e, i], n) => ws.addRow([`${n + 1}.`, k, en ? e : i, "P-APBD"]));
  ws.addRow(["JUMLAH", null, "Rp 6.241.465.000,00", null]);
  return wb;
}

/** A budget table of numbers where some amounts were typed as text ("fires"). */
export function textAmount(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK Kasubag Umum");
  ws.addRow(["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."]);
  const rows: Array<[string, number]> = [
    ["Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 3000000], ["Penyediaan Peralatan dan Perlengkapan Kantor", 10000000],
    ["Penyediaan Bahan Logistik Kantor", 50000000], ["Penyediaan Barang Cetak dan Penggandaan", 43336250],
  ];
  rows.forEach(([k, v], i) => {
    const r = ws.addRow([`${i + 1}.`, k, mode === "fires" && i === 2 ? "50.000.000" : v, "APBD"]);
    r.getCell(3).numFmt = "#,##0";
  });
  const t = ws.addRow(["JUMLAH", null, 106336250, null]);
  t.getCell(3).numFmt = "#,##0";
  return wb;
}

/** SKM worksheet as the PermenPANRB 14/2017 template lays it out: raw answers, then JUMLAH, NRR, NRR tertimbang,
 *  IKM and mutu rows under them. 5 respondents x 9 unsur; "fires" has a wrong NRR (U3) and a wrong IKM. */
export function skmRaw(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Olah Data SKM");
  ws.addRow(["No", "Nama", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
  const rows = [
    [4, 3, 3, 4, 3, 3, 3, 3, 4], [3, 3, 3, 4, 3, 3, 3, 3, 4], [3, 4, 2, 4, 3, 3, 4, 3, 4], [4, 3, 3, 3, 3, 4, 3, 3, 3], [3, 3, 3, 4, 4, 3, 3, 4, 4],
  ];
  rows.forEach((r, i) => ws.addRow([i + 1, `Responden ${i + 1}`, ...r]));
  const sums = rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0));
  const nrr = sums.map((s) => s / rows.length);
  const fmt = (v: number, d: number) => v.toFixed(d).replace(".", ",");
  ws.addRow([null, "Jumlah Nilai per Unsur", ...sums]);
  ws.addRow([null, "NRR per Unsur", ...nrr.map((v, j) => (mode === "fires" && j === 2 ? "3,20" : fmt(v, 2)))]);
  ws.addRow([null, "NRR Tertimbang", ...nrr.map((v) => fmt(v / 9, 3))]);
  const ikm = (nrr.reduce((a, b) => a + b, 0) / 9) * 25;
  ws.addRow([null, "IKM", mode === "fires" ? "85,56" : fmt(ikm, 2)]);
  ws.addRow([null, "Mutu Pelayanan", "B (Baik)"]);
  return wb;
}

/** An IKU table stating POLARITAS and a measurement table without it (capaian in percent points, "0.00"),
 *  plus the seed's Tabel 3.14 (KINERJA / ANGGARAN blocks, "Alokasi (Rp.)"). "fires": a negative indicator's
 *  capaian computed as if it were positive. */
export function polarity(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const iku = wb.addWorksheet("IKU");
  iku.addRow(["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "POLARITAS"]);
  iku.addRow([1, "Rata-rata lama penyelesaian layanan kenaikan pangkat", "hari", 7, "Semakin kecil semakin baik"]);
  iku.addRow([2, "Persentase ASN yang prestasi kerjanya baik", "%", "95%", "Positif"]);
  const m = wb.addWorksheet("Pengukuran");
  m.addRow(["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]);
  const r1 = m.addRow([1, "Rata-rata lama penyelesaian layanan kenaikan pangkat", 7, 6.5, mode === "fires" ? 92.86 : 107.14]);
  const r2 = m.addRow([2, "Persentase ASN yang prestasi kerjanya baik", "95%", "99,89%", 105.15]);
  const r3 = m.addRow([3, "Nilai kepuasan peserta diklat (rentang target)", "80-90", 93, 103.33]);
  for (const r of [r1, r2, r3]) r.getCell(5).numFmt = "0.00";
  const t = wb.addWorksheet("Tabel 3.14");
  t.addRow(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "KINERJA", null, null, "ANGGARAN", null, null]);
  t.addRow([null, null, null, "Target", "Realisasi", "Capaian", "Alokasi (Rp.)", "Realisasi (Rp.)", "Capaian"]);
  for (const mg of ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]) t.mergeCells(mg);
  t.addRow(["1.", "Meningkatnya kualitas manajemen ASN Pemerintah Daerah", "Indeks Sistem Merit", 260, 278, "106,92 %", "4.850.842.200", "4.324.934.317", "89,16%"]);
  t.addRow(["2.", "Meningkatnya manajemen internal perangkat daerah", "Nilai SAKIP BKPSDM", "89,50", "N/A", "N/A", "6.241.465.000", "6.086.801.563", "97,52%"]);
  return wb;
}

/** The seed's Tabel 3.7-3.10 (IP ASN and Sistem Merit, Lamongan and national), stacked on one sheet as the report
 *  prints them. The seed writes 97,26% for 63,26 / 65 (= 97,32%); "holds" corrects it. Tabel 3.9 carries two figures
 *  per cell ("260 0,66"), which is not recomputed. */
export function ipAsn(ExcelJS: X, mode: Mode) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Perbandingan Nasional");
  ws.addRow(["Tabel 3.7 Realisasi Capaian Indeks Profesionalitas ASN Kabupaten Lamongan Tahun 2022"]);
  ws.addRow(["Sasaran ke-17 RPJMD", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Capaian"]);
  ws.addRow(["Meningkatnya Kapasitas ASN Pemerintah Daerah", "Indeks Profesionalitas ASN", "Skor 1-100", "65", "63,26", mode === "fires" ? "97,26%" : "97,32%"]);
  ws.addRow([]);
  ws.addRow(["Tabel 3.8 Realisasi Capaian Indeks Profesionalitas ASN Nasional Tahun 2021"]);
  ws.addRow(["Sasaran", "Indikator", "Satuan", "Target 2021", "Realisasi 2021", "Capaian"]);
  ws.addRow(["Terwujudnya ASN yang profesional, berintegritas, dan sejahtera", "Indeks Profesionalitas ASN Nasional", "Skor 1-100", "73", "39,80", "54,52%"]);
  ws.addRow([]);
  ws.addRow(["Tabel 3.9 Realisasi Capaian Indeks Sistem Merit Kabupaten Lamongan Tahun 2022"]);
  ws.addRow(["Sasaran", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Capaian"]);
  ws.addRow(["Meningkatnya kualitas manajemen ASN Pemerintah Daerah", "Indeks Sistem Merit", "Skor 100-400 atau Indeks 0-1", "260 0,66", "278 0,68", "106,92%"]);
  ws.addRow([]);
  ws.addRow(["Tabel 3.10 Realisasi Capaian Indeks Sistem Merit Nasional Tahun 2021"]);
  ws.addRow(["Sasaran", "Indikator", "Satuan", "Target 2021", "Realisasi 2021", "Capaian"]);
  ws.addRow(["Terwujudnya ASN yang profesional, berintegritas, dan sejahtera", "Indeks Sistem Merit Nasional", "Indeks 0-1", "0,7", "0,71", "101,43%"]);
  return wb;
}
