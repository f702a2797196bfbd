// Numeric reading of one cell value, via the shared parser (src/core/numbers/parse.ts).
import { parseNumber, type ParsedNumber, type ParseHint } from "../numbers/parse";

export interface CellNumber {
  /** The number (percent as a fraction); null when the text is malformed (see `likely`). */
  value: number | null;
  /** True when the cell is text that reads as a number ("Rp 1.000.000,00"). */
  fromText: boolean;
  /** Percent cell (number formatted with %, or text ending in %): value is a fraction. */
  percent: boolean;
  malformed: boolean;
  /** For malformed text: the reading a person most likely meant. */
  likely?: number | null;
  /** Trailing words ("1000 SK KP PNS" -> "SK KP PNS"). */
  unit: string | null;
  /** What the cell shows. */
  text: string;
  /** The parser's full answer for text cells. */
  parsed?: ParsedNumber;
}

/** Reads a text cell as a number; null for missing markers ("N/A", "-") and words. */
export function readNumber(text: string, hint?: ParseHint): CellNumber | null {
  const p = parseNumber(text, hint);
  if (p.kind === "missing" || p.kind === "text") return null;
  if (p.malformed) {
    return { value: null, fromText: true, percent: p.kind === "percent", malformed: true, likely: p.likely ?? null, unit: p.unit ?? null, text: text.trim(), parsed: p };
  }
  if (p.value === null) return null;
  return { value: p.value, fromText: true, percent: p.kind === "percent", malformed: false, unit: p.unit ?? null, text: text.trim(), parsed: p };
}
