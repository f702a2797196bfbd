// A1 addresses <-> 0-based indexes, for the adapters and the grid view.

export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "C7" -> {row: 6, col: 2}; "$C$7" too; null when not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1" or "A1:B3" (optionally "Sheet!A1:B3") -> area; null when unreadable. */
export function parseArea(address: string): Area | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function areaToA1(a: Area): string {
  const tl = toA1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${toA1(a.bottom, a.right)}`;
}

/** Split "'My, sheet'!A1:B2, Sheet2!C3" on commas that are outside quotes. */
export function splitAreas(list: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: still quoted
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Whether an Excel number format shows a date or time (so the number is a serial date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  const stripped = format
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "") // colours, conditions, locales; keep [h] [mm] [ss]
    .replace(/_.|\*./g, ""); // padding
  return /[dmyhs]/i.test(stripped) && !/^[#0.,%\s;E+-]*$/i.test(stripped);
}

/** Excel serial date (1900 system) -> ISO string. */
export function serialToIso(serial: number): string {
  // Same form as the .xlsx reader: "2022-12-31" at midnight, the full instant otherwise.
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}
