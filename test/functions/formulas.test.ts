// Formulas against every seed figure they touch (LKjIP BKPSDM Kab. Lamongan 2022, /work/shared/reference/000_...txt),
// plus polarity, ranges, caps, blanks and errors.
import {
  capaian, efisiensi, serapan, meritScore, meritIndex, meritCategory, meritCategoryText, aspectsOverMax,
  MERIT_WEIGHT_PRESETS, ikmFromAnswers, ikmFromTotals, ikmFromNrr, ikmMutu, ikmMutuText, predikat, parseNip,
  excelSerial, krejcieMorgan, FormulaError, PREDIKAT_BANDS, rangeConvention, hintFor, readFraction, readTargetFigure, shownValue, readNumber, readOption, POLARITIES, POLARITY_ALIASES,
} from "../../src/core/formulas";
import { formatPercent, formatNumberId } from "../../src/core/numbers/money";

const pct = (x: number) => formatPercent(x, 2);
const kindOf = (f: () => unknown): string => {
  try { f(); return "ok"; } catch (e) { return e instanceof FormulaError ? e.kind : "crash:" + String(e); }
};
const messageOf = (f: () => unknown): string => {
  try { f(); return ""; } catch (e) { return (e as Error).message; }
};

describe("capaian: seed figures", () => {
  // [target, realisasi, stated] as printed in the seed's tables
  const SEED: [number, number, string][] = [
    [260, 278, "106,92%"], // Indeks Sistem Merit, Tabel 3.2
    [21.44, 19.38, "90,39%"], // Nilai Dimensi Kompetensi ASN
    [82.75, 82.79, "100,05%"], // Nilai IKM
    [89.5, 88.92, "99,35%"], // Nilai SAKIP BKPSDM (LHE Tribulan II)
    [324, 278, "85,80%"], // realisasi 2022 against the 2026 target (Tabel 3.4)
    [30.44, 19.38, "63,67%"],
    [83.75, 82.79, "98,85%"],
    [65, 63.26, "97,32%"], // Indeks Profesionalitas ASN
    [516, 503, "97,48%"], // makan minum rapat, PK appendix
  ];
  for (const [t, r, stated] of SEED) test(`${r} / ${t} = ${stated}`, () => expect(pct(capaian(t, r))).toBe(stated));
});

describe("capaian: polarity, ranges, caps, zero", () => {
  test("negatif: (2T - R) / T, PermenPANRB example 7 -> 6,5 = 107,14%", () => {
    expect(pct(capaian(7, 6.5, { polaritas: "negatif" }))).toBe("107,14%");
    expect(capaian(8, 9, { polaritas: "negatif" })).toBe(0.875);
  });
  test("negatif is floored at 0", () => expect(capaian(10, 25, { polaritas: "negatif" })).toBe(0));
  test("negatif_rasio: T / R (e-SAKIP Pringsewu: 80 / 90 = 88,89%)", () =>
    expect(pct(capaian(80, 90, { polaritas: "negatif_rasio" }))).toBe("88,89%"));
  test("target 0", () => {
    expect(kindOf(() => capaian(0, 5))).toBe("div0");
    expect(kindOf(() => capaian(0, 0))).toBe("div0");
    expect(capaian(0, 0, { polaritas: "negatif" })).toBe(1);
    expect(capaian(0, 0, { polaritas: "negatif_rasio" })).toBe(1);
    expect(kindOf(() => capaian(0, 2, { polaritas: "negatif" }))).toBe("div0");
    expect(kindOf(() => capaian(5, 0, { polaritas: "negatif_rasio" }))).toBe("div0");
  });
  test("range target 80-90: inside 100%, above uses the upper bound, below the lower", () => {
    const range = { low: 80, high: 90 };
    expect(capaian(range, 85)).toBe(1);
    expect(capaian(range, 80)).toBe(1);
    expect(pct(capaian(range, 99))).toBe("110,00%");
    expect(pct(capaian(range, 72))).toBe("90,00%");
    expect(pct(capaian({ low: 7, high: 8 }, 9, { polaritas: "negatif" }))).toBe("87,50%");
    expect(pct(capaian({ low: 7, high: 8 }, 6.5, { polaritas: "negatif" }))).toBe("107,14%");
  });
  test("batas_atas caps; no cap by default (seed leaves 187,80% uncapped)", () => {
    expect(pct(capaian(100, 187.8))).toBe("187,80%");
    expect(capaian(100, 187.8, { batasAtas: 1.2 })).toBe(1.2);
    expect(capaian(100, 90, { batasAtas: 1.2 })).toBe(0.9);
    expect(kindOf(() => capaian(100, 90, { batasAtas: 0 }))).toBe("value");
  });
  test("negative target is a value error", () => expect(kindOf(() => capaian(-5, 3))).toBe("value"));
  test("polarity words planners use", () => {
    expect(readOption("Semakin kecil semakin baik", "polaritas", POLARITIES, "positif", POLARITY_ALIASES)).toBe("negatif");
    expect(readOption(null, "polaritas", POLARITIES, "positif", POLARITY_ALIASES)).toBe("positif");
    expect(readOption("NEGATIF_RASIO", "polaritas", POLARITIES, "positif", POLARITY_ALIASES)).toBe("negatif_rasio");
    expect(messageOf(() => readOption("xyz", "polaritas", POLARITIES, "positif"))).toMatch(/polaritas "xyz" tidak dikenal/);
  });
});

describe("serapan and efisiensi (seed Tabel 3.14 / 3.15)", () => {
  test("serapan 4.324.934.317 / 4.850.842.200 = 89,16%", () => expect(pct(serapan(4850842200, 4324934317))).toBe("89,16%"));
  test("PK appendix: 16.365.500 / 16.581.000 = 98,70%", () => expect(pct(serapan(16581000, 16365500))).toBe("98,70%"));
  test("efisiensi selisih 106,92% - 89,16% = 17,76%", () => {
    expect(efisiensi(1.0692, 0.8916)).toBe(0.1776);
    expect(pct(efisiensi(278 / 260, serapan(4850842200, 4324934317)))).toBe("17,76%");
  });
  test("rasio and sisa", () => {
    expect(pct(efisiensi(1.0692, 0.8916, "rasio"))).toBe("119,92%");
    expect(pct(efisiensi(1.0692, 0.8916, "sisa"))).toBe("10,84%");
    expect(efisiensi(0.95, 0.8916, "sisa")).toBe(0);
    expect(kindOf(() => efisiensi(1, 0, "rasio"))).toBe("div0");
  });
  test("serapan errors", () => {
    expect(kindOf(() => serapan(0, 5))).toBe("div0");
    expect(kindOf(() => serapan(-1, 5))).toBe("value");
    expect(serapan(100, 120)).toBe(1.2); // above pagu is shown, the validator reports it
  });
});

describe("merit", () => {
  const SEED_ASPECTS = [40, 36, 57.5, 20, 62.5, 35, 10, 17];
  test("seed: aspect values sum to 278, index 0,68, Kategori III (Baik)", () => {
    const n = meritScore(SEED_ASPECTS);
    expect(n).toBe(278);
    expect(formatNumberId(meritIndex(n), 2)).toBe("0,68");
    expect(meritCategoryText(n)).toBe("III (Baik)");
  });
  // The seed's target pair "260 / 0,66" (Tabel 3.5) is a planning target, not a computation: linear gives 0,64.
  test("index is linear inside the band: 260 -> 0,64", () => expect(formatNumberId(meritIndex(260), 2)).toBe("0,64"));
  test("seed aspects fit the iku preset and not the teks preset", () => {
    expect(aspectsOverMax(SEED_ASPECTS, MERIT_WEIGHT_PRESETS.iku)).toEqual([]);
    expect(aspectsOverMax(SEED_ASPECTS, MERIT_WEIGHT_PRESETS.teks)).toEqual([{ index: 4, value: 62.5, max: 60 }]);
  });
  test("with weights: sum(bobot x skor), percents or fractions", () => {
    const skor = [4, 3.6, 1.9166666666666667, 2, 3.125, 3.5, 2.5, 2.8333333333333335];
    expect(meritScore(skor, MERIT_WEIGHT_PRESETS.iku)).toBe(278);
    expect(meritScore([4, 4, 4, 4, 4, 4, 4, 4], MERIT_WEIGHT_PRESETS.teks.map((w) => w / 100))).toBe(400);
    expect(kindOf(() => meritScore([5, 4, 4, 4, 4, 4, 4, 4], MERIT_WEIGHT_PRESETS.iku))).toBe("value");
    expect(kindOf(() => meritScore([4, 4], [50, 40]))).toBe("value");
    expect(kindOf(() => meritScore([4, 4], [100]))).toBe("value");
  });
  test("categories and index bands (KASN; news vectors)", () => {
    expect(meritCategory(253.5).roman).toBe("III");
    expect(meritCategory(250).label).toBe("Baik");
    expect(meritCategory(249.5).roman).toBe("II");
    expect(meritCategoryText(375.5)).toBe("IV (Sangat Baik)");
    expect(meritCategoryText(100)).toBe("I (Buruk)");
    expect(meritIndex(100)).toBe(0.2);
    expect(meritIndex(400)).toBe(1);
    expect(meritIndex(250)).toBe(0.61);
    expect(kindOf(() => meritCategory(99))).toBe("value");
    expect(kindOf(() => meritScore([10, 20]))).toBe("value");
  });
});

describe("IKM", () => {
  test("seed: 10.878 / (365 x 9) x 25 = 82,79, mutu B (Baik)", () => {
    const ikm = ikmFromTotals(10878, 365, 9);
    expect(formatNumberId(ikm, 2)).toBe("82,79");
    expect(ikmMutuText(ikm)).toBe("B (Baik)");
  });
  test("raw answers reproduce the seed total exactly", () => {
    // 365 respondents x 9 unsur summing to 10.878: 3.285 answers, 2.757 of value 3 and 528 of value 4 (8.271 + 2.112... )
    // Build: every answer 3 (9.855), then 1.023 answers raised to 4.
    const rows: number[][] = Array.from({ length: 365 }, () => new Array(9).fill(3));
    let extra = 10878 - 365 * 9 * 3;
    for (let i = 0; i < 365 && extra > 0; i++) for (let j = 0; j < 9 && extra > 0; j++) { rows[i][j] = 4; extra--; }
    const r = ikmFromAnswers(rows);
    expect(r.respondents).toBe(365);
    expect(formatNumberId(r.ikm, 2)).toBe("82,79");
  });
  test("blanks and 0 are not answered; NRR per unsur over answers given", () => {
    const r = ikmFromAnswers([
      [4, 3, null],
      [2, 0, 4],
      [3, "", 4],
    ]);
    expect(r.nrr).toEqual([3, 3, 4]);
    expect(r.answered).toEqual([3, 1, 2]);
    expect(r.ikm).toBeCloseTo(((3 + 3 + 4) / 3) * 25, 10);
  });
  test("GASPUL vector: 29 respondents, exact 1/9 -> 91,48; legacy 0,11 style weight differs", () => {
    const totals = [105, 101, 100, 116, 102, 105, 106, 105, 115];
    const nrr = totals.map((t) => t / 29);
    expect(formatNumberId(ikmFromNrr(nrr), 2)).toBe("91,48");
    expect(formatNumberId(ikmFromNrr(nrr, { legacyWeight: true }), 2)).toBe("91,38");
  });
  test("answers outside 1..4 say where", () => {
    expect(messageOf(() => ikmFromAnswers([[4, 3], [5, 2]]))).toMatch(/baris 2, kolom 1/);
    expect(kindOf(() => ikmFromAnswers([[4, 3], [2.5, 2]]))).toBe("value");
    expect(kindOf(() => ikmFromAnswers([[4, "x"]]))).toBe("value");
    expect(kindOf(() => ikmFromAnswers([[4, 0], [3, null]]))).toBe("na");
    expect(kindOf(() => ikmFromAnswers([[0, 0]]))).toBe("na");
  });
  test("mutu bands on the value rounded to 2 decimals", () => {
    expect(ikmMutu(88.305).mutu).toBe("A");
    expect(ikmMutu(88.304).mutu).toBe("B");
    expect(ikmMutu(76.61).mutu).toBe("B");
    expect(ikmMutu(76.6).mutu).toBe("C");
    expect(ikmMutu(65).kinerja).toBe("Kurang Baik");
    expect(ikmMutu(64.99).mutu).toBe("D");
    expect(kindOf(() => ikmMutu(120))).toBe("value");
  });
});

describe("predikat (Permendagri 86/2017)", () => {
  test.each([
    [1.0692, "Sangat Tinggi"], [0.91, "Sangat Tinggi"], [0.9099, "Tinggi"], [0.76, "Tinggi"], [0.7549, "Sedang"],
    [0.66, "Sedang"], [0.51, "Rendah"], [0.5, "Sangat Rendah"], [0.6, "Rendah"], [0.90995, "Sangat Tinggi"], [0.909949, "Tinggi"], [12, "Sangat Tinggi"],
  ])("%d -> %s", (c, label) => expect(predikat(c as number)).toBe(label));
  test("monotonic: a higher capaian never gets a lower predikat, on every scale", () => {
    for (const scale of ["permendagri", "lkjip", "enam"] as const) {
      const order = PREDIKAT_BANDS[scale].map(([, label]) => label).reverse();
      let last = 0;
      for (let x = -0.5; x <= 20; x += 0.00037) {
        const rank = order.indexOf(predikat(x, scale));
        expect(rank).toBeGreaterThanOrEqual(last);
        last = rank;
      }
    }
  });
  test("other scales", () => {
    expect(predikat(0.95, "lkjip")).toBe("Sangat Baik");
    expect(predikat(0.7, "enam")).toBe("Baik");
    expect(predikat(0.86, "enam")).toBe("Memuaskan");
  });
});

describe("NIP", () => {
  const today = new Date(Date.UTC(2026, 10, 27));
  test("valid PNS with spaces", () => {
    const n = parseNip("19661019 198703 1 008", today);
    expect(n).toMatchObject({ valid: true, jenis: "PNS", birth: { year: 1966, month: 10, day: 19 }, tmt: { year: 1987, month: 3 }, sex: 1, sexLabel: "Laki-laki", sequence: 8 });
    expect(parseNip("198609262015051001", today).valid).toBe(true);
  });
  test("PPPK: year then a two-digit code", () => {
    const n = parseNip("199009132025242014", today);
    expect(n).toMatchObject({ valid: true, jenis: "PPPK", tmt: { year: 2025, month: null }, pppkCode: 24, sexLabel: "Perempuan", sequence: 14 });
  });
  test("reasons in Indonesian", () => {
    expect(parseNip("19661019 198703 1 00", today).reasons[0]).toMatch(/18 digit \(ada 17\)/);
    expect(parseNip("196610321987031008", today).reasons[0]).toMatch(/tanggal lahir/);
    expect(parseNip("196610191980031008", today).reasons[0]).toMatch(/sebelum umur 18/);
    expect(parseNip("196610191987033008", today).reasons[0]).toMatch(/jenis kelamin/);
    expect(parseNip("196610191987031000", today).reasons[0]).toMatch(/nomor urut/);
    expect(parseNip("1966101919870310AB", today).reasons[0]).toMatch(/hanya boleh berisi angka/);
    expect(parseNip(196610191987031008, today).reasons[0]).toMatch(/15 digit/);
    expect(parseNip("", today).reasons[0]).toMatch(/kosong/);
  });
  test("excel serial", () => expect(excelSerial(1966, 10, 19)).toBe(24399));
});

describe("Krejcie-Morgan", () => {
  test.each([[10, 10], [50, 44], [100, 80], [200, 132], [300, 169], [500, 217], [1000, 278], [2000, 322], [5000, 357],
    [10000, 370], [75000, 382], [100000, 384], [2000000, 384], [1, 1]])("N %d -> %d", (n, s) => expect(krejcieMorgan(n)).toBe(s));
  test("bad population", () => {
    expect(kindOf(() => krejcieMorgan(0))).toBe("value");
    expect(kindOf(() => krejcieMorgan(10.5))).toBe("value");
  });
});

describe("readNumber", () => {
  test("reads typed numbers, percent text and missing", () => {
    expect(readNumber("21,44", "target")).toBe(21.44);
    expect(readNumber("95%", "capaian")).toBe(0.95);
    expect(readNumber("1000 SK KP PNS", "target")).toBe(1000);
    expect(kindOf(() => readNumber("N/A", "realisasi"))).toBe("na");
    expect(kindOf(() => readNumber(null, "realisasi"))).toBe("na");
    expect(messageOf(() => readNumber("abc", "target"))).toMatch(/^target: "abc" bukan angka/);
    expect(messageOf(() => readNumber("Rp 750.000,00,00", "pagu"))).toMatch(/salah tulis \(mungkin maksudnya 750\.000,00\)/);
    expect(kindOf(() => readNumber(true, "target"))).toBe("value");
  });
});

describe("argument reading (src/core/formulas/read.ts)", () => {
  test("a range's text decides its convention once; both ways is mixed", () => {
    expect(rangeConvention([["1,000"], ["2,000.5"]])).toBe("en");
    expect(rangeConvention([["1.000"], ["1.000,5"]])).toBe("id");
    expect(rangeConvention([["1,000"], [12], [null]])).toBeUndefined();
    expect(rangeConvention([["21.44"], ["21,44"]])).toBe("mixed");
    expect(readNumber("1,000", "target", hintFor("en"))).toBe(1000);
    expect(readNumber("1,000", "target", hintFor(undefined))).toBe(1);
    expect(messageOf(() => readNumber("1,000", "target", hintFor("mixed")))).toMatch(/bisa dibaca 1\.000 atau 1/);
  });
  test("points against fractions: one threshold, the validator's", () => {
    expect(readFraction(3, "capaian")).toBe(3);
    expect(readFraction("95%", "capaian")).toBe(0.95);
    expect(messageOf(() => readFraction(3.01, "capaian"))).toBe("capaian 3,01 tampak seperti poin persen (di atas 3 berarti di atas 300%); tulis 3,01% atau 0,0301.");
    expect(messageOf(() => readFraction("95", "capaian"))).toMatch(/tampak seperti poin persen/);
  });
  test("targets: ranges with units on both sides, scale words, dates refused", () => {
    expect(readTargetFigure("7 bulan - 8 bulan", "target").target).toEqual({ low: 7, high: 8 });
    expect(readTargetFigure("80%-90%", "target")).toEqual({ target: { low: 0.8, high: 0.9 }, percent: true });
    expect(readTargetFigure("80 s.d. 90 dokumen", "target").target).toEqual({ low: 80, high: 90 });
    expect(readNumber("1,5 juta", "pagu")).toBe(1_500_000);
    expect(readNumber("Rp 2,25 miliar", "pagu")).toBe(2_250_000_000);
    expect(kindOf(() => readNumber("01/02/2022", "target"))).toBe("value");
    expect(kindOf(() => readNumber(true, "target"))).toBe("value");
    expect(kindOf(() => readNumber("-", "target"))).toBe("na");
  });
  test("messages show numbers the Indonesian way", () => {
    expect(shownValue(4.5)).toBe("4,5");
    expect(shownValue(401.5)).toBe("401,5");
    expect(shownValue(1000)).toBe("1.000");
    expect(shownValue(true)).toBe("TRUE/BENAR");
  });
});
