// Workbook builders for the golden cases of the relations and document-set rules. Each case folder's build.ts
// calls one of these with "fires" or "holds". Names, NIPs and figures are invented, laid out as agencies fill the forms.
import type * as ExcelJSNs from "exceljs";

type X = typeof ExcelJSNs;
export type Mode = "fires" | "holds";

/** A staff list and two PK signature blocks naming the same three people; "fires" spells each one differently once. */
export function nipSpelling(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet("Daftar Pegawai");
  staff.addRow(["NO", "NAMA", "NIP", "JABATAN"]);
  staff.addRow([1, "Dra. ANNA SOFIA, M.Si", "19700312 199503 2 004", "Kepala Bidang Perencanaan"]);
  staff.addRow([2, "BUDI SANTOSO, S.E.", "19800105 200501 1 012", "Sub Koordinator Program"]);
  staff.addRow([3, "RINA MARLINA, S.Kom", "19850720 201001 2 021", "Sub Koordinator Evaluasi"]);
  staff.addRow([4, "HENDRA WIJAYA, S.T.", "19790211 200312 1 003", "Sub Koordinator Pelaporan"]);
  const pk = (name: string, atasan: [string, string], bawahan: [string, string]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(["PERJANJIAN KINERJA TAHUN 2025"]);
    ws.addRow([]);
    ws.addRow(["PIHAK KEDUA", null, "PIHAK PERTAMA"]);
    ws.addRow([atasan[0], null, bawahan[0]]);
    ws.addRow(["Pembina", null, "Penata Tingkat I"]);
    ws.addRow([`NIP. ${atasan[1]}`, null, `NIP. ${bawahan[1]}`]);
  };
  pk("PK Subkor Program", ["Dra. ANNA SOFIA, M.Si", "19700312 199503 2 004"], [f ? "BUDI SANTOSA, S.E." : "Budi Santoso, SE", "19800105 200501 1 012"]);
  pk("PK Subkor Evaluasi", [f ? "Dra. ANNA SOFHIA, M.Si" : "ANNA SOFIA", "19700312 199503 2 004"], [f ? "RINA MARLIANA, S.Kom" : "RINA MARLINA, S.Kom.", "19850720 201001 2 021"]);
  // A shortened name is not a spelling slip.
  pk("PK Subkor Pelaporan", ["Dra. ANNA SOFIA, M.Si", "19700312 199503 2 004"], ["HENDRA WIJAYA", "19790211 200312 1 003"]);
  return wb;
}
