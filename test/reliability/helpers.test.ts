// The reliability checks themselves: a stack trace, a crash, an Indonesian message and an address are recognised.
import { CRASH, INDONESIAN, parseA1Range, STACK_TRACE } from "./helpers";

test("a real Node stack trace is recognised; a user message is not", () => {
  let stack = "";
  try {
    JSON.parse("{");
  } catch (e) {
    stack = (e as Error).stack!;
  }
  expect(STACK_TRACE.test(stack)).toBe(true);
  expect(STACK_TRACE.test("Error: write EPIPE\n    at WriteWrap.onWriteComplete [as oncomplete] (node:internal/stream_base_commons:95:16)")).toBe(true);
  expect(STACK_TRACE.test('Galat: Berkas "truncated.xlsx" tidak dapat dibaca sebagai buku kerja .xlsx (rusak atau terpotong).')).toBe(false);
});

test("crashes and Indonesian are recognised", () => {
  expect(CRASH.test("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")).toBe(true);
  expect(CRASH.test("TypeError: Cannot read properties of undefined (reading 'col')")).toBe(true);
  expect(CRASH.test('Galat: Berkas "x.xlsx" kosong (0 bita), bukan buku kerja .xlsx.')).toBe(false);
  expect(INDONESIAN.test('Galat: Berkas "x.xlsx" kosong (0 bita), bukan buku kerja .xlsx.')).toBe(true);
  expect(INDONESIAN.test("Error: file is corrupted")).toBe(false);
});

test("A1 addresses: inside Excel's grid only", () => {
  expect(parseA1Range("A1")).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  expect(parseA1Range("B2:XFD1048576")).toEqual({ top: 1, left: 1, bottom: 1048575, right: 16383 });
  expect(parseA1Range("XFE1")).toBeNull();
  expect(parseA1Range("A0")).toBeNull();
  expect(parseA1Range("A1048577")).toBeNull();
  expect(parseA1Range("B2:A1")).toBeNull();
  expect(parseA1Range("Sheet1!A1")).toBeNull();
});
