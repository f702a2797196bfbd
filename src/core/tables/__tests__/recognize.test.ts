import { recognizeSheet } from "../recognize";
import { recognizePkHeader } from "../pkHeader";
import { sheetFromRows } from "../../../../test/support/fixtures";
import { a1, a1Range, colLetters, gridOf, parseA1, parseA1Range, } from "../cells";
import { cellValue } from "../../numbers/cell";
import { sameName, normName } from "../normalize";

describe("cell helpers", () => {
  test("A1 addressing", () => {
    expect(colLetters(0)).toBe("A");
    expect(colLetters(25)).toBe("Z");
    expect(colLetters(26)).toBe("AA");
    expect(colLetters(701)).toBe("ZZ");
    expect(a1(4, 2)).toBe("C5");
    expect(a1Range(0, 0, 1, 1)).toBe("A1:B2");
    expect(a1Range(3, 3, 3, 3)).toBe("D4");
    expect(parseA1("AA10")).toEqual({ row: 9, col: 26 });
    expect(parseA1Range("B2:A1")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });
  test("numeric value of number and text cells", () => {
    const s = sheetFromRows("S", [["Rp 1.672.255.000,00", "Rp 197,951,250.00", "106,92%", { v: 0.5, fmt: "0.00%" }, "N/A", "Rp 750.000,00,00", "1000 SK KP PNS"]]);
    const g = gridOf(s);
    expect(g.number(0, 0)?.value).toBe(1672255000);
    expect(g.number(0, 1)?.value).toBe(197951250);
    expect(g.number(0, 2)?.value).toBeCloseTo(1.0692, 10);
    expect(g.number(0, 2)?.percent).toBe(true);
    expect(g.number(0, 3)).toMatchObject({ value: 0.5, percent: true, fromText: false });
    expect(g.number(0, 4)).toBeNull();
    expect(g.number(0, 5)).toMatchObject({ value: null, malformed: true });
    expect(g.number(0, 6)).toMatchObject({ value: 1000, unit: "SK KP PNS" });
    expect(cellValue(undefined)).toBeNull();
  });
  test("merged cells resolve to their master", () => {
    const s = sheetFromRows("S", [["X", null], [null, null]], ["A1:A2"]);
    const g = gridOf(s);
    expect(g.getMerged(1, 0)?.value).toBe("X");
    expect(g.isMergedContinuation(1, 0)).toBe(true);
    expect(g.isMergedContinuation(0, 0)).toBe(false);
  });
});

describe("name matching", () => {
  test("normalises case, punctuation, spacing and spelling variants", () => {
    expect(sameName("Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "pengadaan barang milik daerah penunjang urusan  PEMERINTAHAN daerah")).toBe(true);
    expect(sameName("Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", "Program Penunjang Urusan Pemerintahan Daerah")).toBe(true);
    expect(sameName("1. Penyediaan Barang Cetak dan Penggandaan", "Penyediaan Barang Cetakan dan Penggandaan")).toBe(true);
    expect(normName("Sub Kegiatan Penyediaan Jasa Surat Menyurat")).toBe("penyediaan jasa surat menyurat");
  });
  test("never pairs different items", () => {
    expect(sameName("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD")).toBe(false);
    expect(sameName("Pengelolaan Mutasi ASN", "Pengelolaan Promosi ASN")).toBe(false);
    expect(sameName("Pemeliharaan Peralatan dan Mesin Lainnya", "Pengadaan Peralatan dan Mesin Lainnya")).toBe(false);
    expect(sameName("Jumlah peserta diklat Kepemimpinan", "Jumlah peserta diklat prajabatan (latsar)")).toBe(false);
  });
});

describe("table recognition", () => {
  const pk = sheetFromRows("PK Sekretaris", [
    ["PERJANJIAN KINERJA TAHUN 2022"],
    [],
    ["Nama", ":", "HARIYANTO, S.Pd., M.IP."],
    ["Jabatan", ":", "Sekretaris Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia"],
    ["Selanjutnya disebut PIHAK PERTAMA."],
    ["Nama", ":", "Drs. SHODIKIN, M.Pd"],
    ["Jabatan", ":", "Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia Kabupaten Lamongan"],
    ["Selaku atasan langsung dari PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."],
    [],
    ["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"],
    ["(1)", "(2)", "(3)", "(4)"],
    ["1.", "Terpenuhinya layanan administrasi kepegawaian", "Persentase layanan administrasi kepegawaian", "100%"],
    [null, null, "Persentase layanan kedua", "90%"],
    ["2.", "Terpenuhinya layanan administrasi umum", "Persentase layanan administrasi umum", "100%"],
    [],
    ["NO.", "KEGIATAN", "ANGGARAN (Rp.)", "KET."],
    ["1.", "Administrasi Umum Perangkat Daerah", "Rp 197,951,250.00", "P-APBD"],
    [],
    ["2.", "Administrasi Keuangan Perangkat Daerah", "Rp 5.392.060.000,00", "P-APBD"],
    ["JUMLAH", null, "Rp 5.590.011.250,00"],
    [],
    ["Lamongan, 31 Oktober 2022"],
    ["PIHAK KEDUA", null, "PIHAK PERTAMA"],
    ["KEPALA BADAN KEPEGAWAIAN", null, "SEKRETARIS BADAN"],
    [],
    ["Drs. SHODIKIN, M.Pd.", null, "HARIYANTO, S.Pd., M.IP."],
    ["Pembina Utama Muda", null, "Pembina Tingkat I"],
    ["NIP. 19661019 198703 1 008", null, "NIP. 19730721 199901 1 001"],
  ], ["B12:B13"]);

  test("indicator and budget tables on one sheet, with column numbers, merged SASARAN and a blank separator", () => {
    const ts = recognizeSheet(pk);
    expect(ts.map((t) => t.kind)).toEqual(["indicator", "budget"]);
    const [ind, bud] = ts;
    expect(ind.headerTop).toBe(9);
    expect(ind.headerBottom).toBe(10);
    expect(ind.columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "target"]);
    expect(ind.rows.map((r) => r.row)).toEqual([11, 12, 13]);
    expect(ind.rows[0].lastRow).toBe(12);
    expect(bud.columns.map((c) => c.role)).toEqual(["no", "kegiatan", "anggaran", "ket"]);
    expect(bud.rows.map((r) => [r.row, r.kind])).toEqual([[16, "item"], [18, "item"], [19, "total"]]);
    expect(bud.rows[0].level).toBe("kegiatan");
    expect(bud.bottom).toBe(19);
  });

  test("PK header: both parties from the opening lines, NIPs from the signature blocks", () => {
    const h = recognizePkHeader(pk)!;
    expect(h.pihakPertama.nama).toBe("HARIYANTO, S.Pd., M.IP.");
    expect(h.pihakPertama.jabatan).toMatch(/^Sekretaris/);
    expect(h.pihakKedua.nama).toBe("Drs. SHODIKIN, M.Pd");
    expect(h.pihakPertama.nip).toBe("19730721 199901 1 001");
    expect(h.pihakPertama.nipCell).toEqual({ row: 27, col: 2 });
    expect(h.pihakKedua.nip).toBe("19661019 198703 1 008");
    expect(h.year).toBe(2022);
  });

  test("PK header from signature blocks only", () => {
    const s = sheetFromRows("PK", [
      ["PIHAK KEDUA", null, null, "PIHAK PERTAMA"],
      ["BUPATI LAMONGAN", null, null, "KEPALA BADAN KEPEGAWAIAN DAN"],
      [null, null, null, "PENGEMBANGAN SUMBER DAYA MANUSIA"],
      ["Dr. YUHRONUR EFENDI, MBA.", null, null, "Drs. SHODIKIN, M.Pd"],
      [null, null, null, "Pembina Tingkat I"],
      [null, null, null, "NIP. 19661019 198703 1 008"],
    ]);
    const h = recognizePkHeader(s)!;
    expect(h.pihakKedua).toMatchObject({ nama: "Dr. YUHRONUR EFENDI, MBA.", jabatan: "BUPATI LAMONGAN" });
    expect(h.pihakPertama).toMatchObject({ nama: "Drs. SHODIKIN, M.Pd", jabatan: "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", nip: "19661019 198703 1 008" });
  });

  test("two-row measurement header with merged KINERJA / ANGGARAN parents", () => {
    const s = sheetFromRows("Ukur", [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "KINERJA", null, null, "ANGGARAN", null, null],
      [null, null, null, "Target", "Realisasi", "Capaian", "Alokasi (Rp.)", "Realisasi (Rp.)", "Capaian"],
      ["1.", "Meningkatnya kualitas", "Indeks Sistem Merit", 260, 278, "106,92 %", "4.850.842.200", "4.324.934.317", "89,16%"],
    ], ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]);
    const [t] = recognizeSheet(s);
    expect(t.kind).toBe("measurement");
    expect(t.headerBottom).toBe(1);
    expect(t.columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "target", "realisasi", "capaian", "pagu", "realisasi_anggaran", "capaian_anggaran"]);
    expect(t.rows).toHaveLength(1);
  });

  test("same header without merges (pasted text) still reads the parents", () => {
    const s = sheetFromRows("Ukur", [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "KINERJA", null, null, "ANGGARAN", null, null],
      [null, null, null, "Target", "Realisasi", "Capaian", "Alokasi (Rp.)", "Realisasi (Rp.)", "Capaian"],
      ["1.", "Meningkatnya kualitas", "Indeks Sistem Merit", 260, 278, "106,92 %", "4.850.842.200", "4.324.934.317", "89,16%"],
    ]);
    const [t] = recognizeSheet(s);
    expect(t.columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "target", "realisasi", "capaian", "pagu", "realisasi_anggaran", "capaian_anggaran"]);
  });

  test("budget realisation, efficiency, skm, merit and staff tables", () => {
    const s = sheetFromRows("Lain", [
      ["No", "Uraian", "Plafon Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"],
      ["1", "Program Penunjang", "6.241.465.000,00", "6.086.801.563,36", "154.663.436,64", "2,48%"],
      [],
      [],
      [],
      ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "% CAPAIAN KINERJA", "% PENYERAPAN ANGGARAN", "TINGKAT EFISIENSI"],
      ["1", "2", "3", "4", "5", "6=(4-5)"],
      ["1.", "Meningkatnya", "Indeks Sistem Merit", "106,92%", "89,16%", "17,76%"],
      [],
      ["No.", "Unsur SKM", "Nilai Unsur SKM", "NRR Unsur SKM"],
      ["1", "Persyaratan", 1200, 3.29],
      [],
      ["No", "Aspek", "Bobot", "Nilai"],
      ["1", "Perencanaan Kebutuhan", "10%", 40],
      [],
      ["NO", "NIP", "NAMA", "Jenis Jabatan"],
      ["1", "'197307211999011001", "HARIYANTO", "Struktural"],
    ]);
    const ts = recognizeSheet(s);
    expect(ts.map((t) => t.kind)).toEqual(["measurement", "efficiency", "skm", "merit", "staff"]);
    expect(ts[0].columns.map((c) => c.role)).toEqual(["no", "uraian", "pagu", "realisasi_anggaran", "sisa", "other"]);
    expect(ts[1].headerBottom).toBe(6);
    expect(ts[1].columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "capaian_kinerja", "serapan", "efisiensi"]);
  });

  test("Renja-like table: levels from codes, groups above the deepest level", () => {
    const s = sheetFromRows("Renja", [
      ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"],
      ["5.04.01", "Program Penunjang", 300],
      ["5.04.01.2.01", "Perencanaan", 300],
      ["5.04.01.2.01.0001", "Penyusunan Dokumen", 100],
      ["5.04.01.2.01.0007", "Evaluasi Kinerja", 200],
    ]);
    const [t] = recognizeSheet(s);
    expect(t.kind).toBe("budget");
    expect(t.rows.map((r) => [r.kind, r.level])).toEqual([["group", "program"], ["group", "kegiatan"], ["item", "subkegiatan"], ["item", "subkegiatan"]]);
  });

  test("text that is not a table is not recognised", () => {
    const s = sheetFromRows("Teks", [
      ["Perjanjian Kinerja adalah lembar/ dokumen yang berisikan penugasan dari pimpinan"],
      ["Jumlah dokumen", "Target"],
      ["Nama", "Jabatan"],
    ]);
    expect(recognizeSheet(s)).toEqual([]);
  });
});

test("two tables side by side, an empty column between, are two tables", () => {
  const s = sheetFromRows("Dua", [
    ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", null, "NO", "PROGRAM", "ANGGARAN (Rp)", "KET"],
    ["1.", "Meningkatnya kualitas", "Indeks Sistem Merit", 260, null, "1", "Program Kepegawaian Daerah", 1672255000, "APBD"],
    [null, null, "Nilai IKM", 82.75, null, "JUMLAH", null, 1672255000],
    [null, null, "Nilai SAKIP", 89.5],
  ]);
  const ts = recognizeSheet(s);
  expect(ts.map((t) => [t.kind, t.left, t.right, t.rows.length])).toEqual([["indicator", 0, 3, 3], ["budget", 5, 8, 2]]);
});

test("PK header typed as multi-line cells", () => {
  const s = sheetFromRows("PK", [
    ["Nama : AGUS SUPRAPTO, S.Sos., M.M.\nJabatan : Kepala Sub Bagian Keuangan"],
    ["Selanjutnya disebut PIHAK PERTAMA"],
    ["Nama : HARIYANTO, S.Pd., M.IP.\nJabatan : Sekretaris"],
    ["Selaku atasan langsung, selanjutnya disebut PIHAK KEDUA"],
  ]);
  const h = recognizePkHeader(s)!;
  expect(h.pihakPertama).toMatchObject({ nama: "AGUS SUPRAPTO, S.Sos., M.M.", jabatan: "Kepala Sub Bagian Keuangan" });
  expect(h.pihakKedua).toMatchObject({ nama: "HARIYANTO, S.Pd., M.IP.", jabatan: "Sekretaris" });
});
