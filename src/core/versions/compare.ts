// Two versions of one document ("PK awal" / "PK perubahan", two sheets or two files with the same structure),
// compared on request: what changed (targets, amounts, any stated value), which indicators or items were added,
// removed, or reworded. Rows are paired by their label (the indicator or item name), not by position, so inserted
// rows do not turn everything into changes. Findings are info: a change is not an error, it is what a reviewer asks.
import { distance } from "fastest-levenshtein";
import type { WorkbookSnapshot, SheetSnapshot } from "../workbook/snapshot";
import type { Finding, CellRef } from "../findings/finding";
import type { RecognizedTable, RecognizedWorkbook } from "../tables/table";
import { gridOf, cellText, a1, colLetters, type SheetGrid } from "../tables/cells";
import { normName, normHeader } from "../tables/normalize";
import { parseNumber } from "../numbers/parse";
import { fillTemplate, fingerprint, recognize } from "../validate";

export const VERSION_CODES = {
  changed: "SAKIP-VERSI-001",
  added: "SAKIP-VERSI-002",
  removed: "SAKIP-VERSI-003",
  reworded: "SAKIP-VERSI-004",
} as const;

export interface VersionSide {
  workbook: WorkbookSnapshot;
  /** The sheet holding this version. */
  sheet: string;
  /** How the report names this version ("PK awal", "pk-2025-awal.xlsx › PK"); default the sheet name. */
  label?: string;
  /** Sheet name findings carry (default `label`, else `sheet`). */
  reportSheet?: string;
  /** Recognised tables of the workbook, when the caller already has them. */
  recognized?: RecognizedWorkbook;
}

/** Changes listed per comparison at most; the rest are counted in one last finding. */
export const MAX_CHANGES = 2000;
/** Rows a reworded item may have moved and still be paired with its old wording. */
const REWORD_WINDOW = 25;

const LABEL_ROLES = ["indikator", "subkegiatan", "kegiatan", "program", "uraian", "aspek", "unsur", "nama", "sasaran"] as const;
const SKIP_ROLES = new Set(["no"]);

interface Item {
  key: string;
  label: string;
  row: number;
  labelCol: number;
  /** Column name -> cell. */
  values: Map<string, { col: number; text: string }>;
}

interface Side {
  items: Item[];
  /** Column name -> header as written, for messages. */
  headers: Map<string, string>;
}

const clip = (s: string, n = 80) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

function itemsFromTables(grid: SheetGrid, tables: RecognizedTable[]): Side {
  const items: Item[] = [];
  const headers = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const t of tables) {
    const labelCols = LABEL_ROLES.flatMap((r) => t.columns.filter((c) => c.role === r).map((c) => c.col));
    for (const r of t.rows) {
      if (r.continued) continue;
      let label = "";
      let labelCol = -1;
      // The deepest name first (indikator before sasaran): the row is that indicator or item.
      for (const c of labelCols) {
        const tx = cellText(grid.getMerged(r.row, c)).trim();
        if (tx) { label = tx; labelCol = c; break; }
      }
      if (!label && r.label) { label = r.label; labelCol = t.left; }
      if (!label) continue;
      const base = normName(label) || label.toLowerCase();
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const values = new Map<string, { col: number; text: string }>();
      for (const c of t.columns) {
        if (c.col === labelCol || SKIP_ROLES.has(c.role)) continue;
        const name = `${c.role}:${normHeader(c.header)}`;
        if (!headers.has(name)) headers.set(name, c.header);
        values.set(name, { col: c.col, text: cellText(grid.getMerged(r.row, c.col)).trim() });
      }
      items.push({ key: n > 1 ? `${base}#${n}` : base, label, row: r.row, labelCol, values });
    }
  }
  return { items, headers };
}

/** A box's caption rather than its content: "Sasaran :", "Indikator : 2", "Program:" (a drawn cascade labels every
 *  box so; listing them as added or removed says nothing). */
export function isCaption(text: string): boolean {
  return /^\s*[a-z][a-z /]{1,30}?\s*:\s*\d{0,3}\s*$/i.test(text);
}

/** Without a recognised table (a cascade drawn as boxes): each text cell is an item, in reading order, compared by
 *  its wording only; a box's position is not a column, and captions are not items. */
function itemsFromCells(grid: SheetGrid): Side {
  const items: Item[] = [];
  const seen = new Map<string, number>();
  for (const row of grid.rows()) {
    for (const c of grid.row(row)) {
      const tx = cellText(c).trim();
      if (tx.length < 6 || !/[a-z]{3}/i.test(tx) || isCaption(tx)) continue;
      const base = normName(tx) || tx.toLowerCase();
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      items.push({ key: n > 1 ? `${base}#${n}` : base, label: tx, row, labelCol: c.col, values: new Map() });
    }
  }
  return { items, headers: new Map() };
}

function sideOf(v: VersionSide): { side: Side; sheet: SheetSnapshot } {
  const sheet = v.workbook.sheets.find((s) => s.name === v.sheet) ?? v.workbook.sheets.find((s) => s.name.toLowerCase() === v.sheet.toLowerCase());
  if (!sheet) throw new Error(`Lembar "${v.sheet}" tidak ada di buku kerja "${v.workbook.name}".`);
  const grid = gridOf(sheet);
  const rec = v.recognized ?? recognize(v.workbook);
  const tables = rec.tables.filter((t) => t.sheet === sheet.name);
  const fromTables = tables.length ? itemsFromTables(grid, tables) : undefined;
  return { side: fromTables && fromTables.items.length ? fromTables : itemsFromCells(grid), sheet };
}

/** Equal as a reader sees them: the same number (whatever the notation), else the same words. */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = parseNumber(a);
  const pb = parseNumber(b);
  if (pa.value !== null && pb.value !== null && pa.kind !== "text" && pb.kind !== "text") return Math.abs(pa.value - pb.value) <= 1e-9 * Math.max(1, Math.abs(pa.value));
  return a.replace(/\s+/g, " ").toLowerCase() === b.replace(/\s+/g, " ").toLowerCase();
}

/** The words regardless of order ("Perikanan dan Kelautan" = "Kelautan dan Perikanan"). */
const wordBag = (key: string) => key.replace(/#\d+$/, "").split(" ").sort().join(" ");

function similarity(a: string, b: string): number {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  const n = Math.max(x.length, y.length);
  return n === 0 ? 1 : 1 - distance(x, y) / n;
}

const MESSAGES: Record<keyof typeof VERSION_CODES, { id: string; en: string }> = {
  changed: {
    id: "\"{item}\": {kolom} berubah dari \"{lama}\" ({versiLama}) menjadi \"{baru}\" ({versiBaru}).",
    en: "\"{item}\": {kolom} changed from \"{lama}\" ({versiLama}) to \"{baru}\" ({versiBaru}).",
  },
  added: {
    id: "\"{item}\" ada di {versiBaru} tetapi tidak ada di {versiLama} (ditambahkan).",
    en: "\"{item}\" is in {versiBaru} but not in {versiLama} (added).",
  },
  removed: {
    id: "\"{item}\" ada di {versiLama} tetapi tidak ada lagi di {versiBaru} (dihapus).",
    en: "\"{item}\" is in {versiLama} but no longer in {versiBaru} (removed).",
  },
  reworded: {
    id: "Rumusan berubah: \"{lama}\" ({versiLama}) menjadi \"{baru}\" ({versiBaru}).",
    en: "Wording changed: \"{lama}\" ({versiLama}) became \"{baru}\" ({versiBaru}).",
  },
};

function finding(kind: keyof typeof VERSION_CODES, sheet: string, cell: string, related: CellRef[], params: Record<string, string>, key: string, expected: string | null, actual: string | null): Finding {
  const code = VERSION_CODES[kind];
  return {
    rule: code,
    severity: "info",
    sheet,
    cell,
    related,
    message: fillTemplate(MESSAGES[kind].id, params),
    messageEn: fillTemplate(MESSAGES[kind].en, params),
    expected,
    actual,
    difference: null,
    suggestion: kind === "changed" || kind === "reworded" ? "Pastikan perubahan ini memang disepakati dan dicatat (mis. dalam PK perubahan yang ditandatangani)." : null,
    suggestionEn: kind === "changed" || kind === "reworded" ? "Make sure this change was agreed and recorded (e.g. in a signed revised PK)." : null,
    fingerprint: fingerprint(code, sheet, key),
  };
}

/**
 * What changed from version `a` (the older one) to version `b`. Changes and added items stand on b's cells,
 * removed items on a's; each names both versions. Output is bounded (MAX_CHANGES).
 */
export function compareVersions(a: VersionSide, b: VersionSide): Finding[] {
  const A = sideOf(a);
  const B = sideOf(b);
  const nameA = a.label ?? a.sheet;
  const nameB = b.label ?? b.sheet;
  const sheetA = a.reportSheet ?? a.label ?? A.sheet.name;
  const sheetB = b.reportSheet ?? b.label ?? B.sheet.name;
  const out: Finding[] = [];
  const base = { versiLama: nameA, versiBaru: nameB };
  const inB = new Map(B.side.items.map((it) => [it.key, it]));
  const matchedB = new Set<Item>();
  const unmatchedA: Item[] = [];
  const pairs: Array<[Item, Item, boolean]> = [];
  for (const it of A.side.items) {
    const o = inB.get(it.key);
    if (o) { pairs.push([it, o, false]); matchedB.add(o); }
    else unmatchedA.push(it);
  }
  // Reworded: an unpaired old item and an unpaired new one nearby whose wording is mostly the same.
  const freeB = B.side.items.filter((it) => !matchedB.has(it));
  const freeIndex = new Map(freeB.map((it, i) => [it, i]));
  const removed: Item[] = [];
  let cursor = 0;
  for (const it of unmatchedA) {
    let hit: Item | undefined;
    for (let j = Math.max(0, cursor - REWORD_WINDOW); j < Math.min(freeB.length, cursor + REWORD_WINDOW); j++) {
      const o = freeB[j];
      if (matchedB.has(o)) continue;
      if (similarity(it.key, o.key) >= 0.7 || wordBag(it.key) === wordBag(o.key)) { hit = o; break; }
    }
    if (hit) { matchedB.add(hit); pairs.push([it, hit, true]); cursor = freeIndex.get(hit)! + 1; }
    else removed.push(it);
  }
  pairs.sort((x, y) => x[1].row - y[1].row);
  for (const [x, y, reworded] of pairs) {
    const cellB = a1(y.row, y.labelCol);
    const rel = [{ sheet: sheetA, cell: a1(x.row, x.labelCol) }];
    if (reworded) out.push(finding("reworded", sheetB, cellB, rel, { ...base, lama: clip(x.label), baru: clip(y.label) }, `reword|${x.key}|${y.key}`, x.label, y.label));
    for (const [name, vy] of y.values) {
      const vx = x.values.get(name);
      if (!vx || sameValue(vx.text, vy.text)) continue;
      if (!vx.text && !vy.text) continue;
      const kolom = B.side.headers.get(name) ?? A.side.headers.get(name) ?? name;
      out.push(finding("changed", sheetB, a1(y.row, vy.col), [{ sheet: sheetA, cell: a1(x.row, vx.col) }], { ...base, item: clip(y.label), kolom: clip(kolom, 60), lama: clip(vx.text || "(kosong)"), baru: clip(vy.text || "(kosong)") }, `change|${y.key}|${name}|${vx.text}|${vy.text}`, vx.text, vy.text));
    }
  }
  for (const it of B.side.items) {
    if (matchedB.has(it)) continue;
    out.push(finding("added", sheetB, a1(it.row, it.labelCol), [], { ...base, item: clip(it.label) }, `added|${it.key}`, null, it.label));
  }
  for (const it of removed) out.push(finding("removed", sheetA, a1(it.row, it.labelCol), [], { ...base, item: clip(it.label) }, `removed|${it.key}`, it.label, null));
  if (out.length > MAX_CHANGES) {
    const rest = out.length - MAX_CHANGES;
    out.length = MAX_CHANGES;
    out.push(finding("changed", sheetB, "A1", [], { ...base, item: `${rest} perubahan lainnya`, kolom: "-", lama: "-", baru: "-" }, "more", null, null));
  }
  return out;
}
