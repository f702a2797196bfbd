// A1 addresses <-> 0-based (row, col): the one codec for the readers, the adapters, the rules and the presenters.

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0-based column index -> letters ("A", "Z", "AA"). */
const LETTERS: string[] = [];
export function colLetters(col: number): string {
  if (col < 702 && LETTERS[col] !== undefined) return LETTERS[col];
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 702) LETTERS[col] = s;
  return s;
}

/** 0-based (row, col) -> "C5". */
export function a1(row: number, col: number): string {
  return colLetters(col) + (row + 1);
}

/** 0-based bounds -> "A1:B2" (or "A1" for a single cell). */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const a = a1(top, left);
  const b = a1(bottom, right);
  return a === b ? a : a + ":" + b;
}

/** Excel's grid: 1.048.576 rows, 16.384 columns (A..XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** "C5" -> { row: 4, col: 2 }; null when not an address inside Excel's grid ("A0", "XFE1" are not). */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10) - 1;
  if (row < 0 || row >= MAX_ROWS || col > MAX_COLS) return null;
  return { row, col: col - 1 };
}

/** "A1:B2" -> bounds (a single cell gives a 1x1 range); a sheet prefix ("Sheet!A1:B2") is ignored. */
export function parseA1Range(ref: string): Area | null {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
