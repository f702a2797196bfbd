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

type Cells = Array<string | number | null>;
const put = (ws: ExcelJSNs.Worksheet, data: Cells[]) => {
  for (const d of data) {
    const r = ws.addRow(d);
    d.forEach((v, i) => { if (typeof v === "number" && Math.abs(v) >= 1000) r.getCell(i + 1).numFmt = "#,##0"; });
  }
};

/**
 * An OPD's documents kept as three files: a Kasubag's PK, the Renja budget recap and the Sekretaris' PK. "fires": the
 * Renja recap carries another amount for one Sub Kegiatan than both PKs, and one official's name is misspelt in
 * another file. Each file alone is consistent: only the set shows it.
 */
export function documentSet(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const pk = (sheet: string, items: Cells[], nama: string, nip: string) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    put(ws, [["PERJANJIAN KINERJA TAHUN 2025"], [], ["PIHAK KEDUA", null, "PIHAK PERTAMA"], ["Dra. ANNA SOFIA, M.Si", null, nama], ["Pembina", null, "Penata"], ["NIP. 19700312 199503 2 004", null, `NIP. ${nip}`], []]);
    put(ws, [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ...items]);
    return wb;
  };
  const gaji: Cells = ["1.", "Penyediaan Gaji dan Tunjangan ASN", 5367060000, "APBD"];
  const cetak: Cells = ["2.", "Penyediaan Barang Cetakan dan Penggandaan", 43336250, "APBD"];
  const renja = new ExcelJS.Workbook();
  const ws = renja.addWorksheet("Rekap Anggaran");
  put(ws, [
    ["No", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
    ["1", "Penyediaan Gaji dan Tunjangan ASN", f ? 5267694789 : 5367060000, 5268957049],
    ["2", "Penyediaan Barang Cetak dan Penggandaan", 43336250, 43037500],
  ]);
  return {
    files: {
      "PK Kasubag Keuangan.xlsx": pk("PK", [gaji, cetak], "BUDI SANTOSO, S.E.", "19800105 200501 1 012"),
      "Renja 2025.xlsx": renja,
      "PK Sekretaris.xlsx": pk("PK", [gaji], f ? "BUDI SANTOSA, S.E." : "BUDI SANTOSO, S.E.", "19800105 200501 1 012"),
    },
  };
}

/**
 * Two versions of one PK on two sheets, "PK awal" and "PK perubahan". "fires": a target raised, an amount cut, one
 * indicator dropped and one added, one reworded. "holds": the same content, rows in another order and numbers
 * written another way (text "1.250.000.000" against the number).
 */
export function versions(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const wb = new ExcelJS.Workbook();
  const head: Cells[] = [["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"]];
  const awal = wb.addWorksheet("PK awal");
  put(awal, [
    ...head,
    ["1.", "Meningkatnya kualitas perencanaan", "Persentase dokumen perencanaan yang tepat waktu", 90, "%"],
    [null, null, "Jumlah dokumen evaluasi kinerja yang tersusun", 4, "dokumen"],
    ["2.", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP perangkat daerah", 70, "nilai"],
    [null, null, "Jumlah rekomendasi LHE yang ditindaklanjuti", 12, "rekomendasi"],
  ]);
  awal.addRow([]);
  put(awal, [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1250000000, "APBD"], ["2.", "Evaluasi Kinerja Perangkat Daerah", 350000000, "APBD"]]);
  const ubah = wb.addWorksheet("PK perubahan");
  if (f) {
    put(ubah, [
      ...head,
      ["1.", "Meningkatnya kualitas perencanaan", "Persentase dokumen perencanaan yang tepat waktu", 95, "%"],
      [null, null, "Jumlah dokumen evaluasi kinerja perangkat daerah yang tersusun", 4, "dokumen"],
      ["2.", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP perangkat daerah", 70, "nilai"],
      [null, null, "Indeks kepuasan layanan perencanaan", 80, "indeks"],
    ]);
    ubah.addRow([]);
    put(ubah, [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ["1.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1100000000, "P-APBD"], ["2.", "Evaluasi Kinerja Perangkat Daerah", 350000000, "APBD"]]);
  } else {
    put(ubah, [
      ...head,
      ["1.", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP perangkat daerah", "70", "nilai"],
      [null, null, "Jumlah rekomendasi LHE yang ditindaklanjuti", 12, "rekomendasi"],
      ["2.", "Meningkatnya kualitas perencanaan", "Persentase dokumen perencanaan yang tepat waktu", 90, "%"],
      [null, null, "Jumlah dokumen evaluasi kinerja yang tersusun", 4, "dokumen"],
    ]);
    ubah.addRow([]);
    put(ubah, [["NO.", "SUB KEGIATAN", "ANGGARAN (Rp.)", "KET."], ["1.", "Evaluasi Kinerja Perangkat Daerah", 350000000, "APBD"], ["2.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "1.250.000.000", "APBD"]]);
  }
  return wb;
}

/** A Renja recap printing codes with names; "fires": one code that does not exist, one name that is not the official one. */
export function nomenclature(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2025");
  put(ws, [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU (Rp)"],
    ["4.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1600000000],
    ["4.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 1600000000],
    ["4.01.01.2.01.0001", f ? "Penyusunan Dokumen Perencanaan Daerah" : "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1250000000],
    [f ? "4.01.01.2.01.0099" : "4.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 350000000],
  ]);
  return wb;
}
