// SpreadsheetML parts (ECMA-376 part 1, 18.x) -> the plain pieces a snapshot is made of. The XML is tokenised by
// saxes (the strict, maintained parser exceljs itself uses); what is read here is only what the snapshot keeps:
// sheet names and order, shared strings, number formats, bold / indent / fill, cell values, formulas and merges.
// exceljs built a full object model of every cell, row and style first and took about three times as long.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { MergedArea } from "../core/workbook/snapshot";
import { parseA1Range } from "../core/workbook/a1";
import { isDateFormat } from "../core/workbook/dates";

const decoder = new TextDecoder("utf-8");

/** Element name without its namespace prefix ("x:c" -> "c"): files written by the Open XML SDK use prefixes. */
const localNames = new Map<string, string>();
function local(name: string): string {
  let n = localNames.get(name);
  if (n === undefined) {
    const i = name.indexOf(":");
    localNames.set(name, (n = i < 0 ? name : name.slice(i + 1)));
  }
  return n;
}

/** An attribute. SpreadsheetML's own attributes carry no prefix; a relationship id is "r:id" under any prefix. */
function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const a = tag.attributes as Record<string, string>;
  if (name !== "id") return a[name];
  if (a["r:id"] !== undefined) return a["r:id"];
  for (const k in a) if (k.endsWith(":id")) return a[k];
  return undefined;
}

interface Handlers {
  open(name: string, tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Runs one part through saxes; throws on XML that is not well formed. */
function parse(xml: Uint8Array, h: Handlers): void {
  const p = new SaxesParser({ position: false });
  p.on("error", (e) => {
    throw e;
  });
  p.on("opentag", (tag) => h.open(local(tag.name), tag as SaxesTagPlain));
  const text = h.text;
  if (text) {
    p.on("text", text);
    p.on("cdata", text);
  }
  const close = h.close;
  if (close) p.on("closetag", (tag) => close(local(tag.name)));
  p.write(decoder.decode(xml));
  p.close();
}

/** OOXML's escape for characters XML cannot carry ("_x000D_" is a carriage return). */
function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

export interface WorkbookPart {
  date1904: boolean;
  /** In tab order. */
  sheets: Array<{ name: string; state: "visible" | "hidden" | "veryHidden"; rId: string }>;
}

export function parseWorkbook(xml: Uint8Array): WorkbookPart {
  const out: WorkbookPart = { date1904: false, sheets: [] };
  parse(xml, {
    open(name, tag) {
      if (name === "workbookPr") {
        const v = attr(tag, "date1904");
        out.date1904 = v === "1" || v === "true";
      } else if (name === "sheet") {
        const state = attr(tag, "state");
        out.sheets.push({
          name: attr(tag, "name") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          rId: attr(tag, "id") ?? "",
        });
      }
    },
  });
  return out;
}

/** Relationship id -> part name ("rId1" -> "xl/worksheets/sheet1.xml"), targets resolved against xl/. */
export function parseWorkbookRels(xml: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  parse(xml, {
    open(name, tag) {
      if (name !== "Relationship") return;
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (!id || !target) return;
      const t = target.trim().replace(/\\/g, "/");
      out.set(id, t.startsWith("/") ? t.replace(/^\/+/, "") : "xl/" + t.replace(/^\.\//, ""));
    },
  });
  return out;
}

/** The shared string table; rich text runs are joined, phonetic runs (rPh) left out. */
export function parseSharedStrings(xml: Uint8Array): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  parse(xml, {
    open(name) {
      if (name === "si") cur = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT && cur !== null) cur += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(unescapeOoxml(cur ?? ""));
        cur = null;
      }
    },
  });
  return out;
}

/** Number formats built into Excel (ECMA-376 18.8.30), the ones with a fixed code. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** What the snapshot keeps of a cell style (cellXfs entry). */
export interface CellStyle {
  numFmt?: string;
  isDate: boolean;
  bold: boolean;
  indent: number;
  /** patternFill as read: the pattern and the foreground colour. */
  fillPattern?: string;
  fillColor?: { argb?: string; theme?: number; tint?: number; indexed?: number };
}

export function parseStyles(xml: Uint8Array): CellStyle[] {
  const formats = new Map<number, string>();
  const fonts: boolean[] = [];
  const fills: Array<{ pattern?: string; color?: CellStyle["fillColor"] }> = [];
  const xfs: CellStyle[] = [];
  let section = "";
  let inFont = false;
  let fill: { pattern?: string; color?: CellStyle["fillColor"] } | null = null;
  let xf: CellStyle | null = null;
  parse(xml, {
    open(name, tag) {
      switch (name) {
        case "numFmts":
        case "fonts":
        case "fills":
        case "cellXfs":
        case "cellStyleXfs":
        case "dxfs":
          section = name;
          return;
        case "numFmt":
          if (section === "numFmts") {
            const id = Number(attr(tag, "numFmtId"));
            const code = attr(tag, "formatCode");
            if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
          }
          return;
        case "font":
          if (section === "fonts") {
            inFont = true;
            fonts.push(false);
          }
          return;
        case "b":
          if (inFont) {
            const v = attr(tag, "val");
            fonts[fonts.length - 1] = v !== "0" && v !== "false";
          }
          return;
        case "fill":
          if (section === "fills") fills.push((fill = {}));
          return;
        case "patternFill":
          if (fill) fill.pattern = attr(tag, "patternType");
          return;
        case "fgColor":
          if (fill) fill.color = color(tag);
          return;
        case "xf":
          if (section === "cellXfs") {
            const fmtId = Number(attr(tag, "numFmtId") ?? 0);
            const numFmt = fmtId ? formats.get(fmtId) ?? BUILTIN_FORMATS[fmtId] : undefined;
            const f = fills[Number(attr(tag, "fillId") ?? 0)];
            xf = {
              numFmt,
              isDate: isDateFormat(numFmt),
              bold: fonts[Number(attr(tag, "fontId") ?? 0)] === true,
              indent: 0,
              fillPattern: f?.pattern,
              fillColor: f?.color,
            };
            xfs.push(xf);
          }
          return;
        case "alignment":
          if (xf) {
            const indent = Number(attr(tag, "indent") ?? 0);
            if (Number.isFinite(indent) && indent > 0) xf.indent = indent;
          }
          return;
      }
    },
    close(name) {
      if (name === "font") inFont = false;
      else if (name === "fill") fill = null;
      else if (name === "xf") xf = null;
      else if (name === section) section = "";
    },
  });
  return xfs;
}

function color(tag: SaxesTagPlain): CellStyle["fillColor"] {
  const rgb = attr(tag, "rgb");
  if (rgb) return { argb: rgb };
  const theme = attr(tag, "theme");
  if (theme !== undefined) {
    const tint = attr(tag, "tint");
    return { theme: parseInt(theme, 10), ...(tint !== undefined ? { tint: parseFloat(tint) } : {}) };
  }
  const indexed = attr(tag, "indexed");
  if (indexed !== undefined) return { indexed: parseInt(indexed, 10) };
  return undefined;
}

/** One cell of a worksheet part as written: its address, type attribute, style, value text and formula. */
export interface RawCell {
  row: number;
  col: number;
  /** The t attribute: "s", "str", "inlineStr", "b", "e", "d", "n" or undefined. */
  t: string | undefined;
  style: number;
  /** Text of <v>, or of the <t> runs of an inline string; undefined when the cell has neither. */
  value: string | undefined;
  /** Formula text as written (no "="); "" for a shared formula's follower. */
  formula?: string;
  /** For shared formulas: the group id, and whether this cell is the group's master (it carries ref). */
  shared?: { si: string; master: boolean };
}

/** Column letters of an A1 address -> 0-based column, and its row -> 0-based row; null when not an address. */
function decodeAddress(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
    i++;
    if (col > 1e7) return null;
  }
  if (col === 0 || i === n) return null;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36 && row === 0) continue;
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
    if (row > 1e10) return null;
  }
  if (row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/** The cells (in file order) and merged areas of one worksheet part. */
export function parseWorksheet(xml: Uint8Array, each: (cell: RawCell) => void): MergedArea[] {
  const merges: MergedArea[] = [];
  let rowIndex = -1;
  let colIndex = -1;
  let cell: RawCell | null = null;
  // 1: <v>, 2: <t> of an inline string, 3: <f>
  let into = 0;
  let phonetic = 0;
  let inSheetData = false;
  parse(xml, {
    open(name, tag) {
      if (!inSheetData) {
        if (name === "sheetData") inSheetData = true;
        else if (name === "mergeCell") {
          const ref = attr(tag, "ref");
          const area = ref ? parseA1Range(ref.trim()) : null;
          if (area) merges.push(area);
        }
        return;
      }
      switch (name) {
        case "row": {
          const r = Number(attr(tag, "r"));
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
          colIndex = -1;
          return;
        }
        case "c": {
          const r = attr(tag, "r");
          const at = r ? decodeAddress(r) : null;
          if (at) {
            rowIndex = at.row;
            colIndex = at.col;
          } else colIndex++;
          const s = attr(tag, "s");
          cell = { row: rowIndex, col: colIndex, t: attr(tag, "t"), style: s ? parseInt(s, 10) || 0 : 0, value: undefined };
          return;
        }
        case "v":
          if (cell) into = 1;
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (cell && phonetic === 0) into = 2;
          return;
        case "f":
          if (!cell) return;
          into = 3;
          cell.formula = "";
          if (attr(tag, "t") === "shared") {
            const si = attr(tag, "si");
            if (si !== undefined) cell.shared = { si, master: attr(tag, "ref") !== undefined };
          }
          return;
      }
    },
    text(t) {
      if (!into || !cell) return;
      if (into === 3) cell.formula += t;
      else cell.value = cell.value === undefined ? t : cell.value + t;
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
        case "f":
          into = 0;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          if (cell) {
            if (cell.t === "inlineStr" && cell.value !== undefined) cell.value = unescapeOoxml(cell.value);
            each(cell);
          }
          cell = null;
          into = 0;
          return;
        case "sheetData":
          inSheetData = false;
          return;
      }
    },
  });
  return merges;
}
