import { polarityOfText, polarityOfTrend } from "../polarity";

describe("polarity from what a sheet says", () => {
  test("a POLARITAS cell's words", () => {
    expect(["Negatif", "Minimal", "semakin kecil semakin baik", "(menurun)"].map((t) => polarityOfText(t)?.polarity)).toEqual(["negatif", "negatif", "negatif", "negatif"]);
    expect(["Positif", "Maksimal", "semakin tinggi semakin baik"].map((t) => polarityOfText(t)?.polarity)).toEqual(["positif", "positif", "positif"]);
    expect(polarityOfText("Negatif rasio")?.polarity).toBe("negatif_rasio");
    expect(polarityOfText("Dokumen")).toBeUndefined();
  });
  test("targets over the years: falling every year is negative, rising positive; flat, mixed or short says nothing", () => {
    expect(polarityOfTrend([18, 16, 14, 12, 10])).toBe("negatif");
    expect(polarityOfTrend([40, 50, 60])).toBe("positif");
    expect(polarityOfTrend([100, 100, 100])).toBeUndefined();
    expect(polarityOfTrend([20, 18, 19])).toBeUndefined();
    expect(polarityOfTrend([20, 18])).toBeUndefined();
  });
});
