// SAKIP-MERIT-003: merit aspect weights (BOBOT) that do not add up to 100%.
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { formatNumberId } from "../../numbers/money";
import { colsWith } from "../kit/columns";
import { cellShown } from "../../numbers/cell";
import { aspectRows, totalRows, weightPoints, namesAspects } from "./common";

export const CODE = "SAKIP-MERIT-003";

export const rule: Rule = {
  code: CODE,
  slug: "merit-weights",
  family: "merit",
  title: { id: "Bobot aspek sistem merit tidak berjumlah 100%", en: "Merit aspect weights do not add up to 100%" },
  severity: "error",
  messages: {
    default: {
      id: "Bobot {count} aspek sistem merit berjumlah {actual}, seharusnya 100%.",
      en: "The weights of the {count} merit aspects add up to {actual}, not 100%.",
      suggestion: { id: "Periksa bobot tiap aspek (preset IKU: 10/10/30/10/20/10/4/6) agar jumlahnya 100%.", en: "Check each aspect's weight (IKU preset: 10/10/30/10/20/10/4/6) so that they add up to 100%." },
    },
  },
  help: {
    checks: {
      id: "BOBOT 8 aspek sistem merit (baris yang menyebut paling sedikit 6 aspek KASN yang berbeda, atau baris kelompok tabel aspek / sub-aspek) yang tidak berjumlah 100; angka di bawah tabel bukan bobot.",
      en: "The BOBOT of the 8 merit aspects (rows naming at least 6 distinct KASN aspects, or the group rows of an aspect / sub-aspect table) not adding up to 100; figures typed under the table are not weights.",
    },
    why: {
      id: "Bobot yang tidak berjumlah 100% membuat nilai total tidak sebanding dengan rentang kategori KASN.",
      en: "Weights that do not add up to 100% make the total incomparable with KASN's category bands.",
    },
    fix: {
      id: "Perbaiki bobot tiap aspek agar berjumlah 100% (preset IKU 10/10/30/10/20/10/4/6).",
      en: "Correct each aspect's weight so that they add up to 100% (IKU preset 10/10/30/10/20/10/4/6).",
    },
    regulation: {
      id: "PermenPANRB 40/2018 tentang Pedoman Sistem Merit; pedoman penilaian mandiri Sistem Merit KASN",
      en: "PermenPANRB 40/2018 on the merit system; KASN's merit self-assessment guidelines",
    },
  },
  tables: ["merit"],
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const bc = colsWith(t, "bobot")[0];
    if (bc === undefined) return out;
    let rows = aspectRows(grid, t).filter((a) => a.bobot);
    // With aspect (group) and sub-aspect (item) rows, the aspects' weights are the ones that add to 100.
    const groups = rows.filter((a) => a.row.kind === "group");
    if (groups.length >= 2) rows = groups;
    // Only the 8 aspects' weights must add to 100 (sub-aspect weights add up within their aspect; figures
    // typed under the table are not weights).
    if (!namesAspects(rows)) return out;
    const sum = Number(rows.reduce((s, a) => s + weightPoints(a.bobot!), 0).toPrecision(12));
    if (Math.abs(sum - 100) < 0.005) return out;
    const totalRow = totalRows(grid, t).find((r) => cellShown(grid.get(r.row, bc)));
    const first = rows[0].row.row;
    const last = rows[rows.length - 1].row.row;
    const cell = totalRow ? a1(totalRow.row, bc) : `${a1(first, bc)}:${a1(last, bc)}`;
    const actual = formatNumberId(sum, sum % 1 ? 2 : 0) + "%";
    out.push({
      sheet: t.sheet,
      cell,
      related: totalRow ? [{ sheet: t.sheet, cell: `${a1(first, bc)}:${a1(last, bc)}` }] : [],
      params: { count: rows.length, actual },
      expected: "100%",
      actual,
      difference: Number(((100 - sum) / 100).toPrecision(12)),
      key: `bobot|${rows.map((a) => a.bobot!.text).join("/")}`,
    });
    return out;
  },
};
