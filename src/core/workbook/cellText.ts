// What a cell shows, as one string: every reader and rule compares and quotes this text.
import type { Cell } from "./snapshot";
import { CELL_TEXT } from "./cellCache";

/** Displayed text of a cell: what Excel shows where known, else the value as text. Whitespace normalised. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  // Cached on the cell under a symbol (invisible to JSON and structured clone): every rule asks for the same texts.
  const hit = (cell as CachedCell)[TEXT];
  if (hit !== undefined) return hit;
  const t = cell.text != null && cell.text !== "" ? cell.text : cell.value == null ? "" : typeof cell.value === "string" ? cell.value : String(cell.value);
  // Most texts are already clean: only collapse when there is something to collapse.
  const out = SPACE_WORK.test(t) ? t.replace(/[\s\u00a0\u202f\u2007]+/g, " ").trim() : t;
  (cell as CachedCell)[TEXT] = out;
  return out;
}
const TEXT = CELL_TEXT;
type CachedCell = Cell & { [TEXT]?: string };
const SPACE_WORK = /\s\s|[\t\n\r\u00a0\u202f\u2007]|^\s|\s$/;
