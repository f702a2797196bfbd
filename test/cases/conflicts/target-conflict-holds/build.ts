// SAKIP-CONFLICT-002 holds: the same indicators with the same targets written differently (100% as a percent
// cell and as text, 21,44 as a number and as text "21,44", unit case), and two different indicators that share
// most words ("diklat Kepemimpinan" vs "diklat prajabatan") with different targets. No finding at all.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("PK");
  rows(a, 1, [
    ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
    ["1.", "Meningkatnya kualitas manajemen ASN", "Persentase data ASN yang valid", { v: 1, fmt: "0%" }],
    [null, null, "Nilai Dimensi Kompetensi ASN", { v: 21.44, fmt: "0.00" }],
    [null, null, "Jumlah peserta diklat Kepemimpinan", "4 ASN"],
    [null, null, "Jumlah dokumen pola karier yang tersusun", "1 dokumen"],
  ]);
  a.mergeCells("B2:B5");
  const b = wb.addWorksheet("Pengukuran");
  rows(b, 1, [
    ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET TAHUN 2022", "REALISASI", "PERSENTASE CAPAIAN"],
    ["1.", "Meningkatnya kualitas manajemen ASN", "Persentase data ASN yang valid", "100%", { v: 1, fmt: "0%" }, { v: 1, fmt: "0.00%" }],
    [null, null, "Nilai Dimensi Kompetensi ASN", "21,44", { v: 19.38, fmt: "0.00" }, { v: 0.9039, fmt: "0.00%" }],
    [null, null, "Jumlah peserta diklat prajabatan (latsar)", "348 ASN", 348, { v: 1, fmt: "0.00%" }],
    [null, null, "Jumlah Dokumen Pola Karier yang tersusun", "1 Dokumen", 1, { v: 1, fmt: "0.00%" }],
  ]);
  // A PK (dated 2022) and a Renstra-like table whose target column is another year's: not compared.
  const pk = wb.addWorksheet("PK Kabid");
  rows(pk, 1, [
    [null, "PIHAK PERTAMA"], [null, "Nama", "IKE HARUM DIANTI, S.Kom, M.T."], [null, "Jabatan", "Kepala Bidang Penilaian Kinerja"], [],
    [null, "PIHAK KEDUA"], [null, "Nama", "Drs. SHODIKIN, M.Pd"], [null, "Jabatan", "Kepala Badan"], [],
    [null, "Lamongan, 31 Oktober 2022"], [],
    ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET"],
    ["1.", "Meningkatnya kinerja dan disiplin pegawai", "Persentase ASN yang prestasi kerjanya baik", { v: 0.95, fmt: "0%" }],
  ]);
  rows(wb.addWorksheet("Renstra"), 1, [
    ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET TAHUN 2026"],
    ["1.", "Meningkatnya kinerja dan disiplin pegawai", "Persentase ASN yang prestasi kerjanya baik", { v: 0.98, fmt: "0%" }],
  ]);
  return wb;
}
