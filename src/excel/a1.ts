// A1 addresses <-> 0-based indexes, for the adapters and the grid view.

// The one A1 codec lives in core; the adapters use it under these names.
export { colLetters as columnLetters, a1 as toA1, parseA1, parseA1Range as parseArea } from "../core/workbook/a1";
export type { Area } from "../core/workbook/a1";
export { isDateFormat, serialToIso } from "../core/workbook/dates";
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

