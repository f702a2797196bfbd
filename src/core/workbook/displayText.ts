// Renders a cell value the way Excel in an Indonesian locale shows it (decimal comma, dot thousands),
// from its number format code. Covers the formats planners use (General, 0, #,##0, 0.00, 0.00%, Rp, dates);
// returns undefined for formats it cannot render faithfully, so nobody reads a guess as what Excel shows.

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export interface DisplayLocale {
  decimal: string;
  group: string;
}

export const ID_LOCALE: DisplayLocale = { decimal: ",", group: "." };

/** Splits a format code into sections at ";" outside quotes and brackets. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    else if (ch === "\\" && !quoted && !bracket && i + 1 < code.length) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Token {
  literal: boolean;
  text: string;
}

/** Tokenises a section: literals (quoted, escaped, [$Rp-421] currency, plain punctuation) and format chars. */
function tokenize(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return undefined;
      tokens.push({ literal: true, text: section.slice(i + 1, end) });
      i = end;
    } else if (ch === "\\") {
      tokens.push({ literal: true, text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      if (end < 0) return undefined;
      const inner = section.slice(i + 1, end);
      if (inner.startsWith("$")) {
        const sym = inner.slice(1).split("-")[0];
        if (sym) tokens.push({ literal: true, text: sym });
      } else if (/^(h+|m+|s+)$/i.test(inner)) {
        return undefined; // elapsed time: not rendered
      }
      // colours and conditions are ignored
      i = end;
    } else if (ch === "_") {
      tokens.push({ literal: true, text: " " });
      i++;
    } else if (ch === "*") {
      i++; // fill character: nothing to show in plain text
    } else {
      tokens.push({ literal: false, text: ch });
    }
  }
  return tokens;
}

function groupDigits(intPart: string, group: string): string {
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += group;
    out += intPart[i];
  }
  return out;
}

/** A number format section compiled once: the placeholders' rules and the text around the number. */
interface NumberSection {
  literalOnly?: string;
  percent: number;
  decimals: number;
  minDecimals: number;
  grouped: boolean;
  minInt: number;
  /** Trailing commas after the placeholders: the value is divided by 1000 per comma. */
  thousandsScale: number;
  showDecimalPoint: boolean;
  prefix: string;
  suffix: string;
}

function compileNumberSection(tokens: Token[]): NumberSection | undefined {
  const fmt = tokens.filter((t) => !t.literal).map((t) => t.text).join("");
  if (/[eE][+-]/.test(fmt)) return undefined; // scientific: not rendered
  if (/[dmyhs]/i.test(fmt.replace(/[^a-zA-Z]/g, "").replace(/General/i, ""))) return undefined;
  const percent = (fmt.match(/%/g) || []).length;
  // The numeric pattern: first run of placeholders and separators.
  const m = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(fmt);
  if (!m) {
    return { literalOnly: tokens.map((t) => t.text).join(""), percent, decimals: 0, minDecimals: 0, grouped: false, minInt: 0, thousandsScale: 0, showDecimalPoint: false, prefix: "", suffix: "" };
  }
  const [intPat, decPat = ""] = m[0].split(".");
  const trailing = /,+$/.exec(intPat);
  let prefix = "";
  let suffix = "";
  let placed = false;
  for (const t of tokens) {
    const isPlaceholder = !t.literal && /[0#?,.]/.test(t.text);
    if (isPlaceholder) {
      placed = true;
      continue;
    }
    if (placed) suffix += t.text;
    else prefix += t.text;
  }
  const decimals = decPat.replace(/[^0#?]/g, "").length;
  return {
    percent,
    decimals,
    minDecimals: decPat.replace(/[^0]/g, "").length,
    grouped: intPat.includes(",") && /[0#?],[0#?]/.test(intPat),
    minInt: intPat.replace(/[^0]/g, "").length,
    thousandsScale: trailing && !decPat ? trailing[0].length : 0,
    showDecimalPoint: decPat !== "" && decimals === 0,
    prefix,
    suffix,
  };
}

function applyNumberSection(value: number, c: NumberSection, locale: DisplayLocale): string {
  if (c.literalOnly !== undefined) return c.literalOnly;
  let v = value * Math.pow(100, c.percent);
  if (c.thousandsScale) v = v / Math.pow(1000, c.thousandsScale);
  const fixed = Math.abs(v).toFixed(c.decimals);
  const dot = fixed.indexOf(".");
  let ip = dot < 0 ? fixed : fixed.slice(0, dot);
  let dp = dot < 0 ? "" : fixed.slice(dot + 1);
  if (c.decimals > c.minDecimals) {
    dp = dp.replace(/0+$/, "");
    while (dp.length < c.minDecimals) dp += "0";
  }
  if (ip === "0" && c.minInt === 0) ip = "";
  while (ip.length < c.minInt) ip = "0" + ip;
  let num = c.grouped ? groupDigits(ip, locale.group) : ip;
  if (dp.length > 0 || c.showDecimalPoint) num += locale.decimal + dp;
  return c.prefix + num + c.suffix;
}

/** Format codes compiled once: a workbook uses a handful of codes over thousands of cells. */
interface CompiledFormat {
  sections: string[];
  numbers: Array<NumberSection | undefined | "general">;
}
const compiledFormats = new Map<string, CompiledFormat>();

function compileFormat(code: string): CompiledFormat {
  let c = compiledFormats.get(code);
  if (c) return c;
  const sections = splitSections(code);
  const numbers = sections.map((sec): NumberSection | undefined | "general" => {
    if (/^\s*general\s*$/i.test(sec) || sec.includes("@")) return "general";
    const tokens = tokenize(sec);
    return tokens ? compileNumberSection(tokens) : undefined;
  });
  c = { sections, numbers };
  if (compiledFormats.size > 10000) compiledFormats.clear();
  compiledFormats.set(code, c);
  return c;
}

function generalNumber(value: number, locale: DisplayLocale): string {
  if (!isFinite(value)) return String(value);
  let s: string;
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    s = value.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+");
    return s.replace(".", locale.decimal);
  }
  // Excel General shows at most 10 significant digits in a standard-width cell.
  s = String(Number(value.toPrecision(10)));
  if (s.includes("e")) s = value.toFixed(10).replace(/0+$/, "").replace(/\.$/, "");
  return s.replace(".", locale.decimal);
}

function formatDate(iso: string, section: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, hh = "00", mi = "00", ss = "00"] = m;
  const tokens = tokenize(section);
  if (!tokens) return undefined;
  let out = "";
  const fmt = tokens;
  for (let i = 0; i < fmt.length; i++) {
    const t = fmt[i];
    if (t.literal) {
      out += t.text;
      continue;
    }
    const ch = t.text.toLowerCase();
    if ("dmyhs".includes(ch)) {
      let run = t.text;
      while (i + 1 < fmt.length && !fmt[i + 1].literal && fmt[i + 1].text.toLowerCase() === ch) run += fmt[++i].text;
      const n = run.length;
      if (ch === "y") out += n <= 2 ? y.slice(2) : y;
      else if (ch === "d") out += n === 1 ? String(Number(d)) : n === 2 ? d : d; // ddd/dddd (weekday) kept numeric
      else if (ch === "m") {
        // "m" after h or before s is minutes
        const prev = out.trimEnd().slice(-1);
        const isMinute = /[:]/.test(prev) && n <= 2;
        if (isMinute) out += n === 1 ? String(Number(mi)) : mi;
        else if (n === 1) out += String(Number(mo));
        else if (n === 2) out += mo;
        else if (n === 3) out += MONTHS_ID[Number(mo) - 1].slice(0, 3);
        else out += MONTHS_ID[Number(mo) - 1];
      } else if (ch === "h") out += n === 1 ? String(Number(hh)) : hh;
      else if (ch === "s") out += n === 1 ? String(Number(ss)) : ss;
    } else out += t.text;
  }
  return out;
}

/**
 * The displayed text of a value under a format code, Indonesian locale by default.
 * value: number, string, boolean, or an ISO date string with isDate.
 */
export function displayText(
  value: number | string | boolean | null,
  numberFormat: string | undefined,
  opts: { isDate?: boolean; locale?: DisplayLocale } = {},
): string | undefined {
  const locale = opts.locale ?? ID_LOCALE;
  if (value === null) return undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const code = numberFormat && numberFormat.trim() !== "" ? numberFormat : "General";
  if (opts.isDate && typeof value === "string") {
    if (/^general$/i.test(code)) return undefined;
    return formatDate(value, splitSections(code)[0]);
  }
  if (typeof value === "string") {
    const sections = compileFormat(code).sections;
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (!textSection) return value;
    const tokens = tokenize(textSection);
    if (!tokens) return value;
    return tokens.map((t) => (t.literal ? t.text : t.text === "@" ? value : t.text)).join("");
  }
  if (!isFinite(value)) return undefined;
  const { sections, numbers } = compileFormat(code);
  let i = 0;
  let v = value;
  let sign = "";
  if (value < 0 && sections.length >= 2) {
    i = 1;
    v = -value;
  } else if (value === 0 && sections.length >= 3) {
    i = 2;
  } else if (value < 0) {
    sign = "-";
    v = -value;
  }
  const section = numbers[i];
  if (section === undefined) return undefined;
  if (section === "general") return sign + generalNumber(v, locale);
  const body = applyNumberSection(v, section, locale);
  // A negative that rounds to zero keeps no sign in Excel only when every digit is zero.
  if (sign && /^[^1-9]*$/.test(body)) return body;
  return sign + body;
}
