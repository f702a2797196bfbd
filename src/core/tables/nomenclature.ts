// A slice of the national nomenclature (Permendagri 90/2019, Kepmendagri 050-5889/2021): the Kegiatan and
// Sub Kegiatan of the "Program Penunjang Urusan Pemerintahan Daerah" that every OPD has (code X.XX.01).
// Used to place a Kasubag's Sub Kegiatan under the Sekretaris' Kegiatan when the workbook has no codes.
// Only exact (normalised) names are used: an unknown name places nothing.
import { normName, sameNormalized } from "./normalize";

export const PENUNJANG: Array<{ code: string; kegiatan: string; sub: string[] }> = [
  { code: "2.01", kegiatan: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", sub: [
    "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD", "Koordinasi dan Penyusunan DPA-SKPD",
    "Koordinasi dan Penyusunan Perubahan DPA-SKPD", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    "Evaluasi Kinerja Perangkat Daerah"] },
  { code: "2.02", kegiatan: "Administrasi Keuangan Perangkat Daerah", sub: [
    "Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
    "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "Koordinasi dan Pelaksanaan Akuntansi SKPD",
    "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Pengelolaan dan Penyiapan Bahan Tanggapan Pemeriksaan",
    "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran"] },
  { code: "2.03", kegiatan: "Administrasi Barang Milik Daerah pada Perangkat Daerah", sub: [
    "Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD", "Pengamanan Barang Milik Daerah SKPD",
    "Koordinasi dan Penilaian Barang Milik Daerah SKPD", "Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD",
    "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD", "Penatausahaan Barang Milik Daerah pada SKPD",
    "Pemanfaatan Barang Milik Daerah SKPD"] },
  { code: "2.05", kegiatan: "Administrasi Kepegawaian Perangkat Daerah", sub: [
    "Peningkatan Sarana dan Prasarana Disiplin Pegawai", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya",
    "Pendataan dan Pengolahan Administrasi Kepegawaian", "Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian",
    "Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
    "Sosialisasi Peraturan Perundang-Undangan", "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan"] },
  { code: "2.06", kegiatan: "Administrasi Umum Perangkat Daerah", sub: [
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Penyediaan Peralatan dan Perlengkapan Kantor",
    "Penyediaan Peralatan Rumah Tangga", "Penyediaan Bahan Logistik Kantor", "Penyediaan Barang Cetakan dan Penggandaan",
    "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Penyediaan Bahan/Material", "Fasilitasi Kunjungan Tamu",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD"] },
  { code: "2.07", kegiatan: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", sub: [
    "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
    "Pengadaan Alat Besar", "Pengadaan Alat Angkutan Darat Tak Bermotor", "Pengadaan Mebel", "Pengadaan Peralatan dan Mesin Lainnya",
    "Pengadaan Aset Tetap Lainnya", "Pengadaan Aset Tak Berwujud", "Pengadaan Gedung Kantor atau Bangunan Lainnya",
    "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya"] },
  { code: "2.08", kegiatan: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", sub: [
    "Penyediaan Jasa Surat Menyurat", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "Penyediaan Jasa Pelayanan Umum Kantor"] },
  { code: "2.09", kegiatan: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", sub: [
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Besar", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Angkutan Darat Tak Bermotor",
    "Pemeliharaan Mebel", "Pemeliharaan Peralatan dan Mesin Lainnya", "Pemeliharaan Aset Tetap Lainnya", "Pemeliharaan Aset Tak Berwujud",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
    "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya"] },
];

// Normalised once: an exact hit is a map lookup; the strict fuzzy match (one typo in one long word) only looks at
// names with the same number of words.
const stripRegion = (k: string) => k.replace(/\s*(?:kabupaten kota|kabupaten|kota|provinsi)\s*$/, "").trim();
interface NomenIndex { exact: Map<string, number>; byWords: Map<number, Array<{ key: string; i: number }>> }
function nomenIndex(names: Array<{ name: string; i: number }>): NomenIndex {
  const exact = new Map<string, number>();
  const byWords = new Map<number, Array<{ key: string; i: number }>>();
  for (const { name, i } of names) {
    const key = stripRegion(normName(name));
    if (!exact.has(key)) exact.set(key, i);
    const n = key.split(" ").length;
    const a = byWords.get(n) ?? [];
    a.push({ key, i });
    byWords.set(n, a);
  }
  return { exact, byWords };
}
const NOMEN_KEG = nomenIndex(PENUNJANG.map((k, i) => ({ name: k.kegiatan, i })));
const NOMEN_SUB = nomenIndex(PENUNJANG.flatMap((k, i) => k.sub.map((s) => ({ name: s, i }))));
function findNomen(ix: NomenIndex, key: string): number | undefined {
  const hit = ix.exact.get(key);
  if (hit !== undefined) return hit;
  return ix.byWords.get(key.split(" ").length)?.find((n) => sameNormalized(n.key, key))?.i;
}
const nomenCache = new Map<string, { keg?: number; sub?: number }>();
/** Where a label sits in PENUNJANG: the index of the Kegiatan it names (keg), or of the Kegiatan whose Sub Kegiatan
 *  it names (sub). */
export function nomenclatureOf(label: string): { keg?: number; sub?: number } {
  const key = stripRegion(normName(label));
  let hit = nomenCache.get(key);
  if (hit) return hit;
  hit = { keg: findNomen(NOMEN_KEG, key), sub: findNomen(NOMEN_SUB, key) };
  if (nomenCache.size > 50000) nomenCache.clear();
  nomenCache.set(key, hit);
  return hit;
}
