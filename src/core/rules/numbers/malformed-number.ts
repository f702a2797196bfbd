// SAKIP-NUM-001: a malformed number ("Rp 750.000,00,00", "577.255.000.00"): separators that fit no convention.
// Reported with its likely reading; in a JUMLAH/TOTAL row, with the sum of the items as well.
// Looked for in the number columns of recognised tables, and anywhere for text marked "Rp".
import type { Rule, FindingDraft } from "../rule";
import type { Cell } from "../../workbook/snapshot";
import { gridOf, sheetByName, a1, cellText } from "../../tables/cells";
import { parseNumber, type ParsedNumber } from "../../numbers/parse";
import { formatNumberId, formatRupiah, sumSen, senToRupiah } from "../../numbers/money";
import { colsWith, NUMERIC_ROLES, MONEY_ROLES } from "../kit/columns";
import { tableAnchor, rowLabel } from "../kit/labels";

export const CODE = "SAKIP-NUM-001";

function likelyText(p: ParsedNumber): string | null {
  if (p.likely == null) return null;
  if (p.kind === "percent") return formatNumberId(p.likely * 100, p.decimals) + "%";
  const body = formatNumberId(p.likely, p.decimals);
  return p.currency ? `Rp ${body}` : body;
}

export const rule: Rule = {
  code: CODE,
  slug: "malformed-number",
  family: "numbers",
  defersTo: ["SAKIP-TOTAL-001"],
  title: { id: "Angka salah format", en: "Malformed number" },
  severity: "error",
  messages: {
    default: {
      id: "Angka \"{actual}\" salah format: {note}",
      en: "The number \"{actual}\" is malformed (its separators fit no convention); it most likely means {expected}.",
      suggestion: { id: "Ketik ulang angka ini sebagai angka (mis. {expected}), bukan teks.", en: "Type this figure again as a number (e.g. {expected}), not as text." },
    },
    unknown: {
      id: "Angka \"{actual}\" salah format dan tidak dapat dibaca dengan pasti.",
      en: "The number \"{actual}\" is malformed and cannot be read with certainty.",
      suggestion: { id: "Ketik ulang angka ini sebagai angka.", en: "Type this figure again as a number." },
    },
    total: {
      id: "Angka \"{actual}\" salah format: {note} Jumlah rinciannya {sum}.",
      en: "The number \"{actual}\" is malformed; its items add up to {sum}.",
      suggestion: { id: "Ketik ulang jumlah ini sebagai angka: {sum}.", en: "Type this total again as a number: {sum}." },
    },
  },
  help: {
    checks: {
      id: "Teks di kolom angka tabel yang dikenali (atau teks apa pun yang diawali \"Rp\") yang pemisahnya tidak cocok dengan konvensi mana pun (\"Rp 750.000,00,00\", \"577.255.000.00\"), dengan bacaan yang paling mungkin; di baris total diberikan jumlah rinciannya bila berbeda (JUMLAH yang tidak terbaca dilaporkan sekali oleh aturan jumlah bila aturan itu aktif). Kode dan tanggal di kolom lain tidak pernah dibaca sebagai angka.",
      en: "Text in a number column of a recognised table (or any text starting \"Rp\") whose separators fit no convention (\"Rp 750.000,00,00\", \"577.255.000.00\"), with the parser's likely reading; in a total row the items' sum is given instead when it differs (an unreadable JUMLAH is reported once, by the total rule, while it runs). Codes and dates in other columns are never read as numbers.",
    },
    why: {
      id: "Angka salah format tidak ikut dijumlah Excel dan dapat dibaca dua cara; tak seorang pun boleh menebaknya diam-diam.",
      en: "A malformed figure is skipped by Excel's sums and reads two ways; nobody should guess it silently.",
    },
    fix: {
      id: "Ketik ulang angka itu sebagai angka, bukan teks.",
      en: "Type the figure again as a number, not as text.",
    },
    regulation: {
      id: "Tidak ada aturan khusus: angka laporan kinerja harus dapat dihitung ulang (PermenPANRB 53/2014); Excel berbahasa Indonesia menulis 1.234.567,89",
      en: "No specific regulation: the figures of a performance report must recompute (PermenPANRB 53/2014); Indonesian Excel writes 1.234.567,89",
    },
  },
  checkWorkbook(ctx) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    const totalsOn = ctx.defersTo("SAKIP-TOTAL-001");
    const report = (sheet: string, c: Cell, p: ParsedNumber, sum?: number, where = "") => {
      const k = `${sheet}!${c.row}!${c.col}`;
      if (seen.has(k)) return;
      seen.add(k);
      const likely = likelyText(p);
      const sumText = sum !== undefined ? formatRupiah(sum) : undefined;
      // A total whose likely reading differs from its items' sum: the sum is the better guess.
      const useSum = sumText !== undefined && (p.likely == null || Math.abs(p.likely - sum!) > 0.005);
      const actual = cellText(c);
      out.push({
        sheet, cell: a1(c.row, c.col),
        params: { actual, expected: (useSum ? sumText : likely) ?? "", note: p.note ?? "", sum: sumText ?? "" },
        expected: (useSum ? sumText : likely) ?? null,
        actual,
        difference: null,
        variant: useSum ? "total" : likely ? "default" : "unknown",
        key: `${where}|${actual}`,
      });
    };
    for (const t of ctx.recognized.tables) {
      const s = sheetByName(ctx.workbook, t.sheet);
      if (!s) continue;
      const g = gridOf(s);
      const moneyCols = new Set(colsWith(t, ...MONEY_ROLES));
      for (const col of colsWith(t, ...NUMERIC_ROLES)) {
        for (const r of t.rows) {
          const c = g.get(r.row, col);
          if (!c || typeof c.value !== "string") continue;
          const p = parseNumber(c.value, moneyCols.has(col) ? { expect: "money" } : {});
          if (!p.malformed) continue;
          // An unreadable JUMLAH/TOTAL amount is reported once, by SAKIP-TOTAL-001 (with its items' sum), when it runs.
          if ((r.kind === "total" || r.kind === "subtotal") && moneyCols.has(col) && totalsOn && t.rows.some((x) => x.kind === "item")) {
            seen.add(`${t.sheet}!${c.row}!${c.col}`);
            continue;
          }
          let sum: number | undefined;
          if (r.kind === "total" && moneyCols.has(col) && !t.rows.some((x) => x.kind === "group")) {
            const items = t.rows.filter((x) => x.kind === "item").map((x) => g.get(x.row, col)?.value ?? null);
            const { sen, skipped } = sumSen(items.filter((v) => v !== null));
            if (items.length && !skipped) sum = senToRupiah(sen);
          }
          report(t.sheet, c, p, sum, `${tableAnchor(g, t)}|${rowLabel(g, t, r)}|${t.columns.find((x) => x.col === col)?.header ?? ""}`);
        }
      }
    }
    // Outside tables: only text that says it is money.
    for (const s of ctx.workbook.sheets) {
      for (const c of s.cells) {
        if (typeof c.value !== "string" || !/^\s*rp/i.test(c.value)) continue;
        const p = parseNumber(c.value, { expect: "money" });
        if (p.malformed && p.kind === "money") report(s.name, c, p);
      }
    }
    return out;
  },
};
