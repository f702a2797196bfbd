// The examples table of the number parser and money helpers: each row is what a planner typed and what we read.
import { parseNumber, parseValue, parseRange, ParsedNumber } from "../../src/core/numbers/parse";
import {
  toSen, sumSen, sumRupiah, senToRupiah, sameRupiah, formatRupiah, formatSen, formatPercent, formatNumberId,
  percentHolds, valueHolds, roundHalfUp,
} from "../../src/core/numbers/money";

type Row = [string, Partial<ParsedNumber>, Parameters<typeof parseNumber>[1]?];

const EXAMPLES: Row[] = [
  // money in both conventions (seed PK appendices)
  ["Rp 1.672.255.000,00", { kind: "money", value: 1672255000, convention: "id", decimals: 2, currency: "Rp" }],
  ["Rp 197,951,250.00", { kind: "money", value: 197951250, convention: "en", decimals: 2, currency: "Rp" }],
  ["Rp.10.411.735.880,36", { kind: "money", value: 10411735880.36, convention: "id", decimals: 2 }],
  ["Rp. 50.000.000,00", { kind: "money", value: 50000000, convention: "id" }],
  ["Rp.9.364.861.989", { kind: "money", value: 9364861989, convention: "id", decimals: 0 }],
  ["Rp 1.000.000,-", { kind: "money", value: 1000000, convention: "id", decimals: 0 }],
  ["4.850.842.200", { kind: "number", value: 4850842200, convention: "id" }],
  ["-Rp 5.000", { kind: "money", value: -5000, convention: "id" }],
  ["(2.500.000)", { kind: "number", value: -2500000, convention: "id" }],
  // percents are fractions; decimals are those of the percent figure
  ["106,92%", { kind: "percent", value: 1.0692, convention: "id", decimals: 2 }],
  ["106,92 %", { kind: "percent", value: 1.0692, decimals: 2 }],
  ["89.16%", { kind: "percent", value: 0.8916, convention: "en", decimals: 2 }],
  ["95%", { kind: "percent", value: 0.95, convention: "plain", decimals: 0 }],
  ["0,5%", { kind: "percent", value: 0.005, decimals: 1 }],
  ["-3,5%", { kind: "percent", value: -0.035 }],
  // plain decimals
  ["21,44", { kind: "number", value: 21.44, convention: "id", decimals: 2 }],
  ["21.44", { kind: "number", value: 21.44, convention: "en", decimals: 2 }],
  ["0,68", { kind: "number", value: 0.68, convention: "id", decimals: 2 }],
  ["278", { kind: "number", value: 278, convention: "plain", decimals: 0 }],
  ["0,500", { kind: "number", value: 0.5, convention: "id", decimals: 3 }],
  // value + unit
  ["1000 SK KP PNS", { kind: "number", value: 1000, unit: "SK KP PNS", convention: "plain" }],
  ["12 bulan", { kind: "number", value: 12, unit: "bulan" }],
  ["2.448 ASN", { kind: "number", value: 2448, unit: "ASN", convention: "ambiguous" }],
  // missing
  ["N/A", { kind: "missing", value: null }],
  ["-", { kind: "missing", value: null }],
  ["", { kind: "missing", value: null }],
  ["  ", { kind: "missing", value: null }],
  ["#N/A", { kind: "missing", value: null }],
  // malformed, with the likely reading
  ["Rp 750.000,00,00", { kind: "money", value: null, malformed: true, likely: 750000, convention: "id" }],
  ["Rp 577.255.000.00", { kind: "money", value: null, malformed: true, likely: 577255000, convention: "id" }],
  ["577.255.000.00", { kind: "number", value: null, malformed: true, likely: 577255000 }],
  ["1.22.333", { malformed: true, likely: 122333 }],
  ["1,000.000,00", { malformed: true, likely: null }],
  // ambiguous alone, resolved by a hint
  ["1.000", { kind: "number", value: 1000, convention: "ambiguous", alternatives: [1000, 1] }],
  ["1,000", { kind: "number", value: 1000, convention: "ambiguous", alternatives: [1000, 1] }],
  ["1.000", { value: 1000, convention: "id", decimals: 0 }, { expect: "money" }],
  ["1,000", { value: 1000, convention: "en", decimals: 0 }, { expect: "money" }],
  ["Rp 1,000", { value: 1000, convention: "en" }],
  ["1,000", { value: 1, convention: "id", decimals: 3 }, { convention: "id" }],
  ["1.000", { value: 1000, convention: "id" }, { convention: "id" }],
  ["1.000", { value: 1, convention: "en", decimals: 3 }, { expect: "decimal" }],
  // not numbers
  ["Indeks Sistem Merit", { kind: "text", value: null }],
  ["19661019 198703 1 008", { kind: "text", value: null }],
  ["1.01.01.2.01.0001", { kind: "number", malformed: true }],
];

describe("parseNumber examples table", () => {
  // A plain loop: jest-each's printf titles choke on inputs holding "%".
  for (const [text, expected, hint] of EXAMPLES) {
    test(`"${text}"${hint ? " " + JSON.stringify(hint) : ""}`, () => {
      const got = parseNumber(text, hint);
      expect(got).toMatchObject(expected);
      if (got.malformed || got.convention === "ambiguous") expect(got.note).toMatch(/\S/);
    });
  }

  test("malformed notes say the likely reading in Indonesian", () => {
    expect(parseNumber("Rp 750.000,00,00").note).toContain("750.000,00");
    expect(parseNumber("577.255.000.00").note).toContain("577.255.000,00");
  });

  test("percent fractions carry no float noise", () => {
    expect(parseNumber("106,92%").value).toBe(1.0692);
    expect(parseNumber("17,76%").value).toBe(0.1776);
    expect(parseNumber("100,05%").value).toBe(1.0005);
  });

  test("parseValue passes numbers through and treats null as missing", () => {
    expect(parseValue(21.44)).toMatchObject({ kind: "number", value: 21.44, decimals: 2 });
    expect(parseValue(null).kind).toBe("missing");
    expect(parseValue(true).kind).toBe("text");
    expect(parseValue(NaN).kind).toBe("text");
  });
});

describe("parseRange", () => {
  const RANGES: [string, object][] = [
    ["80-90", { low: 80, high: 90, percent: false }],
    ["80 - 90%", { low: 0.8, high: 0.9, percent: true }],
    ["80%–90%", { low: 0.8, high: 0.9, percent: true }],
    ["7-8 bulan", { low: 7, high: 8 }],
    ["82,5 s.d. 85", { low: 82.5, high: 85 }],
    ["90-80", { low: 80, high: 90 }],
  ];
  for (const [text, expected] of RANGES) test(text, () => expect(parseRange(text)).toMatchObject(expected));
  test.each(["80", "-5", "abc", "Rp 1.000"])("%s is not a range", (text) => expect(parseRange(text)).toBeNull());
});

describe("money is exact", () => {
  test("float sums drift, sen sums do not", () => {
    const items = Array.from({ length: 1000 }, () => 0.1);
    expect(items.reduce((a, b) => a + b, 0)).not.toBe(100);
    expect(sumRupiah(items)).toBe(100);
  });

  test("seed budget: items sum exactly, mixing conventions", () => {
    const { sen, skipped } = sumSen(["Rp 1.672.255.000,00", "Rp 197,951,250.00", 4324934317, "N/A"]);
    expect(skipped).toBe(1);
    expect(sen).toBe(619514056700n);
    expect(senToRupiah(sen)).toBe(6195140567);
  });

  test("sen conversion and rounding", () => {
    expect(toSen(10411735880.36)).toBe(1041173588036n);
    expect(toSen("Rp 1.000.000,-")).toBe(100000000n);
    expect(toSen(1.005)).toBe(101n);
    expect(toSen(-2.5)).toBe(-250n);
    expect(toSen("106,92%")).toBeNull();
    expect(toSen("Rp 750.000,00,00")).toBeNull();
    expect(sameRupiah("Rp 4.850.842.200,00", 4850842200)).toBe(true);
    expect(sameRupiah(100, 101)).toBe(false);
    expect(sameRupiah(100, 101, 1)).toBe(true);
  });

  test("formatting in Indonesian", () => {
    expect(formatRupiah(1672255000)).toBe("Rp 1.672.255.000");
    expect(formatRupiah(1672255000, { sen: true })).toBe("Rp 1.672.255.000,00");
    expect(formatRupiah(10411735880.36, { sen: true })).toBe("Rp 10.411.735.880,36");
    expect(formatRupiah(-5000)).toBe("-Rp 5.000");
    expect(formatSen(619514056700n)).toBe("Rp 6.195.140.567,00");
    expect(formatNumberId(82.7945, 2)).toBe("82,79");
    expect(formatNumberId(1234.5)).toBe("1.235");
    expect(formatPercent(1.0692)).toBe("106,92%");
    expect(formatPercent(278 / 260)).toBe("106,92%");
    expect(formatPercent(0.5, 0)).toBe("50%");
    expect(formatPercent(1.06925)).toBe("106,93%");
  });

  test("roundHalfUp removes float noise first", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(106.925, 2)).toBe(106.93);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });
  test("roundHalfUp: the one-multiplication path agrees with decimal rounding, ties included", () => {
    // Reference: round the 15-digit decimal text, as a person would.
    const ref = (v: number, d: number) => {
      const t = Math.abs(Number(v.toPrecision(15)));
      return Math.sign(v) * Number(`${Math.round(Number(`${t}e${d}`))}e-${d}`) || 0;
    };
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 200_000; i++) {
      const v = i % 3 === 0 ? Math.round(rnd() * 1e6) / 2000 : i % 3 === 1 ? (rnd() - 0.5) * 1e9 : rnd() * 300;
      const d = i % 4;
      if (roundHalfUp(v, d) !== ref(v, d)) throw new Error(`roundHalfUp(${v}, ${d}) = ${roundHalfUp(v, d)}, expected ${ref(v, d)}`);
    }
    expect([roundHalfUp(0.285, 2), roundHalfUp(37460.295, 2), roundHalfUp(-1.005, 2), roundHalfUp(1e14 + 0.5, 0)]).toEqual([0.29, 37460.3, -1.01, 1e14 + 1]);
  });
});

describe("percent holds at the precision shown", () => {
  test("106,92% holds for [106,915%; 106,925%)", () => {
    expect(percentHolds(1.0692, 2, 278 / 260)).toBe(true);
    expect(percentHolds(1.0692, 2, 1.06915)).toBe(true);
    expect(percentHolds(1.0692, 2, 1.069249)).toBe(true);
    expect(percentHolds(1.0692, 2, 1.06925)).toBe(false);
    expect(percentHolds(1.0692, 2, 1.069149)).toBe(false);
    expect(percentHolds(1.06, 0, 278 / 260)).toBe(false);
    expect(percentHolds(1.07, 0, 1.0692)).toBe(true); // "107%" shows 0 decimals
  });
  test("truncation accepted only with a tolerance", () => {
    expect(percentHolds(0.8916, 2, 4324934317 / 4850842200)).toBe(true);
    expect(percentHolds(0.9038, 2, 19.38 / 21.44)).toBe(false); // 90,391% rounds to 90,39
    expect(percentHolds(0.9038, 2, 19.38 / 21.44, 0.01)).toBe(true);
  });
  test("valueHolds for plain figures", () => {
    expect(valueHolds(82.79, 2, (10878 / (365 * 9)) * 25)).toBe(true);
    expect(valueHolds(82.8, 2, (10878 / (365 * 9)) * 25)).toBe(false);
  });
});
