// Dates as the readers give them to the snapshot: which number formats show a date, and Excel serials as ISO text.
// One place, so the .xlsx, .xls / .ods and Office.js readers agree on every date cell.

/** Dates as ISO: "2022-12-31" at midnight, the full instant otherwise; "" for an invalid date. */
export function isoDate(d: Date): string {
  if (isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}

const DAY_MS = 86_400_000;

/** An Excel date serial as ISO, to the second: the 1900 system with Lotus' 29 February 1900, or the 1904 system. */
export function serialToIso(serial: number, date1904 = false): string {
  let ms: number;
  if (date1904) ms = Date.UTC(1904, 0, 1) + serial * DAY_MS;
  else if (serial < 60) ms = Date.UTC(1899, 11, 31) + serial * DAY_MS;
  else ms = Date.UTC(1899, 11, 30) + serial * DAY_MS;
  return isoDate(new Date(Math.round(ms / 1000) * 1000));
}

/** Does a number format show a date or a time? Day, month, year, hour or second codes outside literal text. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  const stripped = format
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "") // colours, conditions, locales; keep [h] [mm] [ss]
    .replace(/_.|\*./g, ""); // padding
  return /[dmyhs]/i.test(stripped) && !/^[#0.,%\s;E+-]*$/i.test(stripped);
}
