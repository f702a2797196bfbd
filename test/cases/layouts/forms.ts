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
