// SAKIP-NUM-002: one column that writes numbers in both conventions ("Rp 197,951,250.00" beside
// "Rp 6.241.465.000,00"). Only unambiguous text counts (numbers stored as numbers have no convention).
// One finding per column, at the cells in the minority convention.
import type { Rule, FindingDraft } from "../rule";
import { gridOf, sheetByName, a1, cellText } from "../../tables/cells";
import { parseNumber } from "../../numbers/parse";
import { colsWith } from "../derived/common";
import { NUMERIC_ROLES, columnName } from "./common";

export const CODE = "SAKIP-NUM-002";

const NAME = { id: "Indonesia (1.234.567,89)", en: "Inggris (1,234,567.89)" } as const;

export const rule: Rule = {
  code: CODE,
  title: { id: "Dua format angka dalam satu kolom", en: "Two number conventions in one column" },
  severity: "warning",
  messages: {
    default: {
      id: "Kolom \"{kolom}\" memakai dua format angka: {nMayor} sel format {mayor} (mis. \"{contohMayor}\") dan {nMinor} sel format {minor} (mis. \"{contohMinor}\").",
      en: "Column \"{kolom}\" mixes number conventions: {nMayor} cells like \"{contohMayor}\" and {nMinor} like \"{contohMinor}\".",
      suggestion: "Samakan formatnya (Excel berbahasa Indonesia: 1.234.567,89), sebaiknya dengan mengetik angka sebagai angka, bukan teks.",
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const t of ctx.recognized.tables) {
      const s = sheetByName(ctx.workbook, t.sheet);
      if (!s) continue;
      const g = gridOf(s);
      for (const col of colsWith(t, ...NUMERIC_ROLES)) {
        const by: Record<"id" | "en", Array<{ row: number; text: string }>> = { id: [], en: [] };
        for (const r of t.rows) {
          const c = g.get(r.row, col);
          if (!c || typeof c.value !== "string") continue;
          // No hint: "1.000" alone stays ambiguous and is no evidence either way.
          const p = parseNumber(c.value);
          if (p.malformed || p.value === null) continue;
          if (p.convention === "id" || p.convention === "en") by[p.convention].push({ row: r.row, text: cellText(c) });
        }
        if (!by.id.length || !by.en.length) continue;
        const [maj, min] = by.id.length >= by.en.length ? (["id", "en"] as const) : (["en", "id"] as const);
        const header = t.columns.find((c) => c.col === col);
        out.push({
          sheet: t.sheet,
          cell: a1(by[min][0].row, col),
          related: [...by[min].slice(1), by[maj][0]].map((x) => ({ sheet: t.sheet, cell: a1(x.row, col) })),
          params: {
            kolom: columnName(header?.header ?? "", header?.role ?? ""),
            nMayor: by[maj].length, mayor: NAME[maj], contohMayor: by[maj][0].text,
            nMinor: by[min].length, minor: NAME[min], contohMinor: by[min][0].text,
          },
          expected: null,
          actual: by[min][0].text,
          difference: null,
          key: `${header?.header ?? col}|${by[maj][0].text}|${by[min].map((x) => x.text).join("/")}`,
        });
      }
    }
    return out;
  },
};
