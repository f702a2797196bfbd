// Shared merit helpers: aspect rows, KASN weight presets, categories.
import type { RecognizedTable, TableRow } from "../../tables/table";
import type { SheetGrid } from "../../tables/cells";
import { cellText } from "../../tables/cells";
import { cellShown, type Shown } from "../../numbers/cell";
import { colsWith } from "../kit/columns";
import { MERIT_WEIGHT_PRESETS, MERIT_CATEGORIES, meritCategory } from "../../formulas/merit";

/** The 8 aspects, in the KASN order. */
export const ASPECTS = [
  { name: "Perencanaan Kebutuhan", re: /perencanaan/i },
  { name: "Pengadaan", re: /pengadaan/i },
  { name: "Pengembangan Karier", re: /pengembangan kari/i },
  { name: "Promosi dan Mutasi", re: /promosi|mutasi/i },
  { name: "Manajemen Kinerja", re: /kinerja/i },
  { name: "Penggajian, Penghargaan dan Disiplin", re: /penggajian|penghargaan|disiplin/i },
  { name: "Perlindungan dan Pelayanan", re: /perlindungan|pelayanan/i },
  { name: "Sistem Informasi", re: /sistem informasi|informasi/i },
];

/** Weight presets (percent): "iku" from the seed's IKU table (fits its scores), "teks" from its narrative. */
export const PRESETS = MERIT_WEIGHT_PRESETS;

/** Index (0..7) of the aspect a label names, or undefined. */
export function aspectIndex(label: string): number | undefined {
  const i = ASPECTS.findIndex((a) => a.re.test(label));
  return i < 0 ? undefined : i;
}

export const TOTAL_LABEL = /\b(jumlah|total|nilai total|nilai akhir)\b/i;
export const KATEGORI_LABEL = /\b(kategori|predikat)\b/i;
export const INDEKS_LABEL = /\bindeks\b/i;

export interface AspectRow {
  row: TableRow;
  label: string;
  bobot?: Shown;
  skor?: Shown;
  nilai?: Shown;
  maks?: Shown;
}

export function labelOf(grid: SheetGrid, t: RecognizedTable, r: TableRow): string {
  if (r.label) return r.label;
  for (const c of colsWith(t, "aspek")) {
    const tx = cellText(grid.getMerged(r.row, c));
    if (tx) return tx;
  }
  for (let c = t.left; c <= t.right; c++) {
    const tx = cellText(grid.get(r.row, c));
    if (tx && !/^[\d.,\s%()]+$/.test(tx)) return tx;
  }
  return "";
}

/** Percent points of a weight ("10%" -> 10, 10 -> 10, 0,1 formatted as % -> 10). */
export function weightPoints(s: Shown): number {
  return s.percent ? s.value * 100 : s.value;
}

/** Aspect rows (not total, kategori, indeks rows). */
export function aspectRows(grid: SheetGrid, t: RecognizedTable): AspectRow[] {
  const bc = colsWith(t, "bobot")[0];
  const sc = colsWith(t, "skor")[0];
  const nc = colsWith(t, "nilai")[0];
  const mc = colsWith(t, "nilai_maks")[0];
  const out: AspectRow[] = [];
  for (const r of t.rows) {
    if (r.kind === "total" || r.kind === "subtotal") continue;
    const label = labelOf(grid, t, r);
    if (!label || TOTAL_LABEL.test(label) || KATEGORI_LABEL.test(label) || (INDEKS_LABEL.test(label) && aspectIndex(label) === undefined)) continue;
    const a: AspectRow = { row: r, label };
    if (bc !== undefined) a.bobot = cellShown(grid.get(r.row, bc)) ?? undefined;
    if (sc !== undefined) a.skor = cellShown(grid.get(r.row, sc)) ?? undefined;
    if (nc !== undefined) a.nilai = cellShown(grid.get(r.row, nc)) ?? undefined;
    if (mc !== undefined) a.maks = cellShown(grid.get(r.row, mc)) ?? undefined;
    if (a.bobot || a.skor || a.nilai) out.push(a);
  }
  return out;
}

/** The rows name the 8 KASN aspects (each at most once, at least 6 of them): weights and the presets apply. */
export function namesAspects(rows: AspectRow[]): boolean {
  const idx = rows.map((a) => aspectIndex(a.label));
  const known = idx.filter((i): i is number => i !== undefined);
  return known.length >= 6 && known.length === rows.length && new Set(known).size === known.length;
}

/** Rows that state the total (a total row, or a row labelled Total / Jumlah / Nilai Total). */
export function totalRows(grid: SheetGrid, t: RecognizedTable): TableRow[] {
  return t.rows.filter((r) => r.kind === "total" || (TOTAL_LABEL.test(labelOf(grid, t, r)) && !KATEGORI_LABEL.test(labelOf(grid, t, r))));
}

/** KASN category of a merit score (100..400), from src/core/formulas/merit.ts. */
export function kategoriOf(nilai: number): { roman: "I" | "II" | "III" | "IV"; kata: string } {
  const c = meritCategory(nilai);
  return { roman: c.roman, kata: c.label };
}

/** Categories a stated text may mean ("III (Baik)" -> [III]; "Kurang" -> [I, II]: the seed's own scale says
 *  Kurang/Cukup/Baik/Sangat Baik where KASN says Buruk/Kurang/Baik/Sangat Baik). Empty when unreadable. */
export function readKategori(text: string): string[] {
  const s = text.trim();
  const m = /(?:^|\b|\()\s*(IV|III|II|I)\b/.exec(s.toUpperCase());
  if (m) return [m[1]];
  const l = s.toLowerCase();
  if (/sangat baik/.test(l)) return ["IV"];
  if (/\bbaik\b/.test(l)) return ["III"];
  if (/cukup/.test(l)) return ["II"];
  if (/kurang/.test(l)) return ["I", "II"];
  if (/buruk/.test(l)) return ["I"];
  return [];
}

/** Index band the seed states for each category. */
export const INDEKS_BAND: Record<string, [number, number]> = Object.fromEntries(MERIT_CATEGORIES.map((c) => [c.roman, [c.indexMin, c.indexMax]]));
