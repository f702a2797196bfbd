// SAKIP-CONFLICT-002 fires: the same indicator with a different target on two sheets (seed: "Jumlah peserta
// diklat teknis dan fungsional" 263 ASN in the PK, 233 ASN in Tabel 3.18) and with a different unit
// ("1800 KGB PNS" vs "1800 SK KGB PNS").
import type * as ExcelJSNs from "exceljs";
import { rows } from "../../_pk-sheets/pk";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("PK Subkor");
  rows(a, 1, [
    ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET"],
    ["1.", "Terselenggaranya Pengembangan Kompetensi Teknis", "Jumlah peserta diklat teknis dan fungsional", "263 ASN"],
    [null, null, "Jumlah terbitnya Kenaikan Gaji Berkala PNS tepat waktu", "1800 SK KGB PNS"],
  ]);
  a.mergeCells("B2:B3");
  const b = wb.addWorksheet("Capaian");
  rows(b, 1, [
    ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "PERSENTASE CAPAIAN"],
    ["1.", "Terselenggaranya Pengembangan Kompetensi Teknis", "Jumlah peserta diklat teknis dan fungsional", "233 ASN", 228, { v: 0.9785, fmt: "0.00%" }],
    [null, null, "Jumlah terbitnya Kenaikan Gaji Berkala PNS tepat waktu", "1800 KGB PNS", 1656, { v: 0.92, fmt: "0.00%" }],
  ]);
  return wb;
}
