// A1 addresses <-> 0-based indexes, for the adapters and the grid view.

// The one A1 codec lives in core; the adapters use it under these names.
export { colLetters as columnLetters, a1 as toA1, parseA1, parseA1Range as parseArea } from "../core/workbook/a1";
export type { Area } from "../core/workbook/a1";
import { a1 as toA1, type Area } from "../core/workbook/a1";

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
