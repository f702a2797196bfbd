// SAKIP-CONFLICT-001 fires: the same Sub Kegiatan with different amounts on two sheets (the seed's Bab II
// "Penyediaan Gaji dan Tunjangan ASN" Rp 5.267.694.789 vs Rp 5.367.060.000 in the Kasubag's PK and Tabel 3.18),
// matched across spelling variants ("Pemerintah"/"Pemerintahan", "Cetak"/"Cetakan", "Kabupaten/ Kota").
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("PK Kasubag Keuangan");
  rows(a, 1, [
    ["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."],
    ["1.", "Penyediaan Gaji dan Tunjangan ASN", 5367060000, "P-APBD"],
    ["2.", "Penyediaan Barang Cetakan dan Penggandaan", 43336250, "P-APBD"],
    ["3.", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", 6241465000, "P-APBD"],
  ]);
  const b = wb.addWorksheet("Capaian");
  rows(b, 1, [
    ["No", "Program/ Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
    ["1", "Penyediaan Gaji dan Tunjangan ASN", 5367060000, 5268957049],
    ["2", "Penyediaan Barang Cetak dan Penggandaan", 43336250, 43037500],
    ["3", "Program Penunjang Urusan Pemerintahan Daerah", 6241465000, 6086801563],
  ]);
  const c = wb.addWorksheet("Rekap Bab II");
  rows(c, 1, [
    ["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."],
    ["1.", "Penyediaan Gaji dan Tunjangan ASN", 5267694789, "P-APBD"],
    ["2.", "Penyediaan Barang Cetak dan Penggandaan", 43365000, "P-APBD"],
    ["3.", "Program Penunjang Urusan Pemerintah Daerah", 6241465000, "P-APBD"],
  ]);
  return wb;
}
