import { rule, capaianOf, readPolarity } from "./capaian";
import { sheetOf, tableOf, ctxOf, run } from "../../../../test/support/rulekit";

const H = ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"];
const roles = ["no", "indikator", "target", "realisasi", "capaian"] as const;

function one(rows: any[][], settings = {}, extraRoles?: any[]) {
  const s = sheetOf("Pengukuran", [H, ...rows]);
  const t = tableOf("Pengukuran", "measurement", 0, (extraRoles ?? [...roles]) as any, rows.length);
  return run(rule, ctxOf([s], [t], settings));
}

describe("SAKIP-CAPAIAN-001", () => {
  test("formulas", () => {
    expect(capaianOf(260, 278, "positif")).toBeCloseTo(1.06923, 5);
    expect(capaianOf(7, 6.5, "negatif")).toBeCloseTo(1.0714, 4);
    expect(capaianOf(80, 90, "negatif_rasio")).toBeCloseTo(0.8889, 4);
    expect(readPolarity("Semakin kecil semakin baik")).toBe("negatif");
    expect(readPolarity("Positif")).toBe("positif");
  });

  test("holds on the seed's correct rows (text and number cells)", () => {
    const f = one([
      [1, "Indeks Sistem Merit", 260, 278, "106,92%"],
      [2, "Nilai Dimensi Kompetensi ASN", "21,44", "19,38", "90,39%"],
      [3, "Nilai IKM", "82,75", "82,79", "100,05%"],
      [4, "Jumlah bahan logistik kantor", "1212 buah", 1147, "94,64%"],
      [5, "Persentase layanan administrasi umum", "100%", "95,97%", "95,97%"],
      [6, "Jumlah SK kenaikan pangkat", "1000 SK KP PNS", 1246, { v: 1.246, f: "0.00%" }],
      [7, "Nilai SAKIP", "89,50", "N/A", "N/A"],
      [8, "Jumlah iklan/ucapan", "20 iklan/ucapan", 4, "20%"],
      [9, "Jumlah peserta", "2170 ASN", 2214, 102.03],
    ]);
    expect(f).toEqual([]);
  });

  test("fires on the seed's wrong capaian (90,25% for 19,38 / 21,44)", () => {
    const f = one([[1, "Nilai Dimensi Kompetensi ASN", "21,44", "19,38", "90,25%"]]);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("E2");
    expect(f[0].expected).toBe("90,39%");
    expect(f[0].actual).toBe("90,25%");
    expect(f[0].difference).toBeCloseTo(0.0014, 4);
    expect(f[0].related).toEqual([{ sheet: "Pengukuran", cell: "C2" }, { sheet: "Pengukuran", cell: "D2" }]);
  });

  test("fires on 102,69% for 2214 / 2170 (percent points in a plain number cell too)", () => {
    expect(one([[1, "Jumlah peserta diklat", "2170 ASN", 2214, "102,69%"]])[0].expected).toBe("102,03%");
    expect(one([[1, "Jumlah peserta diklat", "2170 ASN", 2214, 102.69]])[0].expected).toBe("102,03");
  });

  test("a capped 100% fires only when the table shows uncapped figures above 100%", () => {
    const capped = one([
      [1, "Jumlah dokumen pola karier", "1 dokumen", 4, "100%"],
      [2, "Jumlah peserta uji kompetensi", "124 PNS", 144, "116,13%"],
    ]);
    expect(capped).toHaveLength(1);
    expect(capped[0].variant).toBe("capped");
    expect(capped[0].expected).toBe("400%");
    const consistent = one([
      [1, "Jumlah dokumen pola karier", "1 dokumen", 4, "100%"],
      [2, "Jumlah peserta uji kompetensi", "124 PNS", 100, "80,65%"],
    ]);
    expect(consistent).toEqual([]);
  });

  test("polarity from the row: negatif uses (2T - R) / T", () => {
    const r = ["no", "indikator", "target", "realisasi", "capaian", "polaritas"];
    const rows = [[1, "Lama proses (hari)", 7, 6.5, "107,14%", "Negatif"]];
    const s = sheetOf("P", [[...H, "POLARITAS"], ...rows]);
    expect(run(rule, ctxOf([s], [tableOf("P", "measurement", 0, r as any, 1)]))).toEqual([]);
    const bad = sheetOf("P", [[...H, "POLARITAS"], [1, "Lama proses (hari)", 7, 6.5, "92,86%", "Negatif"]]);
    const f = run(rule, ctxOf([bad], [tableOf("P", "measurement", 0, r as any, 1)]));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe("107,14%");
  });

  test("without a stated polarity, a figure that fits the negative formula holds", () => {
    expect(one([[1, "Angka kemiskinan", 7, 6.5, "107,14%"]])).toEqual([]);
  });

  test("truncation and percentTolerance", () => {
    // 24.933.801 / 25.000.000 = 99,7352% written 99,73% (truncated): holds.
    expect(one([[1, "x", 25000000, 24933801, "99,73%"]])).toEqual([]);
    expect(one([[1, "x", 100, 90, "90,5%"]])).toHaveLength(1);
    expect(one([[1, "x", 100, 90, "90,5%"]], { percentTolerance: 0.5 })).toEqual([]);
  });

  test("range target", () => {
    expect(one([[1, "x", "80-90", 95, "105,56%"]])).toEqual([]);
    expect(one([[1, "x", "80-90", 85, "100%"]])).toEqual([]);
    expect(one([[1, "x", "80-90", 85, "106,25%"]])).toHaveLength(1);
  });
});

describe("SAKIP-CAPAIAN-001 polarity from another table", () => {
  test("an IKU table's POLARITAS applies to the same indicator in the measurement table", () => {
    const iku = sheetOf("IKU", [["NO", "INDIKATOR KINERJA", "TARGET", "POLARITAS"], [1, "Rata-rata lama proses layanan (hari)", 7, "Semakin kecil semakin baik"]]);
    const ikuT = tableOf("IKU", "indicator", 0, ["no", "indikator", "target", "polaritas"] as any, 1);
    const m = (stated: string) => sheetOf("Pengukuran", [H, [1, "Rata-rata lama  proses layanan (hari)", 7, 6.5, stated]]);
    const mT = tableOf("Pengukuran", "measurement", 0, [...roles] as any, 1);
    expect(run(rule, ctxOf([iku, m("107,14%")], [ikuT, mT]))).toEqual([]);
    // With a stated polarity, the positive reading (6,5 / 7 = 92,86%) is wrong.
    const f = run(rule, ctxOf([iku, m("92,86%")], [ikuT, mT]));
    expect(f.map((x) => [x.cell, x.expected, x.params.polaritas])).toEqual([["E2", "107,14%", "polaritas negatif"]]);
  });
});

test("SAKIP-CAPAIAN-001: a percent target beside a count with a unit is not recomputed", () => {
  const s = sheetOf("P", [H, [1, "Persentase dokumen tersusun", "100%", "45 dokumen", "100%"]]);
  expect(run(rule, ctxOf([s], [tableOf("P", "measurement", 0, [...roles] as any, 1)]))).toEqual([]);
});
