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

const colL = (n: number) => { let s = ""; for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };

interface EvalRow { no: string; code: string; name: string; ind: string; unit: string; renja: [number, number]; tw: Array<[number, number]>; real?: [number, number]; cap?: [number, number] }

/**
 * Our own Permendagri 86/2017 "Evaluasi terhadap Hasil Renja" (T-C.29): No, Kode, Program/Kegiatan, Indikator,
 * Satuan, then K/Rp pairs: Target Renja tahun berjalan (6), Triwulan I-IV (7-10), Realisasi Renja (11 = 7+8+9+10),
 * Tingkat capaian (12 = 11/6 x 100%); footer rows with the average capaian of the programs and the predikat.
 */
function evaluationSheet(ExcelJS: X, rows: EvalRow[], footer: { mean: [number, number]; predikat: string }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Evaluasi Renja 2025");
  ws.getCell("A1").value = "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH BAPPEDA KABUPATEN SUKAMAKMUR TAHUN 2025";
  const head: Array<[number, string]> = [[0, "No"], [1, "Kode"], [2, "Program/Kegiatan/Sub Kegiatan"], [3, "Indikator Kinerja Program (outcome)/ Kegiatan (output)"], [4, "Satuan"]];
  for (const [c, t] of head) { ws.getCell(`${colL(c)}3`).value = t; ws.mergeCells(`${colL(c)}3:${colL(c)}5`); }
  ws.getCell("F3").value = "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025)"; ws.mergeCells("F3:G4");
  ws.getCell("H3").value = "Realisasi Kinerja Pada Triwulan"; ws.mergeCells("H3:O3");
  ["I", "II", "III", "IV"].forEach((q, i) => { ws.getCell(`${colL(7 + 2 * i)}4`).value = q; ws.mergeCells(`${colL(7 + 2 * i)}4:${colL(8 + 2 * i)}4`); });
  ws.getCell("P3").value = "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (2025)"; ws.mergeCells("P3:Q4");
  ws.getCell("R3").value = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)"; ws.mergeCells("R3:S4");
  for (let c = 5; c <= 18; c++) ws.getCell(`${colL(c)}5`).value = c % 2 === 1 ? "K" : "Rp";
  const nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11 = 7 + 8 + 9 + 10", "12 = 11/6 x 100%"];
  nums.forEach((t, i) => {
    const c = i < 5 ? i : 5 + 2 * (i - 5);
    ws.getCell(`${colL(c)}6`).value = t;
    if (i >= 5) ws.mergeCells(`${colL(c)}6:${colL(c + 1)}6`);
  });
  rows.forEach((x, i) => {
    const r = 7 + i;
    const k = x.tw.reduce((a, t) => a + t[0], 0);
    const rp = x.tw.reduce((a, t) => a + t[1], 0);
    const real = x.real ?? [k, rp];
    const cap = x.cap ?? [real[0] / x.renja[0], real[1] / x.renja[1]];
    [x.no, x.code, x.name, x.ind, x.unit].forEach((v, c) => { ws.getCell(`${colL(c)}${r}`).value = v; });
    const vals: Array<[number, number]> = [x.renja, ...x.tw, real];
    vals.forEach(([a, b], j) => { ws.getCell(`${colL(5 + 2 * j)}${r}`).value = a; const c = ws.getCell(`${colL(6 + 2 * j)}${r}`); c.value = b; c.numFmt = "#,##0"; });
    [cap[0], cap[1]].forEach((v, j) => { const c = ws.getCell(`${colL(17 + j)}${r}`); c.value = v; c.numFmt = "0.00%"; });
  });
  const f = 7 + rows.length;
  ws.getCell(`A${f}`).value = "Rata-rata capaian kinerja dan realisasi anggaran dari seluruh program"; ws.mergeCells(`A${f}:Q${f}`);
  footer.mean.forEach((v, j) => { const c = ws.getCell(`${colL(17 + j)}${f}`); c.value = v; c.numFmt = "0.00%"; });
  ws.getCell(`A${f + 1}`).value = "Predikat kinerja dari seluruh hasil capaian program"; ws.mergeCells(`A${f + 1}:Q${f + 1}`);
  ws.getCell(`R${f + 1}`).value = footer.predikat;
  return wb;
}

const EVAL_ROWS: EvalRow[] = [
  { no: "1", code: "5.01.02", name: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", ind: "Jumlah dokumen perencanaan yang ditetapkan tepat waktu", unit: "dokumen",
    renja: [6, 2_478_024_000], tw: [[1, 514_517_000], [2, 600_000_000], [1, 700_000_000], [2, 663_507_000]] },
  { no: "", code: "5.01.02.2.01", name: "Penyusunan Perencanaan dan Pendanaan", ind: "Jumlah laporan hasil koordinasi penyusunan dokumen perencanaan", unit: "laporan",
    renja: [4, 1_478_024_000], tw: [[1, 314_517_000], [1, 400_000_000], [1, 400_000_000], [1, 363_507_000]] },
  { no: "", code: "5.01.02.2.02", name: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", ind: "Persentase data perencanaan yang mutakhir", unit: "%",
    renja: [90, 1_000_000_000], tw: [[70, 200_000_000], [80, 200_000_000], [85, 300_000_000], [90, 300_000_000]], real: [90, 1_000_000_000] },
  { no: "2", code: "5.01.03", name: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH", ind: "Jumlah usulan musrenbang yang terakomodasi", unit: "usulan",
    renja: [120, 1_200_000_000], tw: [[20, 200_000_000], [30, 300_000_000], [30, 300_000_000], [28, 380_000_000]] },
];

/** SAKIP-RELASI-001: "fires": the year's Rp Rp 200 off the sum of the quarters (2.478.024.200 for 2.478.024.000),
 *  and a capaian written the inverse way (target / realisasi). The % indicator's K is never summed (holds either way). */
export function declaredRelation(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const rows = EVAL_ROWS.map((r) => ({ ...r }));
  if (f) {
    rows[0].real = [6, 2_478_024_200];
    rows[0].cap = [1, 2_478_024_200 / 2_478_024_000];
    rows[3].cap = [120 / 108, 1_180_000_000 / 1_200_000_000];
  }
  return evaluationSheet(ExcelJS, rows, { mean: [(1 + 0.9) / 2, (2_478_024_000 / 2_478_024_000 + 1_180_000_000 / 1_200_000_000) / 2], predikat: "Sangat Tinggi" });
}

/** SAKIP-RELASI-003: "fires": the footer's average is not the mean of the two programs, and its predikat does not fit. */
export function predikatCase(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const k = (1 + 108 / 120) / 2;
  const rp = (1 + 1_180_000_000 / 1_200_000_000) / 2;
  return evaluationSheet(ExcelJS, EVAL_ROWS, f ? { mean: [0.8, rp], predikat: "Sangat Tinggi" } : { mean: [k, rp], predikat: "Sangat Tinggi" });
}

/**
 * SAKIP-RELASI-002: a Renstra matrix "Rencana Program, Kegiatan dan Pendanaan" with targets and pagu per year and
 * the end-of-period column; a second table in juta rupiah with two decimals. "fires": one program's five-year Rp is
 * not the sum of its years (error), and in juta rupiah 37.460,30 against years summing to 37.460,00 (warning).
 */
export function rowTotal(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, scale: string, items: Array<[string, string, number[], number[], number | undefined]>, fmt: string) => {
    const ws = wb.addWorksheet(name);
    ws.getCell("A1").value = `Tabel 6.1 Rencana Program, Kegiatan, dan Pendanaan ${scale}`;
    for (const [c, t] of [["A", "No"], ["B", "Program dan Kegiatan"], ["C", "Indikator Kinerja Program (outcome) dan Kegiatan (output)"], ["D", "Satuan"]] as const) { ws.getCell(`${c}3`).value = t; ws.mergeCells(`${c}3:${c}5`); }
    ws.getCell("E3").value = `Target Kinerja Program dan Kerangka Pendanaan ${scale}`; ws.mergeCells("E3:N3");
    for (let y = 0; y < 5; y++) { ws.getCell(`${colL(4 + 2 * y)}4`).value = `Tahun ${2025 + y}`; ws.mergeCells(`${colL(4 + 2 * y)}4:${colL(5 + 2 * y)}4`); }
    ws.getCell("O3").value = "Kondisi Kinerja pada Akhir Periode Renstra"; ws.mergeCells("O3:P4");
    for (let c = 4; c <= 15; c++) ws.getCell(`${colL(c)}5`).value = c % 2 === 0 ? "K" : "Rp";
    for (let c = 0; c <= 15; c++) ws.getCell(`${colL(c)}6`).value = String(c + 1);
    items.forEach(([label, ind, ks, rps, wrong], i) => {
      const r = 7 + i;
      ws.getCell(`A${r}`).value = String(i + 1);
      ws.getCell(`B${r}`).value = label; ws.getCell(`C${r}`).value = ind; ws.getCell(`D${r}`).value = /persentase|indeks/i.test(ind) ? "%" : "dokumen";
      ks.forEach((k, y) => { ws.getCell(`${colL(4 + 2 * y)}${r}`).value = k; const c = ws.getCell(`${colL(5 + 2 * y)}${r}`); c.value = rps[y]; c.numFmt = fmt; });
      ws.getCell(`O${r}`).value = ks[4];
      const total = ws.getCell(`P${r}`);
      total.value = wrong ?? Math.round(rps.reduce((a, b) => a + b, 0) * 100) / 100;
      total.numFmt = fmt;
    });
  };
  sheet("Renstra 2025-2029", "", [
    ["Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Persentase dokumen perencanaan yang tepat waktu", [85, 88, 90, 95, 100], [2_400_000_000, 2_500_000_000, 2_650_000_000, 2_800_000_000, 3_000_000_000], f ? 13_450_000_000 : undefined],
    ["Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", "Jumlah dokumen RKPD yang ditetapkan", [1, 1, 1, 1, 1], [1_200_000_000, 1_250_000_000, 1_300_000_000, 1_350_000_000, 1_400_000_000], undefined],
  ], "#,##0");
  sheet("Renstra (juta)", "(dalam juta rupiah)", [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Nilai SAKIP perangkat daerah", [70, 72, 74, 76, 78], [7_200.5, 7_350.25, 7_480.75, 7_600, 7_828.5], f ? 37_460.3 : undefined],
  ], "#,##0.00");
  return wb;
}

/**
 * Polarity from what the workbook says elsewhere: an evaluation form whose capaian (12 = 11/6 x 100%) is written
 * realisasi / target for two indicators the form itself does not call negative; the Renstra's targets for the first
 * fall every year (18 → 10), and the IKU sheet's POLARITAS column calls the second "Negatif". "fires": both capaian
 * written the positive way (warnings naming where the polarity comes from); "holds": written target / realisasi.
 */
export function polarityElsewhere(ExcelJS: X, mode: Mode) {
  const f = mode === "fires";
  const rows: EvalRow[] = [
    { no: "1", code: "1.02.02", name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN MASYARAKAT", ind: "Prevalensi balita stunting di wilayah kabupaten", unit: "%",
      renja: [14, 480_000_000], tw: [[13, 120_000_000], [13, 120_000_000], [12, 120_000_000], [12, 120_000_000]], real: [12, 480_000_000] },
    { no: "2", code: "1.02.03", name: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", ind: "Jumlah kasus keterlambatan laporan keuangan puskesmas", unit: "kasus",
      renja: [4, 290_000_000], tw: [[1, 70_000_000], [1, 70_000_000], [0, 70_000_000], [1, 80_000_000]] },
  ];
  rows[0].cap = [f ? 12 / 14 : 14 / 12, 1];
  rows[1].cap = [f ? 3 / 4 : 4 / 3, 1];
  const wb = evaluationSheet(ExcelJS, rows, { mean: [(rows[0].cap[0] + rows[1].cap[0]) / 2, 1], predikat: f ? "Tinggi" : "Sangat Tinggi" });
  const renstra = wb.addWorksheet("Renstra 2023-2027");
  renstra.getCell("A1").value = "No"; renstra.mergeCells("A1:A2");
  renstra.getCell("B1").value = "Indikator Kinerja"; renstra.mergeCells("B1:B2");
  renstra.getCell("C1").value = "Satuan"; renstra.mergeCells("C1:C2");
  renstra.getCell("D1").value = "Target Kinerja"; renstra.mergeCells("D1:H1");
  [2023, 2024, 2025, 2026, 2027].forEach((y, i) => { renstra.getCell(`${colL(3 + i)}2`).value = y; });
  put(renstra, [
    ["1", "Prevalensi balita stunting di wilayah kabupaten", "%", 18, 16, 14, 12, 10],
    ["2", "Persentase puskesmas terakreditasi paripurna", "%", 40, 50, 60, 70, 80],
  ]);
  const iku = wb.addWorksheet("IKU");
  put(iku, [
    ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN", "POLARITAS"],
    ["1", "Meningkatnya tata kelola keuangan", "Jumlah kasus keterlambatan laporan keuangan puskesmas", 4, "kasus", "Negatif"],
    ["2", "Meningkatnya mutu layanan", "Persentase puskesmas terakreditasi paripurna", 60, "%", "Positif"],
  ]);
  return wb;
}

/**
 * Year alignment: the Renja evaluation form for 2025 (its "Target ... Tahun Berjalan (2025)" K / Rp) beside the
 * Renstra's targets and pagu per year "(dalam juta rupiah)", whose rows carry names only. "fires": the Renstra's 2025
 * pagu of one program has two digits swapped (2.487,024 juta for 2.478.024.000) and its 2025 target is 7 dokumen for
 * the form's 6; the 2026 figures differ from the form's on purpose (another year: never compared). As one workbook,
 * or (`files`) as two files validated together (`--gabung`).
 */
export function yearAlignment(ExcelJS: X, mode: Mode, files = false) {
  const f = mode === "fires";
  const wb = evaluationSheet(ExcelJS, EVAL_ROWS, { mean: [(1 + 108 / 120) / 2, (1 + 1_180_000_000 / 1_200_000_000) / 2], predikat: "Sangat Tinggi" });
  const book = files ? new ExcelJS.Workbook() : wb;
  const ws = book.addWorksheet("Renstra 2025-2029");
  ws.getCell("A1").value = "Tabel 6.1 Rencana Program, Kegiatan, dan Pendanaan (dalam juta rupiah)";
  for (const [c, t] of [["A", "No"], ["B", "Program dan Kegiatan"], ["C", "Indikator Kinerja Program (outcome) dan Kegiatan (output)"], ["D", "Satuan"]] as const) { ws.getCell(`${c}3`).value = t; ws.mergeCells(`${c}3:${c}5`); }
  ws.getCell("E3").value = "Target Kinerja Program dan Kerangka Pendanaan (dalam juta rupiah)"; ws.mergeCells("E3:N3");
  for (let y = 0; y < 5; y++) { ws.getCell(`${colL(4 + 2 * y)}4`).value = `Tahun ${2025 + y}`; ws.mergeCells(`${colL(4 + 2 * y)}4:${colL(5 + 2 * y)}4`); }
  for (let c = 4; c <= 13; c++) ws.getCell(`${colL(c)}5`).value = c % 2 === 0 ? "K" : "Rp";
  for (let c = 0; c <= 13; c++) ws.getCell(`${colL(c)}6`).value = String(c + 1);
  const rows: Array<[string, string, string, number[], number[]]> = [
    ["Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Jumlah dokumen perencanaan yang ditetapkan tepat waktu", "dokumen", [f ? 7 : 6, 5, 6, 6, 6], [f ? 2487.024 : 2478.024, 2600, 2700, 2800, 2900]],
    ["Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", "Jumlah usulan musrenbang yang terakomodasi", "usulan", [120, 130, 140, 150, 160], [1200, 1300, 1400, 1500, 1600]],
  ];
  rows.forEach(([label, ind, unit, ks, rps], i) => {
    const r = 7 + i;
    ws.getCell(`A${r}`).value = String(i + 1); ws.getCell(`B${r}`).value = label; ws.getCell(`C${r}`).value = ind; ws.getCell(`D${r}`).value = unit;
    ks.forEach((k, y) => { ws.getCell(`${colL(4 + 2 * y)}${r}`).value = k; const c = ws.getCell(`${colL(5 + 2 * y)}${r}`); c.value = rps[y]; c.numFmt = "#,##0.000"; });
  });
  return files ? { files: { "Evaluasi Renja 2025.xlsx": wb, "Renstra Bappeda.xlsx": book } } : wb;
}
