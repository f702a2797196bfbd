// Property-based tests (fast-check, 10.000 runs each) of the number parser and exact money in src/core/numbers:
// whatever a planner types or pastes, parsing never throws and says something sane; numbers written the way the
// product writes them read back to the same value.
import fc from "fast-check";
import { parseNumber, parseValue, parseRange } from "../../src/core/numbers/parse";
import { toSen, sumSen, formatRupiah, formatNumberId, formatPercent, senToRupiah } from "../../src/core/numbers/money";

const RUNS = 10_000;
const KINDS = ["number", "percent", "money", "missing", "text"];

// Text built from what planners' cells are made of: digits, both separators, signs, Rp, %, spaces of every kind,
// dashes, parentheses, units, and the odd emoji or RTL letter.
const piece = fc.constantFrom(
  "0", "1", "7", "9", "00", "000", ".", ",", ".", ",", "-", "+", "−", "–", "(", ")", "%", "Rp", "Rp.", "IDR", " ", "\u00a0",
  "\u202f", "\t", "e", "E", "SK", "orang", "N/A", "-", ",-", "s.d.", "/", "📊", "ميزانية", "'", "=", "\n", "1e400", "NaN", "Infinity",
);
const messy = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((p) => p.join("")),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.stringMatching(/^[0-9.,]{1,40}$/),
  fc.stringMatching(/^9{300,400}$/), // digit strings longer than a double can hold
);

/** Plain checks (no expect() in the hot loop: 10.000 runs must stay fast); fast-check reports the counterexample. */
function sane(p: ReturnType<typeof parseNumber>): boolean {
  return (
    KINDS.includes(p.kind) &&
    (p.value === null || Number.isFinite(p.value)) &&
    Number.isInteger(p.decimals) &&
    p.decimals >= 0 &&
    (!(p.kind === "missing" || p.kind === "text") || p.value === null) &&
    (p.likely === undefined || p.likely === null || Number.isFinite(p.likely))
  );
}

describe("parseNumber / parseValue never throw and always answer sanely", () => {
  test("any text", () => {
    fc.assert(
      fc.property(messy, fc.constantFrom<any>({}, { expect: "money" }, { expect: "decimal" }, { convention: "id" }, { convention: "en" }, { expect: "percent" }), (s, hint) => {
        return sane(parseNumber(s, hint));
      }),
      { numRuns: RUNS },
    );
  });

  test("any cell value (numbers, booleans, null, NaN, Infinity, objects)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), messy, fc.constantFrom<unknown>({}, [], new Date(0), { error: "#REF!" })), (v) => {
        return sane(parseValue(v));
      }),
      { numRuns: RUNS },
    );
  });

  test("parseRange: null or an ordered pair of finite bounds", () => {
    fc.assert(
      fc.property(messy, messy, fc.constantFrom("-", " - ", "–", " s.d. ", " s/d ", "sampai"), (a, b, sep) => {
        const r = parseRange(a + sep + b);
        return r === null || (Number.isFinite(r.low) && Number.isFinite(r.high) && r.low <= r.high);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("round trips where the format is defined", () => {
  const rupiah = fc.integer({ min: 0, max: 99_999_999_999_999 }); // below 100 trillion: every budget of the seed and then some

  test("formatRupiah (Indonesian) reads back to the same amount", () => {
    fc.assert(
      fc.property(rupiah, fc.boolean(), fc.boolean(), (n, sen, negative) => {
        const v = negative ? -n : n;
        const text = formatRupiah(v, { sen });
        const p = parseNumber(text);
        return p.kind === "money" && p.value === v && !p.malformed;
      }),
      { numRuns: RUNS },
    );
  });

  test("English-convention amounts with sen (\"Rp 197,951,250.00\") read back exactly", () => {
    fc.assert(
      fc.property(rupiah, fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const text = "Rp " + n.toLocaleString("en-US") + "." + String(cents).padStart(2, "0");
        const p = parseNumber(text);
        return p.value === Number(`${n}.${String(cents).padStart(2, "0")}`) && !p.malformed;
      }),
      { numRuns: RUNS },
    );
  });

  test("formatNumberId with decimals reads back (decimal hint), and shows that many decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), fc.integer({ min: 1, max: 4 }), (units, d) => {
        const v = units / 10 ** d;
        const text = formatNumberId(v, d);
        const p = parseNumber(text, { expect: "decimal" });
        return p.value === (Number(v.toFixed(d)) || 0) && p.decimals === d;
      }),
      { numRuns: RUNS },
    );
  });

  test("formatPercent reads back as a percent with the same figure", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (basisPoints) => {
        const f = basisPoints / 10000; // 106,92% = 10692 bp
        const text = formatPercent(f, 2);
        const p = parseNumber(text);
        return p.kind === "percent" && p.decimals === 2 && Math.round(p.value! * 10000) === basisPoints;
      }),
      { numRuns: RUNS },
    );
  });
});

describe("exact money", () => {
  test("toSen never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), messy, fc.constant(null), fc.boolean()), (v) => {
        const s = toSen(v);
        return s === null || typeof s === "bigint";
      }),
      { numRuns: RUNS },
    );
  });

  test("sumSen of whole-sen amounts equals the integer sum (no float drift)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), { maxLength: 40 }), (sens) => {
        const amounts = sens.map((s) => senToRupiah(BigInt(s)));
        const exact = sens.reduce((a, s) => a + BigInt(s), 0n);
        return sumSen(amounts).sen === exact;
      }),
      { numRuns: RUNS },
    );
  });
});
