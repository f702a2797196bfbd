// Builders of the official forms agencies fill (our own instances, as an agency fills them), shared by the layout
// golden cases: each case calls one with or without a planted defect.
import type * as ExcelJSNS from "exceljs";

type ExcelJS = typeof ExcelJSNS;
type Ws = ExcelJSNS.Worksheet;

const PCT = "0.00%";
const RP = "#,##0";

function put(ws: Ws, addr: string, v: ExcelJSNS.CellValue, fmt?: string): void {
  const c = ws.getCell(addr);
  c.value = v;
  if (fmt) c.numFmt = fmt;
}

function col(n: number): string {
  let s = "";
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Permendagri 86/2017 form T-C.29 / E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah": three header rows
 * (titles, Triwulan I-IV, K / Rp) and the column-number row, a program with one kegiatan and two sub kegiatan,
 * the footer rows (average achievement, predikat).
 */
export function renjaEvaluasi86(ExcelJS: ExcelJS, defect?: "text-amount"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T-C.29 Evaluasi Renja");
  put(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SUKAMAJU");
  put(ws, "A2", "Renja Perangkat Daerah Dinas Komunikasi dan Informatika Kabupaten Sukamaju");
  put(ws, "A3", "Periode Pelaksanaan: Tahun 2024");
  const titles: Array<[string, string]> = [
    ["A", "No"], ["B", "Sasaran"], ["C", "Kode"], ["D", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
    ["E", "Indikator Kinerja Program (outcome)/ Kegiatan (output)"], ["F", "Satuan"],
  ];
  for (const [c, t] of titles) { put(ws, `${c}5`, t); ws.mergeCells(`${c}5:${c}7`); }
  const pairs: Array<[number, string]> = [
    [6, "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)"],
    [8, "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2023)"],
    [10, "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi"],
    [20, "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (2024)"],
    [22, "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (Akhir Tahun Pelaksanaan Renja)"],
    [24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)"],
    [26, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)"],
  ];
  for (const [c, t] of pairs) { put(ws, `${col(c)}5`, t); ws.mergeCells(`${col(c)}5:${col(c + 1)}6`); }
  put(ws, "M5", "Realisasi Kinerja Pada Triwulan");
  ws.mergeCells("M5:T5");
  ["I", "II", "III", "IV"].forEach((q, i) => { put(ws, `${col(12 + 2 * i)}6`, q); ws.mergeCells(`${col(12 + 2 * i)}6:${col(13 + 2 * i)}6`); });
  for (let c = 6; c <= 27; c++) put(ws, `${col(c)}7`, c % 2 === 0 ? "K" : "Rp");
  put(ws, "AC5", "Perangkat Daerah Penanggung Jawab"); ws.mergeCells("AC5:AC7");
  put(ws, "AD5", "Keterangan"); ws.mergeCells("AD5:AD7");
  // Column numbers: one per column or per K/Rp pair, with what the form declares.
  const numbers: Array<[number, string]> = [
    [0, "1"], [1, "2"], [2, "3"], [3, "4"], [4, "5"], [5, "6"], [6, "7"], [8, "8"], [10, "9"], [12, "10"], [14, "11"], [16, "12"], [18, "13"],
    [20, "14 = 10 + 11 + 12 + 13"], [22, "15 = 8 + 14"], [24, "16 = 14/9 x 100%"], [26, "17 = 15/7 x 100%"], [28, "18"], [29, "19"],
  ];
  for (const [c, t] of numbers) {
    put(ws, `${col(c)}8`, t);
    if (c >= 6 && c <= 26) ws.mergeCells(`${col(c)}8:${col(c + 1)}8`);
  }
  // Rows: [no, code, name, indicator, unit, renstra K/Rp, lalu K/Rp, renja K/Rp, TW K/Rp x4]
  type Row = { no: string; code: string; name: string; ind: string; unit: string; g: [number, number]; lalu: [number, number]; renja: [number, number]; tw: Array<[number, number]> };
  const rows: Row[] = [
    { no: "1", code: "2.16.02", name: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", ind: "Jumlah layanan publik yang terintegrasi SPBE", unit: "layanan",
      g: [20, 4_500_000_000], lalu: [8, 1_800_000_000], renja: [5, 950_000_000], tw: [[1, 150_000_000], [1, 250_000_000], [1, 250_000_000], [2, 280_000_000]] },
    { no: "", code: "2.16.02.2.01", name: "Pengelolaan Nama Domain dan Sub Domain Pemerintah Daerah", ind: "Jumlah sub domain yang dikelola", unit: "sub domain",
      g: [20, 4_500_000_000], lalu: [8, 1_800_000_000], renja: [5, 950_000_000], tw: [[1, 150_000_000], [1, 250_000_000], [1, 250_000_000], [2, 280_000_000]] },
    { no: "", code: "2.16.02.2.01.0001", name: "Pengelolaan Nama Domain Pemerintah Daerah", ind: "Jumlah nama domain yang dikelola", unit: "domain",
      g: [12, 2_500_000_000], lalu: [5, 1_000_000_000], renja: [3, 550_000_000], tw: [[1, 100_000_000], [0, 150_000_000], [1, 150_000_000], [1, 140_000_000]] },
    { no: "", code: "2.16.02.2.01.0002", name: "Pengelolaan Sub Domain Perangkat Daerah", ind: "Jumlah sub domain perangkat daerah yang dikelola", unit: "sub domain",
      g: [8, 2_000_000_000], lalu: [3, 800_000_000], renja: [2, 400_000_000], tw: [[0, 50_000_000], [1, 100_000_000], [0, 100_000_000], [1, 140_000_000]] },
  ];
  put(ws, "B9", "Meningkatnya kualitas layanan pemerintahan berbasis elektronik");
  ws.mergeCells(`B9:B${8 + rows.length}`);
  rows.forEach((x, i) => {
    const r = 9 + i;
    put(ws, `A${r}`, x.no); put(ws, `C${r}`, x.code); put(ws, `D${r}`, x.name); put(ws, `E${r}`, x.ind); put(ws, `F${r}`, x.unit);
    const k14 = x.tw.reduce((a, t) => a + t[0], 0);
    const rp14 = x.tw.reduce((a, t) => a + t[1], 0);
    const vals: Array<[number, number]> = [x.g, x.lalu, x.renja, ...x.tw, [k14, rp14], [x.lalu[0] + k14, x.lalu[1] + rp14]];
    vals.forEach(([k, rp], j) => { put(ws, `${col(6 + 2 * j)}${r}`, k); put(ws, `${col(7 + 2 * j)}${r}`, rp, RP); });
    put(ws, `Y${r}`, k14 / x.renja[0], PCT); put(ws, `Z${r}`, rp14 / x.renja[1], PCT);
    put(ws, `AA${r}`, (x.lalu[0] + k14) / x.g[0], PCT); put(ws, `AB${r}`, (x.lalu[1] + rp14) / x.g[1], PCT);
    put(ws, `AC${r}`, "Dinas Komunikasi dan Informatika");
  });
  if (defect === "text-amount") put(ws, "R11", "150.000.000");
  const f = 9 + rows.length;
  put(ws, `A${f}`, "Rata-rata capaian kinerja dan realisasi anggaran dari seluruh program"); ws.mergeCells(`A${f}:X${f}`);
  put(ws, `Y${f}`, 1, PCT); put(ws, `Z${f}`, 0.9789, PCT);
  put(ws, `A${f + 1}`, "Predikat kinerja dari seluruh hasil capaian program"); ws.mergeCells(`A${f + 1}:X${f + 1}`);
  put(ws, `Y${f + 1}`, "Sangat Tinggi");
  put(ws, `A${f + 3}`, "Faktor pendorong keberhasilan pencapaian: koordinasi lintas perangkat daerah");
  return wb;
}

/**
 * Renstra matrix "Rencana Program, Kegiatan dan Pendanaan": targets and pagu per year (2025-2029) under "Target
 * Kinerja Program dan Kerangka Pendanaan", the end-of-period column, program rows with their kegiatan (levels from
 * the "Program" / "Kegiatan" labels, no code column), and a JUMLAH row.
 */
export function renstraMatrix(ExcelJS: ExcelJS, defect?: "jumlah"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renstra Tabel 6.1");
  put(ws, "A1", "Tabel 6.1 Rencana Program, Kegiatan, dan Pendanaan Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju 2025-2029");
  for (const [c, t] of [["A", "No"], ["B", "Sasaran"], ["C", "Program dan Kegiatan"], ["D", "Indikator Kinerja Program (outcome) dan Kegiatan (output)"], ["E", "Data Capaian pada Tahun Awal Perencanaan (2024)"]] as const) {
    put(ws, `${c}3`, t); ws.mergeCells(`${c}3:${c}5`);
  }
  put(ws, "F3", "Target Kinerja Program dan Kerangka Pendanaan"); ws.mergeCells("F3:O3");
  for (let y = 0; y < 5; y++) {
    put(ws, `${col(5 + 2 * y)}4`, `Tahun ${2025 + y}`); ws.mergeCells(`${col(5 + 2 * y)}4:${col(6 + 2 * y)}4`);
  }
  put(ws, "P3", "Kondisi Kinerja pada Akhir Periode Renstra"); ws.mergeCells("P3:Q4");
  for (let c = 5; c <= 16; c++) put(ws, `${col(c)}5`, c % 2 === 1 ? "K" : "Rp");
  put(ws, "R3", "Unit Kerja Penanggung Jawab"); ws.mergeCells("R3:R5");
  for (let c = 0; c <= 17; c++) put(ws, `${col(c)}6`, String(c + 1));
  // [label, indicator, baseline, K per year, Rp per year (juta -> rupiah)]
  const items: Array<[string, string, number, number[], number[]]> = [
    ["Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Persentase dokumen perencanaan yang tepat waktu", 80, [85, 88, 90, 95, 100], [2_400, 2_500, 2_650, 2_800, 3_000]],
    ["Kegiatan Penyusunan Perencanaan dan Pendanaan", "Jumlah dokumen perencanaan yang tersusun", 4, [5, 5, 5, 5, 5], [1_400, 1_450, 1_550, 1_650, 1_750]],
    ["Kegiatan Analisis Data dan Informasi Perencanaan Pembangunan Daerah", "Jumlah laporan analisis data", 2, [3, 3, 4, 4, 4], [1_000, 1_050, 1_100, 1_150, 1_250]],
    ["Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", "Persentase usulan musrenbang yang terakomodasi", 60, [62, 65, 68, 70, 75], [1_200, 1_250, 1_300, 1_350, 1_400]],
    ["Kegiatan Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", "Jumlah rapat koordinasi", 10, [12, 12, 12, 12, 12], [1_200, 1_250, 1_300, 1_350, 1_400]],
  ];
  put(ws, "B7", "Meningkatnya kualitas perencanaan pembangunan daerah"); ws.mergeCells("B7:B11");
  items.forEach(([label, ind, base, ks, rps], i) => {
    const r = 7 + i;
    put(ws, `A${r}`, label.startsWith("Program") ? String(i === 0 ? 1 : 2) : "");
    put(ws, `C${r}`, label); put(ws, `D${r}`, ind); put(ws, `E${r}`, base);
    ks.forEach((k, y) => { put(ws, `${col(5 + 2 * y)}${r}`, k); put(ws, `${col(6 + 2 * y)}${r}`, rps[y] * 1_000_000, RP); });
    put(ws, `P${r}`, ks[4]); put(ws, `Q${r}`, rps.reduce((a, b) => a + b, 0) * 1_000_000, RP);
    put(ws, `R${r}`, "Bidang Perencanaan");
  });
  put(ws, "A12", "JUMLAH"); ws.mergeCells("A12:E12");
  for (let y = 0; y < 5; y++) {
    const total = (items[0][4][y] + items[3][4][y]) * 1_000_000;
    put(ws, `${col(6 + 2 * y)}12`, defect === "jumlah" && y === 2 ? total + 100_000_000 : total, RP);
  }
  put(ws, "Q12", (items[0][4].reduce((a, b) => a + b, 0) + items[3][4].reduce((a, b) => a + b, 0)) * 1_000_000, RP);
  return wb;
}

/**
 * PK in the PermenPANRB 53/2014 form: the prose opening ("Yang bertanda tangan di bawah ini: Nama : ... Jabatan :
 * ... selanjutnya disebut pihak pertama"), the signatures with their "NIP. ..." lines, the indicator table with a
 * separate Satuan column and the program table closed by "Jumlah".
 */
export function pkPermenpan53(ExcelJS: ExcelJS, defect?: "nip" | "jumlah"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK Kabid Perencanaan");
  const lines: Array<[string, string]> = [
    ["A1", "PERJANJIAN KINERJA TAHUN 2025"],
    ["A2", "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN SUKAMAJU"],
    ["A4", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"],
    ["A5", "Nama"], ["B5", ": Ir. BAMBANG SUTRISNO, M.T."],
    ["A6", "Jabatan"], ["B6", ": Kepala Bidang Perencanaan Ekonomi"],
    ["A7", "selanjutnya disebut pihak pertama"],
    ["A8", "Nama"], ["B8", ": Dr. SITI RAHAYU, S.E., M.Si."],
    ["A9", "Jabatan"], ["B9", ": Kepala Badan Perencanaan Pembangunan Daerah"],
    ["A10", "selaku atasan pihak pertama, selanjutnya disebut pihak kedua"],
    ["A11", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini."],
  ];
  for (const [a, t] of lines) put(ws, a, t);
  put(ws, "A13", "No"); put(ws, "B13", "Sasaran Strategis"); put(ws, "C13", "Indikator Kinerja"); put(ws, "D13", "Target"); put(ws, "E13", "Satuan");
  put(ws, "A14", "(1)"); put(ws, "B14", "(2)"); put(ws, "C14", "(3)"); put(ws, "D14", "(4)"); put(ws, "E14", "(5)");
  put(ws, "A15", "1."); put(ws, "B15", "Meningkatnya kualitas perencanaan bidang ekonomi"); put(ws, "C15", "Persentase program prioritas ekonomi yang terdanai"); put(ws, "D15", 90); put(ws, "E15", "%");
  put(ws, "A16", "2."); put(ws, "B16", "Tersedianya data perencanaan ekonomi yang mutakhir"); put(ws, "C16", "Jumlah dokumen kajian ekonomi daerah"); put(ws, "D16", 3); put(ws, "E16", "dokumen");
  put(ws, "A18", "No"); put(ws, "B18", "Program/Kegiatan/Sub Kegiatan"); put(ws, "C18", "Anggaran (Rp)"); put(ws, "D18", "Keterangan");
  const items: Array<[string, string, number]> = [
    ["1.", "Penyusunan Dokumen Perencanaan Bidang Perekonomian", 185_000_000],
    ["2.", "Koordinasi Perencanaan Bidang Perekonomian dan SDA", 240_500_000],
    ["3.", "Analisis Data Ekonomi Daerah", 96_250_000],
  ];
  items.forEach(([no, name, rp], i) => { put(ws, `A${19 + i}`, no); put(ws, `B${19 + i}`, name); put(ws, `C${19 + i}`, rp, RP); put(ws, `D${19 + i}`, "APBD"); });
  const total = items.reduce((a, x) => a + x[2], 0);
  put(ws, "A22", "Jumlah"); ws.mergeCells("A22:B22"); put(ws, "C22", defect === "jumlah" ? total - 250_000 : total, RP);
  put(ws, "D24", "Sukamaju, 2 Januari 2025");
  put(ws, "A25", "Pihak Kedua,"); put(ws, "D25", "Pihak Pertama,");
  put(ws, "A29", "Dr. SITI RAHAYU, S.E., M.Si."); put(ws, "D29", "Ir. BAMBANG SUTRISNO, M.T.");
  put(ws, "A30", "Pembina Utama Muda"); put(ws, "D30", "Pembina Tingkat I");
  put(ws, "A31", "NIP. 19720815 199803 2 004"); put(ws, "D31", defect === "nip" ? "NIP. 19760231 200112 1 003" : "NIP. 19760321 200112 1 003");
  return wb;
}

/** Staff list in the DJASN style: "NAMA / NIP" in one cell on two lines, then pangkat and jabatan. */
export function staffDjasn(ExcelJS: ExcelJS, defect?: "nip"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Daftar Pegawai");
  put(ws, "A1", "DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL BAPPEDA KABUPATEN SUKAMAJU");
  ["NO", "NAMA / NIP", "PANGKAT / GOL. RUANG", "JABATAN", "KETERANGAN"].forEach((t, i) => put(ws, `${col(i)}3`, t));
  const people: Array<[string, string, string, string]> = [
    ["Dr. SITI RAHAYU, S.E., M.Si.", "19720815 199803 2 004", "Pembina Utama Muda, IV/c", "Kepala Badan"],
    ["Ir. BAMBANG SUTRISNO, M.T.", "19760321 200112 1 003", "Pembina Tingkat I, IV/b", "Kepala Bidang Perencanaan Ekonomi"],
    ["ANDI PRASETYO, S.Kom.", defect === "nip" ? "19881305 201001 1 002" : "19880513 201001 1 002", "Penata, III/c", "Perencana Ahli Muda"],
  ];
  people.forEach(([nama, nip, pangkat, jab], i) => {
    const r = 4 + i;
    put(ws, `A${r}`, i + 1);
    const c = ws.getCell(`B${r}`);
    c.value = `${nama}\n${nip}`;
    c.alignment = { wrapText: true };
    put(ws, `C${r}`, pangkat); put(ws, `D${r}`, jab); put(ws, `E${r}`, "Aktif");
  });
  return wb;
}

/** Budget recap whose totals are SUM formulas (with their cached values), as most real files are. */
export function budgetRecapSum(ExcelJS: ExcelJS, defect?: "skip-row"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rekap Anggaran");
  put(ws, "A1", "REKAPITULASI ANGGARAN BELANJA PER SUB KEGIATAN TAHUN 2025");
  ["No", "Kode", "Uraian", "Pagu Anggaran (Rp)", "Realisasi (Rp)"].forEach((t, i) => put(ws, `${col(i)}3`, t));
  const rows: Array<[string, string, number, number]> = [
    ["5.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 120_000_000, 112_500_000],
    ["5.01.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 45_000_000, 43_200_000],
    ["5.01.01.2.01.0003", "Koordinasi dan Penyusunan DPA-SKPD", 38_500_000, 36_000_000],
    ["5.01.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", 52_750_000, 50_100_000],
  ];
  rows.forEach(([code, name, pagu, real], i) => {
    const r = 4 + i;
    put(ws, `A${r}`, i + 1); put(ws, `B${r}`, code); put(ws, `C${r}`, name); put(ws, `D${r}`, pagu, RP); put(ws, `E${r}`, real, RP);
  });
  const last = 3 + rows.length;
  put(ws, `A${last + 1}`, "JUMLAH"); ws.mergeCells(`A${last + 1}:C${last + 1}`);
  // The stored value is what Excel computed from the formula as written.
  const pEnd = defect === "skip-row" ? last - 1 : last;
  const sumP = rows.slice(0, pEnd - 3).reduce((a, x) => a + x[2], 0);
  const sumR = rows.reduce((a, x) => a + x[3], 0);
  ws.getCell(`D${last + 1}`).value = { formula: `SUM(D4:D${pEnd})`, result: sumP };
  ws.getCell(`D${last + 1}`).numFmt = RP;
  ws.getCell(`E${last + 1}`).value = { formula: `SUM(E4:E${last})`, result: sumR };
  ws.getCell(`E${last + 1}`).numFmt = RP;
  return wb;
}

/** A recap whose headers no recognition understands ("Rincian Pekerjaan", "Nilai Kontrak"): the planner maps it. */
export function unmappedRecap(ExcelJS: ExcelJS, defect?: "jumlah"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rekap Kontrak");
  put(ws, "A1", "REKAP KONTRAK PEKERJAAN 2025");
  ["#", "Rincian Pekerjaan", "Nilai Kontrak", "Penyedia"].forEach((t, i) => put(ws, `${col(i)}3`, t));
  const rows: Array<[string, number, string]> = [
    ["Belanja jasa konsultansi perencanaan gedung", 145_000_000, "CV Karya Mandiri"],
    ["Belanja modal pengadaan komputer", 88_400_000, "PT Sinar Data"],
    ["Belanja jasa tenaga kebersihan", 62_000_000, "CV Bersih Jaya"],
  ];
  rows.forEach(([name, v, who], i) => { put(ws, `A${4 + i}`, i + 1); put(ws, `B${4 + i}`, name); put(ws, `C${4 + i}`, v, RP); put(ws, `D${4 + i}`, who); });
  put(ws, "B7", "JUMLAH");
  put(ws, "C7", rows.reduce((a, x) => a + x[1], 0) + (defect === "jumlah" ? 1_000_000 : 0), RP);
  return wb;
}

/** The mapping a planner gives for unmappedRecap (as the pane stores it in document settings). */
export const RECAP_MAPPING = { sheet: "Rekap Kontrak", headerRow: 3, kind: "budget", columns: { A: "no", B: "uraian", C: "anggaran", D: "ket" } } as const;

/**
 * Raw SKM export of a survey app: demographic columns (No, Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan),
 * answers under "U1 Persyaratan" .. "U9 Penanganan Pengaduan", and the summary block beneath (Jumlah nilai per
 * unsur, NRR per unsur, NRR tertimbang, IKM, Mutu).
 */
export function skmExport(ExcelJS: ExcelJS, defect?: "answer"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data SKM");
  const unsur = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan", "Kompetensi Pelaksana", "Perilaku Pelaksana", "Sarana dan Prasarana", "Penanganan Pengaduan"];
  const head = ["No", "Tanggal", "Jenis Kelamin", "Usia", "Pendidikan", "Pekerjaan", ...unsur.map((u, i) => `U${i + 1} ${u}`)];
  head.forEach((t, i) => put(ws, `${col(i)}1`, t));
  const answers = [
    [3, 3, 4, 4, 3, 3, 4, 3, 3], [4, 3, 3, 4, 3, 4, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 2], [4, 4, 3, 4, 4, 3, 4, 4, 3], [3, 2, 3, 4, 3, 3, 3, 3, 3],
  ];
  const people: Array<[string, string, number, string, string]> = [
    ["2025-03-03", "Laki-laki", 34, "S1", "PNS"], ["2025-03-03", "Perempuan", 27, "SMA", "Swasta"], ["2025-03-04", "Perempuan", 45, "D3", "Wiraswasta"],
    ["2025-03-05", "Laki-laki", 52, "S2", "PNS"], ["2025-03-05", "Laki-laki", 19, "SMA", "Pelajar/Mahasiswa"],
  ];
  answers.forEach((a, i) => {
    const r = 2 + i;
    put(ws, `A${r}`, i + 1);
    const [tgl, jk, usia, pend, kerja] = people[i];
    put(ws, `B${r}`, tgl); put(ws, `C${r}`, jk); put(ws, `D${r}`, usia); put(ws, `E${r}`, pend); put(ws, `F${r}`, kerja);
    a.forEach((v, j) => put(ws, `${col(6 + j)}${r}`, defect === "answer" && i === 2 && j === 4 ? 5 : v));
  });
  const n = answers.length;
  const sums = unsur.map((_, j) => answers.reduce((s, a) => s + a[j], 0));
  const nrr = sums.map((s) => s / n);
  const weighted = nrr.map((x) => x / unsur.length);
  const ikm = weighted.reduce((a, b) => a + b, 0) * 25;
  const lab = (r: number, t: string) => { put(ws, `A${r}`, t); ws.mergeCells(`A${r}:F${r}`); };
  lab(8, "Jumlah nilai per unsur"); sums.forEach((v, j) => put(ws, `${col(6 + j)}8`, v));
  lab(9, "NRR per unsur"); nrr.forEach((v, j) => put(ws, `${col(6 + j)}9`, Math.round(v * 100) / 100, "0.00"));
  lab(10, "NRR tertimbang per unsur"); weighted.forEach((v, j) => put(ws, `${col(6 + j)}10`, Math.round(v * 1000) / 1000, "0.000"));
  lab(11, "IKM"); put(ws, "G11", Math.round(ikm * 100) / 100, "0.00");
  lab(12, "Mutu pelayanan"); put(ws, "G12", ikm >= 88.31 ? "A (Sangat Baik)" : ikm >= 76.61 ? "B (Baik)" : "C (Kurang Baik)");
  return wb;
}

/**
 * A Renja list as many agencies type it: no code column, no "Program" / "Kegiatan" words, the levels shown only by
 * indentation (Excel's indent, one step per level) with the parents in bold. Three levels, a JUMLAH of the deepest
 * rows. The defect: the second top-level row's pagu typed as Rp 650.000.000 while its rows add up to Rp 600.000.000.
 */
export function renjaIndent(ExcelJS: ExcelJS, defect?: "parent-amount"): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2025");
  put(ws, "A1", "RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU TAHUN 2025");
  const header = ["No", "Uraian", "Indikator Kinerja", "Target", "Satuan", "Pagu Indikatif (Rp)"];
  header.forEach((h, i) => {
    put(ws, `${col(i)}3`, h);
    ws.getCell(`${col(i)}3`).font = { bold: true };
  });
  // [depth, name, indicator, target, unit, pagu]
  const rows: Array<[number, string, string, number, string, number]> = [
    [0, "Peningkatan Tata Kelola Pemerintahan Berbasis Elektronik", "Indeks SPBE", 3.2, "indeks", 1_250_000_000],
    [1, "Pengelolaan Layanan Aplikasi Umum", "Jumlah aplikasi layanan yang terintegrasi", 12, "aplikasi", 700_000_000],
    [2, "Pengembangan Aplikasi Layanan Publik", "Jumlah aplikasi yang dikembangkan", 4, "aplikasi", 450_000_000],
    [2, "Pemeliharaan Pusat Data", "Persentase ketersediaan pusat data", 99, "persen", 250_000_000],
    [1, "Penyelenggaraan Persandian Informasi", "Persentase perangkat daerah yang menerapkan persandian", 80, "persen", 550_000_000],
    [2, "Pengamanan Jaringan Intra Pemerintah", "Jumlah simpul jaringan yang diamankan", 45, "simpul", 300_000_000],
    [2, "Audit Keamanan Informasi", "Jumlah sistem elektronik yang diaudit", 6, "sistem", 250_000_000],
    [0, "Peningkatan Layanan Informasi Publik", "Indeks keterbukaan informasi publik", 85, "indeks", defect === "parent-amount" ? 650_000_000 : 600_000_000],
    [1, "Pengelolaan Media Komunikasi Publik", "Jumlah media komunikasi yang dikelola", 8, "media", 600_000_000],
    [2, "Diseminasi Informasi Melalui Media Sosial", "Jumlah konten yang disebarkan", 240, "konten", 350_000_000],
    [2, "Penyediaan Konten Informasi Publik", "Jumlah konten informasi yang diterbitkan", 120, "konten", 250_000_000],
  ];
  let no = 0;
  rows.forEach(([depth, name, ind, target, unit, pagu], i) => {
    const r = 4 + i;
    if (depth === 0) put(ws, `A${r}`, ++no);
    put(ws, `B${r}`, name);
    const b = ws.getCell(`B${r}`);
    if (depth) b.alignment = { indent: depth };
    if (depth < 2) b.font = { bold: true };
    put(ws, `C${r}`, ind);
    put(ws, `D${r}`, target);
    put(ws, `E${r}`, unit);
    put(ws, `F${r}`, pagu, RP);
  });
  const last = 4 + rows.length;
  put(ws, `B${last}`, "JUMLAH");
  ws.getCell(`B${last}`).font = { bold: true };
  put(ws, `F${last}`, 1_850_000_000, RP);
  return wb;
}

/**
 * Permendagri 54/2010 Renja table (appendix J-1 style, "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja SKPD dan
 * Pencapaian Renstra SKPD"): two header rows (a group title over last year's target / realisation / rate) and the
 * column-number row declaring 8=(7/6), 10=(5+7+9) and 11=(10/4). Two programs with their kegiatan, as a Diskominfo
 * fills it. Defects: the first kegiatan's rate 8 computed the other way round (10/9 = 111,11 % instead of
 * 7/6 = 9/10 = 90 %), and the second program's cumulative realisation 10 typed 1.150 instead of 520 + 330 + 320 =
 * 1.170 (its rate 11 computed from the typed figure, as an agency would).
 */
export function renjaJ1(ExcelJS: ExcelJS, defect?: boolean): ExcelJSNS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel 2.1 Evaluasi Renja");
  put(ws, "A1", "Tabel 2.1");
  put(ws, "A2", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja SKPD dan Pencapaian Renstra SKPD s/d Tahun 2025");
  put(ws, "A3", "Kabupaten Sukamaju - Dinas Komunikasi dan Informatika");
  const titles: Array<[string, string]> = [
    ["A", "Kode"],
    ["B", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
    ["C", "Indikator Kinerja Program (outcomes)/ Kegiatan (output)"],
    ["D", "Target Kinerja Capaian Program (Renstra SKPD) Tahun 2026"],
    ["E", "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan Tahun 2023"],
    ["I", "Target Program dan Kegiatan (Renja SKPD Tahun 2025)"],
    ["J", "Perkiraan Realisasi Capaian Target Renstra SKPD s/d Tahun Berjalan"],
    ["K", "Tingkat Capaian Realisasi Target Renstra (%)"],
    ["L", "Keterangan"],
  ];
  for (const [c, t] of titles) { put(ws, `${c}5`, t); ws.mergeCells(`${c}5:${c}6`); }
  put(ws, "F5", "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu (2024)");
  ws.mergeCells("F5:H5");
  put(ws, "F6", "Target Renja SKPD Tahun 2024");
  put(ws, "G6", "Realisasi Renja SKPD Tahun 2024");
  put(ws, "H6", "Tingkat Realisasi (%)");
  ["1", "2", "3", "4", "5", "6", "7", "8=(7/6)", "9", "10=(5+7+9)", "11=(10/4)", "12"].forEach((t, i) => put(ws, `${col(i)}7`, t));
  // [code, name, indicator, 4 renstra, 5 s/d 2023, 6 target 2024, 7 realisasi 2024, 8 rate, 9 target 2025, 10, 11]
  type Row = [string, string, string, number, number, number, number, number, number, number, number];
  const rows: Row[] = [
    ["2.16.02", "Program Pengelolaan Aplikasi Informatika", "Jumlah aplikasi layanan publik yang terintegrasi", 20, 8, 5, 5, 1, 4, 17, 0.85],
    ["2.16.02.2.01", "Pengelolaan Nama Domain dan Sub Domain", "Jumlah sub domain yang dikelola", 40, 15, 10, 9, defect ? 10 / 9 : 0.9, 8, 32, 0.8],
    ["2.16.02.2.02", "Pengelolaan e-Government", "Jumlah sistem informasi yang dikembangkan", 12, 4, 3, 3, 1, 3, 10, 10 / 12],
    ["2.16.03", "Program Informasi dan Komunikasi Publik", "Jumlah konten informasi publik yang diterbitkan", 1500, 520, 300, 330, 1.1, 320,
      defect ? 1150 : 1170, defect ? 1150 / 1500 : 0.78],
    ["2.16.03.2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah", "Jumlah diseminasi informasi", 600, 210, 120, 114, 0.95, 130, 454, 454 / 600],
  ];
  rows.forEach((x, i) => {
    const r = 8 + i;
    put(ws, `A${r}`, x[0]); put(ws, `B${r}`, x[1]); put(ws, `C${r}`, x[2]);
    [3, 4, 5, 6, 8, 9].forEach((k) => put(ws, `${col(k)}${r}`, x[k], "#,##0"));
    put(ws, `H${r}`, x[7], PCT);
    put(ws, `K${r}`, x[10], PCT);
  });
  return wb;
}
