// SAKIP-TOTAL-001: a JUMLAH / TOTAL (or subtotal) row that is not the sum of the items above it.
// One finding per wrong total, with the items as related cells; sums are exact to the sen.
import type { FindingDraft, Rule } from "../rule";
import type { RecognizedTable, TableRow } from "../../tables/table";
import { a1, type SheetGrid } from "../../tables/cells";
import { fmtRupiah, sumAmounts, toSenNumber } from "../../tables/amounts";
import { formatNumberId } from "../../numbers/money";
import { cellAmount, unreadableAmount } from "../../numbers/cell";
import { normName } from "../../tables/normalize";
import { sumFormula, type Fix } from "../../findings/fix";
import { MONEY_ROLES } from "../kit/columns";
import { SOURCES } from "../kit/sources";
import { itemsOf } from "../kit/blocks";

export { itemsOf } from "../kit/blocks";

export const CODE = "SAKIP-TOTAL-001";

export const rule: Rule = {
  code: CODE,
  slug: "total-sum",
  family: "totals",
  title: { id: "JUMLAH tidak sama dengan jumlah rinciannya", en: "Total does not equal the sum of its items" },
  severity: "error",
  messages: {
    default: {
      id: "{label} pada kolom {column} tertulis {actual}, padahal jumlah {count} rinciannya {expected} (selisih {diff}).",
      en: "{label} in column {column} reads {actual}, but its {count} items add up to {expected} (difference {diff}).",
      suggestion: { id: "Periksa rincian dan ganti {label} menjadi {expected}, atau gunakan rumus =SUM.", en: "Check the items and change {label} to {expected}, or use a =SUM formula." },
    },
    likely: {
      id: "{label} pada kolom {column} tertulis {actual}, padahal jumlah {count} rinciannya {expected} (selisih {diff}), dengan membaca rincian yang salah format sebagai {likely}.",
      en: "{label} in column {column} reads {actual}, but its {count} items add up to {expected} (difference {diff}), reading the malformed items as {likely}.",
      suggestion: { id: "Perbaiki format rincian yang salah, lalu periksa kembali {label}.", en: "Correct the malformed items, then check {label} again." },
    },
    malformed: {
      id: "{label} pada kolom {column} tertulis \"{actual}\" dan tidak terbaca sebagai angka; jumlah {count} rinciannya {expected}.",
      en: "{label} in column {column} reads \"{actual}\", which is not a readable number; its {count} items add up to {expected}.",
      suggestion: { id: "Tulis {label} sebagai {expected}.", en: "Write {label} as {expected}." },
    },
  },
  help: {
    checks: {
      id: "Setiap baris JUMLAH / TOTAL / SUB TOTAL dibandingkan dengan rincian di atasnya (TOTAL di atas SUB TOTAL menjumlahkan sub totalnya), di setiap kolom uang (ANGGARAN, PAGU, REALISASI, SISA), tepat sampai sen. JUMLAH yang ditulis sebagai teks rusak menjadi peringatan beserta jumlah rinciannya; rincian yang salah format dihitung dengan bacaan yang paling mungkin (peringatan). Bila judul kelompok punya angka sendiri tanpa kode, JUMLAH yang sama dengan tingkat teratas (atau baris bernomor saja) dianggap benar.",
      en: "Every JUMLAH / TOTAL / SUB TOTAL row against the rows it closes (a TOTAL over SUB TOTAL rows sums the subtotals), in every money column (ANGGARAN, PAGU, REALISASI, SISA), exact to the sen. A total written as malformed text is a warning that gives the items' sum; a malformed item counts through its likely reading (a warning). When headings carry their own amounts without a code, a total that equals the top level (or the numbered rows only) holds.",
    },
    why: {
      id: "JUMLAH adalah angka yang dibaca lebih dulu oleh pimpinan dan APIP; JUMLAH yang salah membuat seluruh tabel anggaran PK tidak dapat dipercaya.",
      en: "The total is the figure leaders and reviewers read first; a wrong total makes the whole PK budget table untrustworthy.",
    },
    fix: {
      id: "Periksa rinciannya, lalu ganti JUMLAH dengan jumlah yang benar atau pakai rumus =SUM atas rinciannya.",
      en: "Check the items, then write the right total or use a =SUM formula over the items.",
    },
    regulation: SOURCES.performanceAgreement,
  },
  checkTable(t, g, ctx) {
    const out: FindingDraft[] = [];
    const tol = Math.round((ctx.settings.moneyTolerance ?? 0) * 100);
    if (!t.rows.some((r) => r.kind === "total" || r.kind === "subtotal")) return out;
    const cols = t.columns.filter((c) => MONEY_ROLES.includes(c.role));
    // What each total should hold once the totals it sums are right: a fix must not copy a wrong subtotal.
    const truth = new Map<string, number>();
    t.rows.forEach((r, i) => {
      if (r.kind !== "total" && r.kind !== "subtotal") return;
      const items = itemsOf(t, i);
      if (!items.length) return;
      for (const col of cols) {
        const d = checkTotal(g, t, r, items, col.col, col.header, tol, truth, col.scale ?? 1);
        if (d) out.push(d);
      }
    });
    return out;
  },
};

/** An amount as the column writes it, with its rupiah beside it when the header gives a scale ("dalam juta rupiah"). */
function amountText(v: number, scale: number): string {
  if (scale === 1) return fmtRupiah(v);
  const decimals = Number.isInteger(v) ? 0 : Number.isInteger(Math.round(v * 1e6) / 1e4) ? 2 : 3;
  return `${formatNumberId(v, decimals)} (${fmtRupiah(v * scale)})`;
}

function checkTotal(g: SheetGrid, t: RecognizedTable, total: TableRow, items: TableRow[], col: number, header: string, tolSen: number, truth: Map<string, number>,
  scale: number): FindingDraft | null {
  const totalCell = g.get(total.row, col);
  if (!totalCell) return null;
  const values: number[] = [];
  const trueValues: number[] = [];
  const itemRows: number[] = [];
  const related: { sheet: string; cell: string }[] = [];
  const likelyCells: string[] = [];
  for (const it of items) {
    // A malformed item counts through its likely reading (SAKIP-NUM-001 reports the item itself); an item with no
    // plausible reading makes the sum unknowable.
    const a = cellAmount(g.get(it.row, col), { allowLikely: true });
    if (!a) {
      if (unreadableAmount(g.get(it.row, col))) return null;
      continue;
    }
    if (a.likely) likelyCells.push(`${a1(it.row, col)} "${a.text}" = ${fmtRupiah(a.value)}`);
    values.push(a.value);
    trueValues.push(truth.get(`${it.row},${col}`) ?? a.value);
    itemRows.push(it.row);
    related.push({ sheet: t.sheet, cell: a1(it.row, col) });
  }
  if (!values.length) return null;
  const sum = sumAmounts(values);
  const trueSum = sumAmounts(trueValues);
  truth.set(`${total.row},${col}`, trueSum);
  const label = (total.label ?? "JUMLAH").toUpperCase();
  const key = `${normName(header)}|${label}|${items.map((r) => normName(r.label ?? "")).join(";")}`;
  const formula = sumFormula(col, itemRows);
  const fix: Fix = { cell: a1(total.row, col), value: trueSum, ...(formula ? { formula: { sakip: formula, plain: formula } } : {}) };
  const stated = cellAmount(g.get(total.row, col));
  if (!stated) {
    if (!unreadableAmount(g.get(total.row, col))) return null;
    const text = g.text(total.row, col);
    return {
      sheet: t.sheet, cell: a1(total.row, col), related, variant: "malformed", severity: "warning",
      params: { label, column: header, actual: text, expected: amountText(sum, scale), count: values.length },
      expected: amountText(sum, scale), actual: text, difference: null, key: key + "|malformed", fix,
    };
  }
  const diffSen = toSenNumber(sum) - toSenNumber(stated.value);
  // The tolerance is in rupiah; the column may be written in thousands or millions.
  const tolCell = tolSen / scale;
  if (Math.abs(diffSen) <= tolCell) return null;
  // Headings that carry their own amount without a code or "Program/Kegiatan" word look like items: the total may
  // be the sum of the top level only. If a natural reading of the layout adds up, the table holds.
  if (alternativeHolds(g, t, total, col, toSenNumber(stated.value), tolCell)) return null;
  const likely = likelyCells.length > 0;
  return {
    sheet: t.sheet, cell: a1(total.row, col), related,
    ...(likely ? { severity: "warning" as const, variant: "likely" } : {}),
    params: { label, column: header, actual: stated.text, expected: amountText(sum, scale), count: values.length, diff: amountText(Math.abs(diffSen) / 100, scale), likely: likelyCells.join(", ") },
    expected: amountText(sum, scale), actual: stated.text, difference: diffSen / 100, key,
    // A sum read through malformed items is a guess, and a total that is right once its subtotals are put right
    // needs no change: no fix for either.
    ...(likely || toSenNumber(trueSum) === toSenNumber(stated.value) ? {} : { fix }),
  };
}

/** Other readings of which rows a total sums: the top level only (rows with a level when levels are mixed with
 *  unlevelled rows), or only the numbered rows (1, 2, 3 ...) when sub-rows carry no number. */
function alternativeHolds(g: SheetGrid, t: RecognizedTable, total: TableRow, col: number, statedSen: number, tolSen: number): boolean {
  const i = t.rows.indexOf(total);
  let start = 0;
  for (let j = i - 1; j >= 0; j--) if (t.rows[j].kind === "total") { start = j + 1; break; }
  const span = t.rows.slice(start, i).filter((r) => r.kind === "item" || r.kind === "group");
  const noCol = t.columns.find((c) => c.role === "no")?.col;
  const order = ["program", "kegiatan", "subkegiatan"];
  const sets: TableRow[][] = [];
  const levels = span.filter((r) => r.level).map((r) => order.indexOf(r.level!));
  if (levels.length) {
    const top = Math.min(...levels);
    sets.push(span.filter((r) => r.level && order.indexOf(r.level) === top));
  }
  if (noCol !== undefined) {
    const numbered = span.filter((r) => /^\s*\d+[.)]?\s*$/.test(g.text(r.row, noCol)));
    if (numbered.length && numbered.length < span.length) sets.push(numbered);
  }
  for (const set of sets) {
    let sen = 0;
    let any = false;
    for (const r of set) {
      const a = cellAmount(g.get(r.row, col), { allowLikely: true });
      if (a) { sen += toSenNumber(a.value); any = true; }
    }
    if (any && Math.abs(sen - statedSen) <= tolSen) return true;
  }
  return false;
}
