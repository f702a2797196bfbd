// SAKIP-NUM-002: one column that writes numbers in both conventions ("Rp 197,951,250.00" beside
// "Rp 6.241.465.000,00"). Only unambiguous text counts (numbers stored as numbers have no convention).
// One finding per column, at the cells in the minority convention.
import type { Rule, FindingDraft } from "../rule";
import { a1, cellText } from "../../tables/cells";
import { parseNumber } from "../../numbers/parse";
import { colsWith, NUMERIC_ROLES, columnName } from "../kit/columns";

export const CODE = "SAKIP-NUM-002";

const NAME = { id: "Indonesia (1.234.567,89)", en: "Inggris (1,234,567.89)" } as const;

export const rule: Rule = {
  code: CODE,
  slug: "mixed-convention",
  family: "numbers",
  title: { id: "Dua format angka dalam satu kolom", en: "Two number conventions in one column" },
  severity: "warning",
  messages: {
    default: {
      id: "Kolom \"{kolom}\" memakai dua format angka: {nMayor} sel format {mayor} (mis. \"{contohMayor}\") dan {nMinor} sel format {minor} (mis. \"{contohMinor}\").",
      en: "Column \"{kolom}\" mixes number conventions: {nMayor} cells like \"{contohMayor}\" and {nMinor} like \"{contohMinor}\".",
      suggestion: { id: "Samakan formatnya (Excel berbahasa Indonesia: 1.234.567,89), sebaiknya dengan mengetik angka sebagai angka, bukan teks.", en: "Use one convention (Indonesian Excel: 1.234.567,89), best by typing the figures as numbers, not text." },
    },
  },
  help: {
    checks: {
      id: "Satu temuan per kolom yang menulis angka dengan dua cara (\"Rp 197,951,250.00\" dan \"Rp 6.241.465.000,00\"); hanya teks yang tidak ambigu yang dihitung (\"1.000\" saja tidak menentukan; sel angka tidak punya konvensi). Temuan ada di sel pertama konvensi minoritas.",
      en: "One finding per column that writes numbers both ways (\"Rp 197,951,250.00\" and \"Rp 6.241.465.000,00\"); only unambiguous text counts (\"1.000\" alone decides nothing; number cells have no convention). The finding sits on the first cell of the minority convention.",
    },
    why: {
      id: "Dua konvensi dalam satu kolom berarti sebagian angka ditempel dari sumber lain; \"1.000\" bisa berarti seribu atau satu.",
      en: "Two conventions in one column mean some figures were pasted from another source; \"1.000\" may mean a thousand or one.",
    },
    fix: {
      id: "Samakan formatnya, sebaiknya dengan mengetik angka sebagai angka.",
      en: "Use one convention, best by typing the figures as numbers.",
    },
    regulation: {
      id: "Tidak ada aturan khusus: angka laporan kinerja harus dapat dihitung ulang (PermenPANRB 53/2014); Excel berbahasa Indonesia menulis 1.234.567,89",
      en: "No specific regulation: the figures of a performance report must recompute (PermenPANRB 53/2014); Indonesian Excel writes 1.234.567,89",
    },
  },
  checkTable(t, g, ctx) {
    const out: FindingDraft[] = [];
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
    return out;
  },
};
