// SAKIP-NUM-003: amounts stored as text in a column that otherwise holds numbers. SUM() and totals in Excel skip
// text, so such a cell silently drops out of every total. One finding per column.
import type { Rule, FindingDraft } from "../rule";
import type { RecognizedTable } from "../../tables/table";
import { gridOf, a1, cellText, sheetByName } from "../../tables/cells";
import { parseNumber } from "../../numbers/parse";
import { formatNumberId } from "../../numbers/money";
import { colsWith, MONEY_ROLES, columnName } from "../kit/columns";

export const CODE = "SAKIP-NUM-003";

const SUMMARY = /\b(ikm|nrr|rata|indeks|mutu|kategori|predikat|persen|persentase|capaian)\b|%/i;
function rowText(g: ReturnType<typeof gridOf>, t: RecognizedTable, row: number): string {
  const parts: string[] = [];
  for (let c = t.left; c <= t.right; c++) {
    if (t.columns.some((x) => x.col === c && x.role !== "no" && !LABELS.includes(x.role))) continue;
    parts.push(cellText(g.get(row, c)));
  }
  return parts.join(" ");
}
const LABELS = ["uraian", "program", "kegiatan", "subkegiatan", "unsur", "aspek", "indikator", "sasaran", "nama", "other"];

export const rule: Rule = {
  code: CODE,
  slug: "text-amount",
  family: "numbers",
  title: { id: "Angka disimpan sebagai teks", en: "Amount stored as text" },
  severity: "warning",
  messages: {
    default: {
      id: "Di kolom \"{kolom}\" {count} sel berisi angka yang disimpan sebagai teks (mis. \"{contoh}\"), padahal sel lain berupa angka; SUM dan JUMLAH melewatkannya.",
      en: "In column \"{kolom}\", {count} cells hold amounts stored as text (e.g. \"{contoh}\") while the others are numbers; SUM skips them.",
      suggestion: { id: "Ubah sel tersebut menjadi angka (mis. {nilai}) agar ikut terjumlah.", en: "Turn those cells into numbers (e.g. {nilai}) so that they are summed." },
    },
    sheet: {
      id: "Di lembar ini {count} sel berisi jumlah rupiah yang disimpan sebagai teks (mis. \"{contoh}\"); SUM dan JUMLAH melewatkannya.",
      en: "On this sheet {count} cells hold rupiah amounts stored as text (e.g. \"{contoh}\"); SUM skips them.",
      suggestion: { id: "Ubah sel tersebut menjadi angka (mis. {nilai}) agar dapat dijumlahkan.", en: "Turn those cells into numbers (e.g. {nilai}) so that they can be summed." },
    },
  },
  help: {
    checks: {
      id: "Satu temuan per kolom uang (atau kolom jumlah SKM) yang berisi angka tersimpan sebagai teks di antara sel angka (SUM melewatkannya). Kolom yang seluruhnya teks (ditempel dari Word) tidak dilaporkan; baris ringkasan (IKM, NRR, %) dilewati. Di lembar tanpa tabel (pohon kinerja, kotak-kotak), jumlah rupiah sejuta ke atas yang ditulis sebagai teks dengan titik ribuan (1.300.000.000) dilaporkan sekali per lembar.",
      en: "One finding per money (or SKM total) column where amounts typed as text sit among number cells (SUM skips them). A column that is all text (pasted from Word) is not reported; summary rows (IKM, NRR, %) are skipped. On a sheet with no table (a performance tree, boxes), rupiah amounts of a million or more typed as text with thousands dots (1.300.000.000) are reported once per sheet.",
    },
    why: {
      id: "=SUM dan JUMLAH Excel melewatkan teks tanpa tanda: total terlihat benar padahal kurang.",
      en: "Excel's =SUM skips text without a sign: the total looks right and is short.",
    },
    fix: {
      id: "Ubah sel itu menjadi angka (Data > Text to Columns, atau ketik ulang).",
      en: "Turn those cells into numbers (Data > Text to Columns, or type them again).",
    },
    regulation: {
      id: "Tidak ada aturan khusus: angka laporan kinerja harus dapat dihitung ulang (PermenPANRB 53/2014); Excel berbahasa Indonesia menulis 1.234.567,89",
      en: "No specific regulation: the figures of a performance report must recompute (PermenPANRB 53/2014); Indonesian Excel writes 1.234.567,89",
    },
  },
  checkWorkbook(ctx) {
    const out: FindingDraft[] = [];
    const withTables = new Set<string>();
    for (const t of ctx.recognized.tables) {
      withTables.add(t.sheet);
      const s = sheetByName(ctx.workbook, t.sheet);
      if (s) out.push(...checkTable(t, gridOf(s)));
    }
    // A sheet that holds no table (a performance tree, boxes): rupiah amounts typed as text with their thousands
    // dots ("1.300.000.000") are amounts no SUM will ever count. Only unmistakable amounts (a million or more).
    for (const s of ctx.workbook.sheets) {
      if (withTables.has(s.name)) continue;
      const texts = s.cells.filter((c) => c.type === "string" && typeof c.value === "string" && STRAY_AMOUNT.test(c.value));
      if (!texts.length) continue;
      const value = parseNumber(String(texts[0].value), { expect: "money" }).value ?? 0;
      out.push({
        sheet: s.name,
        cell: a1(texts[0].row, texts[0].col),
        related: texts.slice(1).map((c) => ({ sheet: s.name, cell: a1(c.row, c.col) })),
        variant: "sheet",
        params: { count: texts.length, contoh: String(texts[0].value).trim(), nilai: formatNumberId(value, 0) },
        expected: formatNumberId(value, 0),
        actual: String(texts[0].value).trim(),
        difference: null,
        key: `sheet|${texts.map((c) => String(c.value).trim()).join("/")}`,
      });
    }
    return out;
  },
};

/** "1.300.000.000", "200.000.000,00": a rupiah amount of a million or more, typed as text. */
const STRAY_AMOUNT = /^\s*\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?\s*$/;

function checkTable(t: RecognizedTable, g: ReturnType<typeof gridOf>): FindingDraft[] {
  {
    const out: FindingDraft[] = [];
    for (const col of colsWith(t, ...MONEY_ROLES, "jumlah_nilai")) {
      let numbers = 0;
      const texts: Array<{ row: number; text: string; value: number }> = [];
      for (const r of t.rows) {
        const c = g.get(r.row, col);
        if (!c) continue;
        // Summary rows under a table (IKM, NRR, kategori, %) hold other figures, not amounts of the column.
        if (SUMMARY.test(rowText(g, t, r.row))) continue;
        if (c.type === "number" && typeof c.value === "number") numbers++;
        else if (typeof c.value === "string") {
          const p = parseNumber(c.value, { expect: "money" });
          if (!p.malformed && p.value !== null && Number.isFinite(p.value) && Math.abs(p.value) < 1e15 && p.kind !== "percent") texts.push({ row: r.row, text: cellText(c), value: p.value });
        }
      }
      if (!numbers || !texts.length) continue;
      const header = t.columns.find((c) => c.col === col);
      out.push({
        sheet: t.sheet,
        cell: a1(texts[0].row, col),
        related: texts.slice(1).map((x) => ({ sheet: t.sheet, cell: a1(x.row, col) })),
        params: { kolom: columnName(header?.header ?? "", header?.role ?? ""), count: texts.length, contoh: texts[0].text, nilai: formatNumberId(texts[0].value, texts[0].value % 1 ? 2 : 0) },
        expected: formatNumberId(texts[0].value, texts[0].value % 1 ? 2 : 0),
        actual: texts[0].text,
        difference: null,
        key: `${header?.header ?? col}|${texts.map((x) => x.text).join("/")}`,
      });
    }
    return out;
  }
}
