import { rule } from "./parent-sum";
import { run, recognizedCtx } from "../../../../test/support/rulekit";
import { sheetFromRows, workbook } from "../../../../test/support/fixtures";

const renja = (kegiatan: number) =>
  workbook("w", sheetFromRows("Renja", [
    ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU INDIKATIF"],
    ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", kegiatan],
    ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100000000],
    ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150000000],
  ]));

describe("SAKIP-HIER-001", () => {
  test("a Kegiatan (by code) that is not the sum of its Sub Kegiatan fires on its amount, an error", () => {
    const f = run(rule, recognizedCtx(renja(300000000)));
    expect(f.map((x) => [x.cell, x.expected, x.severity ?? "error"])).toEqual([["C2", "Rp 250.000.000", "error"]]);
    expect(f[0].related?.map((r) => r.cell)).toEqual(["C3", "C4"]);
  });
  test("holds when the parent equals its children", () => {
    expect(run(rule, recognizedCtx(renja(250000000)))).toEqual([]);
  });
});

describe("SAKIP-HIER-001 in every rupiah column, and over officials", () => {
  const pct = (v: number) => ({ v, fmt: "0.00%" });
  const officials = (kabidRealisasi: number, kabidK: unknown = pct(0.9388)) =>
    workbook("w", sheetFromRows("Capaian Pejabat", [
      ["Jabatan", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Program/ Kegiatan", "Anggaran", "Realisasi", "% Capaian"],
      ["Kepala Bidang Pengembangan SDM", "Sasaran A", "Persentase ASN lulus diklat teknis", pct(0.75), kabidK as never, pct(1.25), null, 695105000, 691775000, pct(0.9952)],
      [null, "Sasaran B", "Jumlah ASN bersertifikat kompetensi", "2170 ASN", 2214, pct(1.02), null, 2483482200, kabidRealisasi, pct(0.9978)],
      ["Sub Koordinator Kompetensi Teknis", "Sasaran C", "Jumlah peserta diklat teknis", "233 ASN", 228, pct(0.9785), null, 695105000, 691775000, pct(0.9952)],
      ["Sub Koordinator Kompetensi Dasar", "Sasaran D", "Jumlah peserta latsar", "348 ASN", 348, pct(1), null, 1964107200, 1963507200, pct(0.9997)],
      ["Sub Koordinator Evaluasi Kompetensi", "Sasaran E", "Jumlah dokumen evaluasi", "2 dokumen", 2, pct(1), null, 519375000, 514517000, pct(0.9906)],
    ]));
  test("a Kabid's realisasi Rp 200 off its Sub Koordinators: found on the row they do not explain, a warning", () => {
    const f = run(rule, recognizedCtx(officials(2478024000)));
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.difference, x.severity])).toEqual([["I3", "Rp 2.478.024.200", "2478024000", 200, "warning"]]);
    expect(f[0].related?.map((r) => r.cell)).toEqual(["I5", "I6"]);
  });
  test("holds when the figures add up; percent (K) columns are never summed", () => {
    expect(run(rule, recognizedCtx(officials(2478024200, pct(0.5))))).toEqual([]);
  });
  test("a PENANGGUNG JAWAB column right of the names repeating one jabatan is not a listing of officials", () => {
    const wb = workbook("w", sheetFromRows("RKT", [
      ["NO", "KEGIATAN", "PLAFON ANGGARAN (Rp.)", "PENANGGUNG JAWAB"],
      ["1", "Administrasi Umum Perangkat Daerah", 197951250, "Kepala Badan"],
      ["2", "Administrasi Keuangan Perangkat Daerah", 5392060000, "Sekretaris"],
      ["3", "Perencanaan Perangkat Daerah", 25000000, "Sekretaris"],
    ]));
    expect(run(rule, recognizedCtx(wb))).toEqual([]);
  });
  test("amounts \"dalam juta rupiah\" are compared and printed in rupiah; a Program that holds once its Kegiatan is corrected is not reported", () => {
    const wb = workbook("w", sheetFromRows("Renja", [
      ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU (dalam juta rupiah)", "REALISASI (dalam juta rupiah)"],
      ["5.04.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 250, 240.5],
      ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 250, 245.5],
      ["5.04.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 100, 98.25],
      ["5.04.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 150, 142.25],
    ]));
    const f = run(rule, recognizedCtx(wb));
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.severity ?? "error"])).toEqual([["D3", "Rp 240.500.000", "Rp 245.500.000", "error"]]);
  });
});

describe("SAKIP-HIER-001 over an Unsur heading", () => {
  const renja = (unsur: number) =>
    workbook("w", sheetFromRows("Renja", [
      ["KODE", "URUSAN / PROGRAM / KEGIATAN", "PAGU INDIKATIF", "REALISASI"],
      [null, "UNSUR PENUNJANG URUSAN PEMERINTAHAN", unsur, 380000000],
      ["5.04.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 250000000, 240000000],
      ["5.04.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 250000000, 240000000],
      ["5.04.02", "Program Kepegawaian Daerah", 150000000, 140000000],
      ["5.04.02.2.01", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", 150000000, 140000000],
    ]));
  test("the Unsur equals its Programs, each counted once (not their Kegiatan again)", () => {
    expect(run(rule, recognizedCtx(renja(400000000)))).toEqual([]);
  });
  test("an Unsur that counts a Program's Kegiatan twice fires", () => {
    const f = run(rule, recognizedCtx(renja(800000000)));
    expect(f.map((x) => [x.cell, x.expected])).toEqual([["C2", "Rp 400.000.000"]]);
  });
});

describe("SAKIP-HIER-001 over one table per official (Lampiran III style)", () => {
  const head = ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Anggaran", "Realisasi", "% Capaian"];
  const table = (title: string, rows: Array<[string, number, number]>, gap = false) => [
    ["CAPAIAN KINERJA " + title], ["DINAS CONTOH KABUPATEN CONTOH TAHUN 2025"], [], head,
    ...rows.map(([ind, pagu, real], i) => [`${gap && i > 0 ? i + 2 : i + 1}.`, "Sasaran " + ind, ind, "2 dokumen", 2, 1, pagu, real, real / pagu]), [],
  ];
  const sheet = (kabid: number, gap = false) => workbook("w", sheetFromRows("Capaian Eselon", [
    ...table("ESELON III KEPALA BIDANG PERENCANAAN", [["Jumlah dokumen perencanaan bidang", 300000000, kabid]]),
    ...table("SUB KOORDINATOR PROGRAM", [["Jumlah dokumen program tersusun", 100000000, 98000000], ["Jumlah dokumen anggaran tersusun", 50000000, 49000000]], gap),
    ...table("SUB KOORDINATOR EVALUASI", [["Jumlah dokumen evaluasi tersusun", 150000000, 145000200]]),
  ]));
  test("a Kabid's table against its Sub Koordinators' tables: the realisasi Rp 200 off", () => {
    const f = run(rule, recognizedCtx(sheet(292000000)));
    expect(f.map((x) => [x.cell, x.expected, x.difference])).toEqual([["H5", "Rp 292.000.200", 200]]);
    expect(f[0].params.item).toBe("KEPALA BIDANG PERENCANAAN");
    expect(f[0].params.subs).toBe("SUB KOORDINATOR PROGRAM, SUB KOORDINATOR EVALUASI");
  });
  test("holds when they add up, and a subordinate's table numbered with a gap (a lost row) is not compared", () => {
    expect(run(rule, recognizedCtx(sheet(292000200)))).toEqual([]);
    expect(run(rule, recognizedCtx(sheet(292000000, true)))).toEqual([]);
  });
});
