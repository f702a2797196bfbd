// Addresses travel from findings to Excel (getRange, hyperlinks, marks): the one A1 codec (src/core/workbook/a1.ts,
// re-exported by src/excel/a1.ts) must round-trip every cell of Excel's grid and never throw on any text.
import fc from "fast-check";
import { a1, a1Range, parseA1, parseA1Range } from "../../src/core/workbook/a1";
import { parseArea, areaToA1, splitAreas } from "../../src/excel/a1";
import { testUnlessKnown } from "./known-open";

const RUNS = 10_000;
const row = fc.integer({ min: 0, max: 1048575 });
const col = fc.integer({ min: 0, max: 16383 });

test("every cell of Excel's grid round-trips: parseA1(a1(r, c)) = (r, c)", () => {
  fc.assert(
    fc.property(row, col, (r, c) => {
      const p = parseA1(a1(r, c));
      return p !== null && p.row === r && p.col === c;
    }),
    { numRuns: RUNS },
  );
  expect(a1(1048575, 16383)).toBe("XFD1048576");
});

test("ranges round-trip through the core codec and the adapter's parseArea/areaToA1", () => {
  fc.assert(
    fc.property(row, col, row, col, (r1, c1, r2, c2) => {
      const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
      const [left, right] = c1 <= c2 ? [c1, c2] : [c2, c1];
      const ref = a1Range(top, left, bottom, right);
      const p = parseA1Range(ref);
      const q = parseArea(ref);
      return (
        p !== null && p.top === top && p.left === left && p.bottom === bottom && p.right === right &&
        q !== null && areaToA1(q) === areaToA1({ top, left, bottom, right })
      );
    }),
    { numRuns: RUNS },
  );
});

testUnlessKnown("a1:out-of-grid")("any text: the parsers answer null or an address inside the grid, never throw", () => {
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^\$?[A-Za-z]{0,4}\$?\d{0,8}(:\$?[A-Za-z]{0,4}\$?\d{0,8})?$/), fc.constantFrom("XFE1", "A0", "A1048577", "'It''s'!A1:B2", "Sheet1!$A$1", "A1:"));
  fc.assert(
    fc.property(text, (s) => {
      const p = parseA1(s);
      const r = parseA1Range(s);
      const q = parseArea(s);
      splitAreas(s);
      const inGrid = (t: number, l: number) => t >= 0 && t <= 1048575 && l >= 0 && l <= 16383;
      return (p === null || inGrid(p.row, p.col)) && (r === null || (inGrid(r.top, r.left) && inGrid(r.bottom, r.right))) && (q === null || (inGrid(q.top, q.left) && inGrid(q.bottom, q.right)));
    }),
    { numRuns: RUNS },
  );
});
