// Table recognition: finds header rows by their words (headers.ts), reads multi-row/merged headers,
// then the data rows below until the table ends (a JUMLAH/TOTAL row, another header, or text that is not a row).
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import type { ColumnRole, Hierarchy, RecognizedTable, RecognizedWorkbook, TableColumn, TableKind, TableRow } from "./table";
import { cellText, gridOf, parseA1, type SheetGrid } from "./cells";
import type { TableMapping } from "../settings";
import { codeLevel, findCode, joinCodeParts, normHeader } from "./normalize";
import { kindOfRoles, mayBeHeader, roleOfHeader, roleOfPhrase, SUBTOTAL_LABEL, TOTAL_LABEL } from "./headers";
import { recognizePkHeader } from "./pkHeader";
import { contextOf, correctHeader, correctWord, isHeaderWord, measureOf, scoreRole, vocabularyShare } from "./headerPath";
import { parseColumnNumberCell, type DeclaredRelation } from "./declared";
import { normalizeCode } from "./normalize";
import { buildHierarchy } from "./hierarchy";
import { levelsFromStyle } from "./hierarchy/indent";

const COLNUM = /^\(?\s*\d{1,2}\s*\)?$|^\(?\s*\d{1,2}\s*=\s*[\d()+\-x*/:\s]+\)?$/i;
const MAX_HEADER_TEXT = 90;
const NOT_TOTAL_ROLES = new Set<ColumnRole>(["indikator", "satuan", "sasaran", "target", "jabatan", "ket"]);
const FOOTER_LABEL = /^\s*(?:rata[\s-]*rata|nilai rata|predikat|kategori capaian|faktor (?:pendorong|penghambat)|tindak lanjut|mengetahui|disusun oleh)\b/i;
/** Long column titles of official forms ("Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan ..."). */
const MAX_TITLE_TEXT = 240;
const LABEL_ROLES: ColumnRole[] = ["uraian", "subkegiatan", "kegiatan", "program", "indikator", "aspek", "unsur", "nama", "sasaran", "jabatan"];
const MONEY_ROLES = new Set<ColumnRole>(["anggaran", "pagu", "realisasi_anggaran"]);
const NUMERIC_ROLES = new Set<ColumnRole>(["target", "anggaran", "pagu", "realisasi", "realisasi_anggaran", "capaian", "capaian_anggaran",
  "serapan", "sisa", "efisiensi", "capaian_kinerja", "share", "jumlah_nilai", "responden", "nrr", "nrr_tertimbang", "ikm",
  "bobot", "skor", "nilai", "nilai_maks", "jawaban"]);

export function recognizeWorkbook(wb: WorkbookSnapshot, mappings: TableMapping[] = []): RecognizedWorkbook {
  const tables: RecognizedTable[] = [];
  const pkHeaders: RecognizedWorkbook["pkHeaders"] = [];
  const errors: Array<{ sheet: string; message: string }> = [];
  for (const sheet of wb.sheets) {
    // One odd sheet must not stop the others from being checked.
    try {
      const own = mappings.filter((m) => m.sheet === sheet.name);
      let ts = recognizeSheet(sheet);
      if (own.length) {
        // The planner's description wins where it overlaps what recognition found.
        const g = gridOf(sheet);
        const mapped = own.map((m) => mappedTable(g, m)).filter((t): t is RecognizedTable => t !== null);
        ts = [...ts.filter((t) => !mapped.some((m) => t.top <= m.bottom && m.top <= t.bottom && t.left <= m.right && m.left <= t.right)), ...mapped]
          .sort((a, b) => a.top - b.top || a.left - b.left);
      }
      const pk = recognizePkHeader(sheet);
      tables.push(...ts);
      if (pk) pkHeaders.push(pk);
    } catch (e) {
      errors.push({ sheet: sheet.name, message: e instanceof Error ? e.message : String(e) });
    }
  }
  let hierarchy: Hierarchy;
  try {
    hierarchy = buildHierarchy(wb, { tables, pkHeaders });
  } catch (e) {
    // The rules that need the hierarchy find nothing to compare; the rest of the workbook is still checked.
    hierarchy = emptyHierarchy();
    errors.push({ sheet: wb.sheets[0]?.name ?? "", message: "hierarki: " + (e instanceof Error ? e.message : String(e)) });
  }
  return errors.length ? { tables, pkHeaders, hierarchy, errors } : { tables, pkHeaders, hierarchy };
}

export function emptyHierarchy(): Hierarchy {
  return { items: [], links: [], pkLinks: [], unlinkedSuperiors: [] };
}

/** What rules see when recognition itself failed. */
export function emptyRecognition(): RecognizedWorkbook {
  return { tables: [], pkHeaders: [], hierarchy: emptyHierarchy() };
}

/** A table as the planner described it (settings.mappings): header row, kind, each column's role. */
export function mappedTable(g: SheetGrid, m: TableMapping): RecognizedTable | null {
  const top = m.headerRow - 1;
  const columns: TableColumn[] = [];
  for (const [letter, role] of Object.entries(m.columns)) {
    const col = parseA1(letter + "1")?.col;
    if (col === undefined) continue;
    columns.push({ role, col, header: g.text(top, col) || letter });
  }
  if (!columns.length) return null;
  columns.sort((a, b) => a.col - b.col);
  const h: Header = { top, bottom: top, left: columns[0].col, right: columns[columns.length - 1].col, columns, kind: m.kind };
  const t: RecognizedTable = readTable(g, h) ?? {
    kind: m.kind, sheet: g.name, top, left: h.left, bottom: top, right: h.right, headerTop: top, headerBottom: top, columns, rows: [], hierarchySource: "none",
  };
  if (m.lastRow !== undefined) {
    const last = m.lastRow - 1;
    t.rows = t.rows.filter((r) => r.row <= last);
    t.bottom = Math.min(t.bottom, last);
  }
  t.mapped = true;
  return t;
}

/** Every table found on one sheet, top to bottom. */
export function recognizeSheet(sheet: SheetSnapshot): RecognizedTable[] {
  const g = gridOf(sheet);
  const out: RecognizedTable[] = [];
  const rows = g.rows();
  let consumed = -1;
  for (const r of rows) {
    if (r <= consumed) continue;
    const hs = headerAt(g, r);
    if (!hs) continue;
    for (const h of hs) {
      const t = readTable(g, h);
      if (!t) continue;
      out.push(t);
      consumed = Math.max(consumed, t.bottom);
    }
  }
  return out;
}

interface HeaderRow {
  /** Matched role by column for this row alone (normalised text too). */
  texts: Map<number, string>;
  roles: number;
}

/**
 * Role of one header cell: a known phrase, the same after spelling slips are corrected, else scored from its words
 * when they are header vocabulary (a long title like "Target Renja Perangkat Daerah Tahun Berjalan"). Data texts
 * ("Persentase ASN yang mengikuti pelatihan") are not header vocabulary and get no role.
 */
export function roleOfCell(raw: string, norm: string): ColumnRole | undefined {
  const exact = roleOfPhrase(norm);
  if (exact) return exact;
  const fixed = correctHeader(norm);
  if (fixed !== norm) {
    const r = roleOfPhrase(fixed);
    if (r) return r;
  }
  const words = fixed.split(" ").length;
  if (words > 30) return undefined;
  // "KODE KEC", "KODE REKENING BELANJA": a code column whatever it codes.
  if (/^KODE\b/.test(fixed) && words <= 4) return "kode";
  const share = vocabularyShare(fixed);
  if (share < (words <= 3 ? 1 : 0.7)) return undefined;
  const r = scoreRole([fixed], contextOf([raw]));
  return r;
}

/** Is row r a header row on its own? (At least two known header words, and mostly header words.) */
function headerRowInfo(g: SheetGrid, r: number): HeaderRow | null {
  const cells = g.row(r);
  if (cells.length < 2) return null;
  // Header rows hold no numbers and short texts: reject data rows before any text work.
  let short = 0;
  for (const c of cells) {
    if (c.type === "number") return null;
    if (typeof c.value === "string" && c.value.length <= MAX_HEADER_TEXT) short++;
  }
  if (short < 2) return null;
  const texts = new Map<number, string>();
  let matched = 0;
  let textCells = 0;
  const seen = new Set<ColumnRole>();
  for (const c of cells) {
    if (typeof c.value !== "string") {
      if (c.type === "number") return null; // header rows hold no numbers
      continue;
    }
    const raw = cellText(c);
    if (!raw) continue;
    textCells++;
    if (raw.length > MAX_TITLE_TEXT) continue;
    if (!mayBeHeader(raw)) {
      const first = /^[\s(%]*([A-Za-z]+)/.exec(raw);
      if (!first || !isHeaderWord(correctWord(first[1].toUpperCase()))) continue;
    }
    const h = normHeader(raw);
    texts.set(c.col, h);
    const role = raw.length <= MAX_HEADER_TEXT ? roleOfPhrase(h) ?? roleOfCell(raw, h) : roleOfCell(raw, h);
    // Raw SKM answers repeat one role (U1..U9): each answer column counts.
    if (role && (!seen.has(role) || role === "jawaban" || role === "kode")) { seen.add(role); matched++; }
    else if (h === "%") matched += 0.5;
  }
  if (matched < 2 || matched < textCells * 0.5) return null;
  return { texts, roles: matched };
}

interface Header {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: TableColumn[];
  kind: TableKind;
  columnNumbers?: Record<number, number>;
  declared?: DeclaredRelation[];
}

function isColumnNumberRow(g: SheetGrid, r: number): boolean {
  const cells = g.row(r);
  if (cells.length < 2) return false;
  return cells.every((c) => cellText(c) === "" || COLNUM.test(cellText(c)) || parseColumnNumberCell(cellText(c)) !== null);
}

const YEAR_TEXT = /^(?:(?:tahun|th|thn|ta)\.?\s*(?:ke\s*-?\s*\d\s*)?)?\(?\s*(?:19|20)\d\d\s*\)?$/i;
const QUARTER_TEXT = /^(?:(?:triwulan|tw|trw)\.?\s*)?(?:I|II|III|IV)$|^(?:triwulan|tw|trw)\.?\s*[1-4]$/i;

/** A sub-header cell that gives context rather than a role: a measure (K / Rp / %), a year, a quarter. */
function isContextCell(c: { value: unknown; type: string }, text: string): boolean {
  if (c.type === "number") return typeof c.value === "number" && Number.isInteger(c.value) && c.value >= 1990 && c.value <= 2100;
  return measureOf(text) !== undefined || YEAR_TEXT.test(text.trim()) || QUARTER_TEXT.test(text.trim());
}

/** Header starting at row r (with its continuation rows), or null. */
function headerAt(g: SheetGrid, r: number): Header[] | null {
  const first = headerRowInfo(g, r);
  if (!first) return null;
  let bottom = r;
  // Header rows below: sub-headers under merged parents ("ANGGARAN" over "Pagu | Realisasi | %"), then a column-number row.
  for (let k = 1; k <= 3; k++) {
    const rr = r + k;
    if (isColumnNumberRow(g, rr)) { bottom = rr; break; }
    const cells = g.row(rr);
    if (!cells.length) break;
    const allHeaderish = cells.every((c) => isContextCell(c, cellText(c)) ||
      (typeof c.value === "string" && cellText(c).length <= 40 && !/\d{3}/.test(cellText(c))) ||
      (typeof c.value === "string" && cellText(c).length <= MAX_TITLE_TEXT && roleOfCell(cellText(c), normHeader(cellText(c))) !== undefined));
    if (!allHeaderish) break;
    const known = cells.filter((c) => {
      const t = cellText(c);
      const h = normHeader(t);
      return isContextCell(c, t) || h === "%" || roleOfPhrase(h) !== undefined || roleOfCell(t, h) !== undefined || /^(?:%|PERSENTASE|CAPAIAN|ALOKASI)/.test(h);
    }).length;
    if (known < Math.max(1, cells.length * 0.5)) break;
    bottom = rr;
  }
  if (bottom < g.rowCount - 1 && bottom === r + 1 && isColumnNumberRow(g, r + 2)) bottom = r + 2;

  // Column extent: every non-empty header cell plus merge extents.
  let left = Infinity;
  let right = -Infinity;
  for (let hr = r; hr <= bottom; hr++) {
    for (const c of g.row(hr)) {
      if (!cellText(c)) continue;
      const m = g.mergeAt(hr, c.col);
      left = Math.min(left, c.col);
      right = Math.max(right, m ? m.right : c.col);
    }
  }
  if (!Number.isFinite(left)) return null;

  // Parent text spans: a merged parent covers its area; an unmerged parent with children below spans right
  // over empty parent cells (headers pasted without merges).
  const partsByCol = new Map<number, string[]>();
  const rawByCol = new Map<number, string[]>();
  for (let c = left; c <= right; c++) { partsByCol.set(c, []); rawByCol.set(c, []); }
  // Last header row holding words (a column-number row below does not make children).
  const wordsBottom = bottom > r && isColumnNumberRow(g, bottom) ? bottom - 1 : bottom;
  for (let hr = r; hr <= wordsBottom; hr++) {
    let carry: { norm: string; raw: string } | null = null;
    for (let c = left; c <= right; c++) {
      const master = g.masterOf(hr, c);
      const cell = g.get(master.row, master.col);
      let raw = cellText(cell);
      let norm = raw ? normHeader(raw) : "";
      if (master.row !== hr && master.row >= r) {
        // Vertical merge from a header row above: already counted there.
        continue;
      }
      if (!raw && carry && hr < wordsBottom && g.text(hr + 1, c)) { raw = carry.raw; norm = carry.norm; }
      else if (raw && hr < wordsBottom && g.text(hr + 1, c) && !g.mergeAt(hr, c)) carry = { norm, raw };
      else if (raw) carry = null;
      if (!raw) continue;
      const parts = partsByCol.get(c)!;
      if (parts[parts.length - 1] !== norm) { parts.push(norm); rawByCol.get(c)!.push(raw); }
    }
  }

  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    const parts = partsByCol.get(c)!;
    if (!parts.length) continue;
    const raws = rawByCol.get(c)!;
    columns.push(columnOf(c, parts, raws));
  }
  const numberRow = bottom > r && isColumnNumberRow(g, bottom) ? bottom : undefined;
  // Two tables side by side (an empty header column between, each with its own NO or label column) are two tables.
  const segments: TableColumn[][] = [];
  for (const c of columns) {
    const last = segments[segments.length - 1];
    if (last && c.col === last[last.length - 1].col + 1) last.push(c);
    else segments.push([c]);
  }
  const heads: Header[] = [];
  if (segments.length > 1) {
    for (const seg of segments) {
      resolveRoles(seg);
      const kind = kindOfRoles(new Set(seg.map((c) => c.role)));
      if (kind) heads.push(withNumbers(g, { top: r, bottom, left: seg[0].col, right: seg[seg.length - 1].col, columns: seg, kind }, numberRow));
    }
    if (heads.length > 1) return heads;
  }
  resolveRoles(columns);
  const roles = new Set(columns.map((c) => c.role));
  const kind = kindOfRoles(roles);
  if (!kind) return null;
  return [withNumbers(g, { top: r, bottom, left, right, columns, kind }, numberRow)];
}

/** A column from its header path: role from the phrases (exact, then spelling-corrected, then scored), context
 *  (group title, measure, year, quarter, scale) from the path. */
function columnOf(col: number, parts: string[], raws: string[]): TableColumn {
  const ctx = contextOf(raws);
  const last = parts[parts.length - 1];
  let role: ColumnRole | undefined = roleOfHeader(parts);
  if (!role) {
    const fixed = parts.map(correctHeader);
    role = roleOfHeader(fixed) ?? scoreRole(fixed.filter((p) => vocabularyShare(p) >= 0.5 || measureOf(p) !== undefined), ctx);
  }
  // The measure under a group title decides the side: "Target ... / Rp" is the pagu, "Realisasi ... / Rp" the
  // budget realisation, "... / %" the achievement.
  if (ctx.measure === "Rp") {
    if (role === "target") role = "pagu";
    else if (role === "realisasi") role = "realisasi_anggaran";
    else if (role === "capaian") role = "capaian_anggaran";
    else if (!role || role === "other") role = "anggaran";
  } else if (ctx.measure === "K") {
    if (role === "pagu" || role === "anggaran") role = "target";
    else if (role === "realisasi_anggaran") role = "realisasi";
    else if (role === "capaian_anggaran") role = "capaian";
    else if (!role || role === "other") role = parts.length > 1 ? scoreRole(parts.slice(0, -1).map(correctHeader), {}) ?? "other" : "other";
  } else if (ctx.measure === "%" && parts.length > 1 && (role === "target" || role === "realisasi")) {
    role = "capaian";
  }
  const resolved: ColumnRole = role ?? (last === "%" ? ("%" as ColumnRole) : "other");
  const out: TableColumn = { role: resolved, col, header: raws.join(" / ") };
  if (raws.length > 1) out.group = raws.slice(0, -1).join(" / ");
  if (ctx.measure) out.measure = ctx.measure;
  if (ctx.year) out.year = ctx.year;
  if (ctx.quarter) out.quarter = ctx.quarter;
  if (ctx.scale) out.scale = ctx.scale;
  if (ctx.aggregate) out.aggregate = ctx.aggregate;
  const unit = /\(\s*(%|orang|unit|dokumen|persen|kali|hari|bulan|paket|laporan)\s*\)/i.exec(raws[raws.length - 1]);
  if (unit && resolved !== "share") out.unit = unit[1].toLowerCase() === "persen" ? "%" : unit[1];
  return out;
}

/** Column numbers and declarations of the column-number row, on the header. */
function withNumbers(g: SheetGrid, h: Header, numberRow: number | undefined): Header {
  if (numberRow === undefined) return h;
  const numbers: Record<number, number> = {};
  const declared: DeclaredRelation[] = [];
  for (let c = h.left; c <= h.right; c++) {
    const m = g.masterOf(numberRow, c);
    const text = g.text(m.row, m.col);
    const p = text ? parseColumnNumberCell(text) : null;
    if (!p) continue;
    if (numbers[p.n] === undefined) numbers[p.n] = c;
    const col = h.columns.find((x) => x.col === c);
    if (col) col.number = p.n;
    if (p.expr && m.col === c) declared.push({ col: c, n: p.n, expr: p.expr, text });
  }
  return { ...h, columnNumbers: numbers, declared };
}

/** Context decisions: a bare "%" column, a second REALISASI/CAPAIAN under the budget side, ANGGARAN next to REALISASI. */
function resolveRoles(columns: TableColumn[]): void {
  let moneySeen = false;
  let kinerjaRealisasi = false;
  let capaianSeen = false;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i];
    const prev = i > 0 ? columns[i - 1].role : undefined;
    // A column under K / Rp / % already knows its side.
    if (col.measure && (col.role as string) !== "%") continue;
    if (col.role === "anggaran" || col.role === "pagu") moneySeen = true;
    if (col.role === "realisasi") {
      if (moneySeen) col.role = "realisasi_anggaran";
      else kinerjaRealisasi = true;
    }
    if (col.role === "capaian") {
      if (moneySeen && (capaianSeen || prev === "realisasi_anggaran")) col.role = "capaian_anggaran";
      else capaianSeen = true;
    }
    if ((col.role as string) === "%") {
      if (prev === "realisasi_anggaran") col.role = "capaian_anggaran";
      else if (prev === "realisasi" || prev === "target") col.role = "capaian";
      else if (prev === "anggaran" || prev === "pagu") col.role = "share";
      else col.role = "other";
    }
  }
  void kinerjaRealisasi;
  // A measurement table's ANGGARAN beside a budget REALISASI is the pagu.
  if (columns.some((c) => c.role === "realisasi_anggaran")) for (const c of columns) if (c.role === "anggaran") c.role = "pagu";
}

function roleCol(cols: TableColumn[], role: ColumnRole): number | undefined {
  return cols.find((c) => c.role === role)?.col;
}

/** Reads data rows under a header. */
function readTable(g: SheetGrid, h: Header): RecognizedTable | null {
  const colRole = new Map<number, ColumnRole>();
  for (const c of h.columns) colRole.set(c.col, c.role);
  const noCol = roleCol(h.columns, "no");
  // A nomenclature lists every level on each row: its item is the deepest one.
  const order: ColumnRole[] = h.kind === "list" ? ["subkegiatan", "kegiatan", "program", ...LABEL_ROLES] : LABEL_ROLES;
  const labelCols = [...new Set(order.map((r) => roleCol(h.columns, r)).filter((c): c is number => c !== undefined))];
  const firstNumericCol = h.columns.find((c) => NUMERIC_ROLES.has(c.role))?.col ?? h.right + 1;

  const kodeCols = h.columns.filter((c) => c.role === "kode").map((c) => c.col);
  let footerTop: number | undefined;
  let footerBottom: number | undefined;
  let footerRows = 0;
  const sources = new Set<string>();
  const rows: TableRow[] = [];
  let bottom = h.bottom;
  let blank = 0;
  let lastDataRow = h.bottom;
  for (let r = h.bottom + 1; r < g.rowCount; r++) {
    const cells = g.row(r);
    const inside: typeof cells = [];
    let outside = false;
    for (const c of cells) {
      if (cellText(c) === "") continue;
      if (c.col >= h.left && c.col <= h.right) inside.push(c);
      else outside = true;
    }
    if (!inside.length) {
      // A merged label continuing into this row keeps the row in the table (handled by the row that starts it).
      if (outside) break;
      if (++blank > 2) break;
      continue;
    }
    if (headerRowInfo(g, r)) break;
    const afterBlank = blank > 0;
    blank = 0;

    // Total / subtotal row: JUMLAH or TOTAL in a text cell left of the numbers, no item number.
    let totalKind: "total" | "subtotal" | undefined;
    for (const c of inside) {
      if (c.col >= firstNumericCol || typeof c.value !== "string") continue;
      const raw = cellText(c);
      if (raw.length > 40 || !/^[\s(]*(?:jumlah|total|sub|grand)/i.test(raw)) continue;
      // "Jumlah dokumen ..." in an indicator or unit column names an indicator, not a total.
      if (NOT_TOTAL_ROLES.has(colRole.get(g.masterOf(r, c.col).col) ?? "other")) continue;
      const n = normHeader(raw);
      if (TOTAL_LABEL.test(n)) totalKind = "total";
      else if (SUBTOTAL_LABEL.test(n)) totalKind = totalKind ?? "subtotal";
    }
    // Footer rows of official forms (average achievement, predikat, signatures): part of the table, not data.
    const leadCell = inside.find((c) => c.col < firstNumericCol && typeof c.value === "string");
    if (leadCell && rows.length && FOOTER_LABEL.test(cellText(leadCell))) {
      footerTop = footerTop ?? r;
      footerBottom = r;
      if (++footerRows > 8) break;
      continue;
    }
    if (footerTop !== undefined) break;
    if (totalKind) {
      const label = inside.map((c) => cellText(c)).find((t) => /jumlah|total/i.test(t));
      rows.push({ row: r, kind: totalKind, label });
      bottom = r;
      lastDataRow = r;
      if (totalKind === "total") break;
      continue;
    }

    // Is this a data row? Single-cell rows must sit in a label/target column right under the previous row;
    // after a blank, a row needs two cells (or an item number) to belong to the table.
    const nonNo = inside.filter((c) => c.col !== noCol);
    if (inside.length === 1) {
      const c = inside[0];
      const role = colRole.get(g.masterOf(r, c.col).col) ?? colRole.get(c.col);
      const ok = !afterBlank && r === lastDataRow + 1 && role !== undefined && role !== "no" && role !== "other" && cellText(c).length < 400;
      if (!ok) break;
    } else if (afterBlank && nonNo.length < 1) break;
    if (noCol !== undefined) {
      const no = g.text(r, noCol);
      // Numbering is short ("1.", "2", "a."); a long text in the NO column is a paragraph, not a row.
      if (no.length > 12 && nonNo.length === 0) break;
    }

    const row: TableRow = { row: r, kind: "item" };
    // Label: first label column with text (the row's own or a merged cell that starts here).
    for (const lc of labelCols) {
      const t = g.text(r, lc);
      if (t) { row.label = t; break; }
    }
    if (!row.label) {
      for (const lc of labelCols) {
        const m = g.getMerged(r, lc);
        if (m) { row.label = cellText(m); row.continued = true; break; }
      }
    }
    // Codes: a KODE column, or a code written before the name.
    // Codes: a KODE column (or several: "1" | "02" | "02" ...), or a code written before the name.
    const kodeText = kodeCols.length > 1 ? joinCodeParts(kodeCols.map((c) => g.text(r, c))) ?? "" : kodeCols.length ? g.text(r, kodeCols[0]) : "";
    const fromLabel = row.label ? findCode(row.label) : undefined;
    const code = (kodeText ? normalizeCode(kodeText) : undefined) ?? fromLabel?.code;
    if (code) {
      row.code = code;
      row.level = codeLevel(code);
      if (row.level) sources.add("code");
      if (fromLabel && !kodeText) row.label = fromLabel.rest || row.label;
    }
    if (!row.level && row.label) {
      const l = row.label.toLowerCase();
      if (/^(?:[\da-z]+(?:\.\d+)*[.)]\s*)?sub\s*kegiatan\b/.test(l)) row.level = "subkegiatan";
      else if (/^(?:[\da-z]+(?:\.\d+)*[.)]\s*)?kegiatan\b/.test(l)) row.level = "kegiatan";
      else if (/^(?:[\da-z]+(?:\.\d+)*[.)]\s*)?program\b/.test(l)) row.level = "program";
      if (row.level) sources.add("label");
    }
    if (noCol !== undefined && /^(?:[A-Z]|[a-z]|\d{1,2}(?:\.\d{1,2})+|[IVX]+)\.?$/.test(g.text(r, noCol))) sources.add("numbering");
    for (const c of inside) if (c.formula && /^=\s*SUM\(/i.test(c.formula)) { sources.add("formula"); break; }
    // Merged label spanning rows below (SASARAN / PROGRAM continuing).
    for (const lc of [...labelCols, ...(noCol !== undefined ? [noCol] : [])]) {
      const m = g.mergeAt(r, lc);
      if (m && m.bottom > r) { row.lastRow = m.bottom; break; }
    }
    rows.push(row);
    lastDataRow = r;
    bottom = r;
  }
  // A header with nothing under it (an import template) is an empty table when its header is a full one.
  if (!rows.length && !(h.columns.filter((c) => c.role !== "other").length >= 3 && !g.row(h.bottom + 1).length && !g.row(h.bottom + 2).length)) return null;

  // Levels drawn only by indentation (bold, fill) when neither codes nor labels say.
  if (!rows.some((x) => x.level || x.code)) {
    const amountCols = h.columns.filter((c) => MONEY_ROLES.has(c.role)).map((c) => c.col);
    const drawn = levelsFromStyle(g, rows, labelCols, amountCols);
    if (drawn) {
      for (const [x, level] of drawn) x.level = level;
      sources.add("indent");
    }
  }
  // Levels by the header when rows do not say ("NO | KEGIATAN | ANGGARAN": every item is a kegiatan).
  const headerLevel: TableRow["level"] | undefined = h.columns.some((c) => c.role === "subkegiatan")
    ? "subkegiatan" : h.columns.some((c) => c.role === "kegiatan") ? "kegiatan" : h.columns.some((c) => c.role === "program") ? "program" : undefined;
  const levels = new Set(rows.filter((x) => x.kind === "item" && x.level).map((x) => x.level));
  if (headerLevel && levels.size === 0) for (const x of rows) if (x.kind === "item") x.level = headerLevel;
  // Mixed levels: rows above the deepest level are group headings.
  if (levels.size > 1) {
    const order = ["program", "kegiatan", "subkegiatan"];
    const deepest = Math.max(...[...levels].map((l) => order.indexOf(l!)));
    for (const x of rows) if (x.kind === "item" && x.level && order.indexOf(x.level) < deepest) x.kind = "group";
  }

  return {
    kind: h.kind,
    sheet: g.name,
    top: h.top,
    left: h.left,
    bottom,
    right: h.right,
    headerTop: h.top,
    headerBottom: h.bottom,
    columns: h.columns,
    rows,
    title: titleAbove(g, h.top, h.left),
    ...(h.columnNumbers && Object.keys(h.columnNumbers).length ? { columnNumbers: h.columnNumbers } : {}),
    ...(h.declared && h.declared.length ? { declared: h.declared } : {}),
    hierarchySource: (["code", "label", "indent", "numbering", "formula"] as const).find((x) => sources.has(x)) ?? "none",
    ...(footerTop !== undefined ? { footer: { top: footerTop, bottom: footerBottom! } } : {}),
  };
}

/** The nearest short text above a table (e.g. "Tabel 2.4 Perjanjian Kinerja Kepala Bidang ..."), within 3 rows. */
function titleAbove(g: SheetGrid, top: number, left: number): string | undefined {
  for (let r = top - 1; r >= Math.max(0, top - 3); r--) {
    const cells = g.row(r);
    if (!cells.length) continue;
    const t = cells.filter((c) => c.col >= left - 1).map((c) => cellText(c)).filter(Boolean).join(" ");
    if (t && t.length <= 200) return t;
    break;
  }
  return undefined;
}
