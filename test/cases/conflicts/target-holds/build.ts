// SAKIP-CONFLICT-002 holds: the same indicators with the same targets written differently (100% as a percent
// cell and as text, 21,44 as a number and as text "21,44", unit case), and two different indicators that share
// most words ("diklat Kepemimpinan" vs "diklat prajabatan") with different targets. No finding at all.
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_engine/pk";

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
  return wb;
}
