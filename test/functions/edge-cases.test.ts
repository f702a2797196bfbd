// The cases a planner hits, each called on the BUILT bundle the way Excel calls it: mixed units, points against
// fractions, blank aspects, text that is not one number, whole columns, Excel's array rule for different shapes.
import { loadBundle, err, cell, ExcelError } from "./bundle";
import { formatPercent } from "../../src/core/numbers/money";

const { call } = loadBundle();
const pct = (v: unknown) => formatPercent(cell(v) as number);

describe("EFISIENSI: both arguments read the same way (fractions; points refused naming the argument)", () => {
  test("a capaian and a serapan both typed in points", () => {
    expect(err(cell(call("EFISIENSI", [[106.92]], [[89.16]], [["sisa"]])))).toMatch(/^#VALUE! capaian_kinerja 106,92 dan serapan_anggaran 89,16 tampak seperti poin persen/);
  });
  test("a fraction from SAKIP.CAPAIAN beside a serapan in points names serapan_anggaran", () => {
    expect(err(cell(call("EFISIENSI", [[1.0692]], [[89.16]])))).toMatch(/^#VALUE! serapan_anggaran 89,16 tampak seperti poin persen .*tulis 89,16% atau 0,8916\.$/);
  });
  test("a capaian in points beside a serapan fraction names capaian_kinerja", () => {
    expect(err(cell(call("EFISIENSI", [[106.92]], [[0.8916]])))).toMatch(/^#VALUE! capaian_kinerja 106,92 tampak seperti poin persen/);
  });
  test("fractions, percent text and a mix of both give the seed's 17,76%", () => {
    expect(pct(call("EFISIENSI", [[1.0692]], [[0.8916]]))).toBe("17,76%");
    expect(pct(call("EFISIENSI", [["106,92%"]], [[0.8916]]))).toBe("17,76%");
    expect(pct(call("EFISIENSI", [[1.0692]], [["89,16%"]], [["sisa"]]))).toBe("10,84%");
  });
});

describe("PREDIKAT: monotonic, one points-vs-fractions rule", () => {
  const order = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];
  test("9,5, 10 and 10,5 are all refused as percent points, never Sangat Tinggi then Sangat Rendah", () => {
    for (const v of [9.5, 10, 10.5, 95]) expect(err(cell(call("PREDIKAT", [[v]])))).toMatch(/^#VALUE! capaian .* tampak seperti poin persen/);
    expect(err(cell(call("PREDIKAT", [[9.5]])))).toBe("#VALUE! capaian 9,5 tampak seperti poin persen (di atas 3 berarti di atas 300%); tulis 9,5% atau 0,095.");
    expect(cell(call("PREDIKAT", [["95%"]]))).toBe("Sangat Tinggi");
    expect(cell(call("PREDIKAT", [["9,5%"]]))).toBe("Sangat Rendah");
  });
  test("over every accepted input a higher capaian never has a lower predikat", () => {
    const xs: number[][] = [];
    for (let x = -1; x <= 3; x += 0.0005) xs.push([Math.round(x * 1e4) / 1e4]);
    const out = call("PREDIKAT", xs) as unknown[][];
    let last = 0;
    for (const [v] of out) {
      const rank = order.indexOf(v as string);
      expect(rank).toBeGreaterThanOrEqual(last);
      last = rank;
    }
    expect(last).toBe(4);
  });
  test("numeric scale aliases: 6 and 86 work as numbers, as text already did", () => {
    expect(cell(call("PREDIKAT", [[0.9]], 6))).toBe("Memuaskan");
    expect(cell(call("PREDIKAT", [[0.9]], "6"))).toBe("Memuaskan");
    expect(cell(call("PREDIKAT", [[0.9]], 86))).toBe("Tinggi");
    expect(cell(call("PREDIKAT", [[0.9]], [[86]]))).toBe("Tinggi");
  });
});

describe("MERIT_SCORE", () => {
  const seed = [40, 36, 57.5, 20, 62.5, 35, 10, 17];
  test("a blank aspect (the web passes null) is #N/A naming the aspect", () => {
    const web = seed.map((v, i) => [i === 2 ? null : v]);
    expect(err(call("MERIT_SCORE", web))).toBe("#N/A aspek ke-3 (Pengembangan Karier) kosong; isi nilainya (0 bila memang nol).");
    expect(err(call("MERIT_SCORE", seed.map((v, i) => [i === 0 ? "" : v])))).toMatch(/^#N\/A aspek ke-1 \(Perencanaan Kebutuhan\) kosong/);
  });
  test("desktop passes a blank as 0: it counts 0 there (documented; no function can tell them apart)", () => {
    const desktop = seed.map((v, i) => [i === 2 ? 0 : v]);
    expect(call("MERIT_SCORE", desktop)).toBe(220.5);
  });
  test("an aspect above 4 x its weight is #VALUE! naming the aspect", () => {
    const over = seed.map((v, i) => [i === 0 ? 100 : v]);
    expect(err(call("MERIT_SCORE", over))).toBe("#VALUE! aspek ke-1 (Perencanaan Kebutuhan): nilai 100 melebihi maksimum 40 (4 × bobot 10%).");
  });
  test("a whole column C:C (1.048.576 rows, blanks after the 8 aspects) gives 278 on the web and on desktop", () => {
    const web = Array.from({ length: 1_048_576 }, (_, i) => [i < 8 ? seed[i] : null]);
    const desktop = Array.from({ length: 1_048_576 }, (_, i) => [i < 8 ? seed[i] : 0]);
    expect(call("MERIT_SCORE", web)).toBe(278);
    expect(call("MERIT_SCORE", desktop)).toBe(278);
    expect(call("MERIT_SCORE", web, null, "kategori")).toBe("III (Baik)");
  });
  test("messages show numbers the Indonesian way", () => {
    expect(err(call("MERIT_SCORE", [[4.5, 4, 4, 4, 4, 4, 4, 4]], [["iku"]]))).toBe("#VALUE! skor ke-1 (4,5) harus 1 sampai 4.");
    expect(err(call("MERIT_SCORE", [[40], [36], [57.5], [20], [62.5], [35], [10], [17], [123.5]]))).toBe("#VALUE! nilai sistem merit 401,5 di luar rentang 100-400.");
  });
});

describe("CAPAIAN", () => {
  test("a cap typed in points is refused, not ignored; as a fraction or percent text it caps", () => {
    expect(err(cell(call("CAPAIAN", [[100]], [[187.8]], null, [[120]])))).toMatch(/^#VALUE! batas_atas 120 tampak seperti poin persen .*tulis 120% atau 1,2\.$/);
    expect(cell(call("CAPAIAN", [[100]], [[187.8]], null, [["120%"]]))).toBe(1.2);
    expect(cell(call("CAPAIAN", [[100]], [[187.8]], null, [[1.2]]))).toBe(1.2);
  });
  test('"80%-90%" against 85 is refused naming realisasi; against 85% it is inside the range', () => {
    expect(err(cell(call("CAPAIAN", [["80%-90%"]], [[85]])))).toMatch(/^#VALUE! realisasi 85 tampak seperti poin persen, sedangkan target ditulis dengan %/);
    expect(cell(call("CAPAIAN", [["80%-90%"]], [[0.85]]))).toBe(1);
    expect(cell(call("CAPAIAN", [["80%-90%"]], [["85%"]]))).toBe(1);
    expect(pct(call("CAPAIAN", [["80%-90%"]], [[0.99]]))).toBe("110,00%");
  });
  test('"7 bulan - 8 bulan" is the range 7-8, not the target 7', () => {
    expect(cell(call("CAPAIAN", [["7 bulan - 8 bulan"]], [[7.5]]))).toBe(1);
    expect(pct(call("CAPAIAN", [["7 bulan - 8 bulan"]], [[6]]))).toBe("85,71%");
    expect(pct(call("CAPAIAN", [["7 bulan - 8 bulan"]], [[6]], [["negatif"]]))).toBe("114,29%");
    expect(err(cell(call("CAPAIAN", [["7 bulan - 8 hari"]], [[6]])))).toMatch(/^#VALUE! target: rentang .* dua satuan/);
  });
  test('"01/02/2022" and "1/2" are refused; "1,5 juta" is 1.500.000', () => {
    expect(err(cell(call("CAPAIAN", [["01/02/2022"]], [[1]])))).toMatch(/^#VALUE! target: "01\/02\/2022" tampak seperti tanggal atau pecahan/);
    expect(err(cell(call("CAPAIAN", [[2]], [["1/2"]])))).toMatch(/^#VALUE! realisasi: "1\/2" tampak seperti tanggal atau pecahan/);
    expect(pct(call("CAPAIAN", [["1,5 juta"]], [[1_200_000]]))).toBe("80,00%");
    expect(pct(call("CAPAIAN", [["Rp 2 miliar"]], [["Rp 1,5 miliar"]]))).toBe("75,00%");
    expect(err(cell(call("CAPAIAN", [["12 dari 15"]], [[1]])))).toMatch(/^#VALUE! target: "12 dari 15" berisi lebih dari satu angka/);
  });
  test("negatif at the edge of doubles: 2 - r/t, not #NUM!", () => {
    expect(cell(call("CAPAIAN", [[1e308]], [[1e308]], [["negatif"]]))).toBe(1);
    expect(cell(call("CAPAIAN", [[1.5e308]], [[1e308]], [["negatif"]]))).toBeCloseTo(2 - 1 / 1.5, 12);
  });
  test("Excel's array rule: A1:A3 against B1:B2 spills 3 rows, the third #N/A naming realisasi", () => {
    const out = call("CAPAIAN", [[1], [2], [4]], [[1], [3]]) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBe(1.5);
    expect(err(out[2][0])).toBe("#N/A realisasi berukuran 2x1, lebih kecil dari hasil 3x1: tidak ada elemen untuk baris 3, kolom 1.");
    const wide = call("CAPAIAN", [[1, 2]], [[1], [2], [3]], [["positif"], ["negatif"]]) as unknown[][];
    expect(wide.map((r) => r.length)).toEqual([2, 2, 2]);
    expect(wide[0]).toEqual([1, 0.5]);
    expect(wide[1]).toEqual([0, 1]);
    expect(err(wide[2][1])).toMatch(/^#N\/A polaritas berukuran 2x1/);
  });
  test("a whole-column spill (1.048.576 rows) spills", () => {
    const t = Array.from({ length: 1_048_576 }, (_, i) => [50 + (i % 97)]);
    const out = call("CAPAIAN", t, t) as unknown[][];
    expect(out).toHaveLength(1_048_576);
    expect(out[1_048_575][0]).toBe(1);
  });
});

describe("text numbers in a range: the convention comes from the whole range", () => {
  test('"1,000" beside "2,000.5" is a thousand', () => {
    const out = call("CAPAIAN", [["1,000"], ["2,000.5"]], [[500], [1000.25]]) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([0.5, 0.5]);
    expect(call("SERAPAN", [["1,000"], ["2,000.5"]], [[500], [1000.25]])).toEqual([[0.5], [0.5]]);
  });
  test('"1.000" beside "1.000,5" is a thousand; alone "1,000" stays the Indonesian 1', () => {
    expect((call("CAPAIAN", [["1.000"], ["1.000,5"]], [[500], [500.25]]) as unknown[][]).map((r) => r[0])).toEqual([0.5, 0.5]);
    expect(cell(call("CAPAIAN", [["1,000"]], [[1]]))).toBe(1);
  });
  test("a range that writes both ways refuses only the text that reads two ways", () => {
    const out = call("CAPAIAN", [["1,000"], ["2,000.5"], ["1.000,5"]], [[1], [1], [1]]) as unknown[][];
    expect(err(out[0][0])).toMatch(/^#VALUE! target: "1,000" bisa dibaca 1\.000 atau 1, dan range ini menulis angka dengan dua cara/);
    expect(typeof out[1][0]).toBe("number");
    expect(typeof out[2][0]).toBe("number");
  });
});

describe("IKM", () => {
  test('"N/A" and "-" are not answered, like a blank', () => {
    expect(call("IKM", [[4, "N/A"], [2, 3], ["-", 3]], "nrr")).toEqual([[3, 3]]);
    expect(cell(call("IKM", [[4, "n/a"], [2, 3]]))).toBe(((3 + 3) / 2) * 25);
  });
  test("a whole column B:J (1.048.576 rows) reads, web and desktop blanks alike", () => {
    const answered = Array.from({ length: 365 }, (_, r) => Array.from({ length: 9 }, (_, c) => (r * 9 + c < 1023 ? 4 : 3)));
    const web = Array.from({ length: 1_048_576 }, (_, r) => (r < 365 ? answered[r] : new Array(9).fill(null)));
    const desktop = Array.from({ length: 1_048_576 }, (_, r) => (r < 365 ? answered[r] : new Array(9).fill(0)));
    expect((cell(call("IKM", web)) as number).toFixed(2)).toBe("82,79".replace(",", "."));
    expect((cell(call("IKM", desktop)) as number).toFixed(2)).toBe("82.79");
  });
  test("messages are Indonesian: numbers with a comma, TRUE as TRUE/BENAR", () => {
    expect(err(call("IKM", [[4.5, 3]]))).toBe("#VALUE! jawaban baris 1, kolom 1 (4,5) harus 1 sampai 4.");
    expect(err(call("IKM", [[true, 3]]))).toBe("#VALUE! jawaban baris 1, kolom 1 (TRUE/BENAR) harus angka 1 sampai 4.");
    expect(err(cell(call("CAPAIAN", [[true]], [[1]])))).toBe("#VALUE! target: nilai logika TRUE/BENAR bukan angka.");
  });
});

describe("NIP", () => {
  test('"NIP. 19661019 198703 1 008" (a PK signature cell) is valid', () => {
    expect(cell(call("NIP", [["NIP. 19661019 198703 1 008"]]))).toBe("Valid");
    expect(cell(call("NIP", [["NIP: 19661019 198703 1 008"]], "jenis_kelamin"))).toBe("Laki-laki");
  });
  test("NIP(0), a desktop blank, is #N/A like the web's blank", () => {
    expect(err(cell(call("NIP", [[0]])))).toBe("#N/A nip kosong.");
    expect(err(cell(call("NIP", [[null]])))).toBe("#N/A nip kosong.");
  });
  test("month 13+ before 2019 is not an NI PPPK; month 00 is no month", () => {
    expect(cell(call("NIP", [["19661019 198713 1 008"]]))).toMatch(/^Tidak valid: digit 13-14 bukan bulan, jadi terbaca NI PPPK, tetapi tahun 1987 sebelum ada PPPK \(2019\)/);
    expect(cell(call("NIP", [["19661019 198700 1 008"]]))).toMatch(/^Tidak valid: TMT 198700 \(digit 9-14\) bukan tahun-bulan yang mungkin/);
    expect(cell(call("NIP", [["19661019 202124 1 008"]], "jenis"))).toBe("PPPK");
    expect(cell(call("NIP", [["19661019 202100 1 008"]], "valid"))).toBe(false);
  });
});

describe("never an unhandled error, never English from the engine", () => {
  test("odd inputs give Excel errors with Indonesian messages", () => {
    for (const id of ["CAPAIAN", "EFISIENSI", "MERIT_SCORE", "IKM", "PREDIKAT", "SERAPAN", "NIP", "SAMPEL_SKM"]) {
      for (const v of [[[Symbol.iterator]], [[{ a: 1 }]], [[Infinity]], [[-0]], [["\u00a0"]]]) {
        const out = call(id, v, v, v, v);
        const flat = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
        for (const x of flat) if (x instanceof ExcelError) expect(x.message ?? "").not.toMatch(/tak terduga|Maximum|undefined|Cannot/);
      }
    }
  });
});

describe("one bad cell in a column shows its own error; every other row still shows", () => {
  test("one argument (PREDIKAT, SAMPEL_SKM)", () => {
    const out = call("PREDIKAT", [[0.95], [95], [0.7], ["abc"], [0.4]]) as unknown[][];
    expect(out.map((r) => (typeof r[0] === "string" ? r[0] : String(err(r[0])).slice(0, 7)))).toEqual(["Sangat Tinggi", "#VALUE!", "Sedang", "#VALUE!", "Sangat Rendah"]);
    const s = call("SAMPEL_SKM", [[100], [-1], [1000]]) as unknown[][];
    expect([s[0][0], String(err(s[1][0])).slice(0, 7), s[2][0]]).toEqual([80, "#VALUE!", 278]);
  });
  test("two arguments (CAPAIAN), a shorter second column gives #N/A naming it", () => {
    const out = call("CAPAIAN", [[100], [0], [100], [100]], [[90], [5], ["x"]]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.9, 12);
    expect(String(err(out[1][0])).slice(0, 8)).toBe("#DIV/0!");
    expect(String(err(out[2][0])).slice(0, 7)).toBe("#VALUE!");
    expect(err(out[3][0])).toMatch(/^#N\/A realisasi berukuran 3x1/);
  });
});
