// SAKIP-MERIT-004: an aspect value above its maximum (4 x its weight: the stated BOBOT, else the weight preset of
// settings.meritWeightPreset matched by aspect name; or a stated NILAI MAKSIMAL), and a score outside 1..4.
import type { Rule, FindingDraft } from "../rule";
import { a1 } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { formatNumberId } from "../../numbers/money";
import { colsWith } from "../kit/columns";
import { short } from "../kit/labels";
import { aspectRows, aspectIndex, weightPoints, namesAspects, PRESETS, ASPECTS } from "./common";

export const CODE = "SAKIP-MERIT-004";

export const rule: Rule = {
  code: CODE,
  slug: "merit-aspect-max",
  family: "merit",
  title: { id: "Nilai aspek sistem merit melebihi maksimum", en: "Merit aspect value above its maximum" },
  severity: "error",
  messages: {
    default: {
      id: "Nilai aspek \"{aspek}\" tertulis {actual}, melebihi nilai maksimum {expected} ({dasar}).",
      en: "The value of aspect \"{aspek}\" is {actual}, above its maximum {expected} ({dasar}).",
      suggestion: { id: "Periksa nilai aspek ini atau bobotnya; nilai aspek paling tinggi 4 x bobot.", en: "Check this aspect's value or its weight; an aspect's value is at most 4 x its weight." },
    },
    skor: {
      id: "Skor aspek \"{aspek}\" tertulis {actual}; skor sistem merit harus 1 sampai 4.",
      en: "The score of aspect \"{aspek}\" is {actual}; merit scores range from 1 to 4.",
      suggestion: { id: "Perbaiki skor ini (1 Kurang, 2 Cukup, 3 Baik, 4 Sangat Baik).", en: "Correct this score (1 Kurang, 2 Cukup, 3 Baik, 4 Sangat Baik)." },
    },
  },
  help: {
    checks: {
      id: "NILAI aspek di atas NILAI MAKSIMAL-nya, atau di atas 4 x BOBOT-nya, atau (baris yang menyebut aspek, nilai berjumlah 100..400) di atas 4 x bobot preset pengaturan (\"iku\" 10/10/30/10/20/10/4/6, bawaan; atau \"teks\" 20/10/25/10/15/10/5/5). Varian skor: SKOR di luar 1..4.",
      en: "An aspect's NILAI above its NILAI MAKSIMAL, else above 4 x its BOBOT, else (rows naming the aspects, values adding to 100..400) above 4 x the weight of the settings' preset (\"iku\" 10/10/30/10/20/10/4/6, the default, or \"teks\" 20/10/25/10/15/10/5/5). Variant skor: a SKOR outside 1..4.",
    },
    why: {
      id: "Skor setiap aspek paling tinggi 4; nilai di atas 4 x bobot berarti skor atau bobotnya salah.",
      en: "Each aspect scores at most 4; a value above 4 x its weight means the score or the weight is wrong.",
    },
    fix: {
      id: "Periksa skor (1..4) dan bobot aspek ini.",
      en: "Check this aspect's score (1..4) and weight.",
    },
    regulation: {
      id: "PermenPANRB 40/2018 tentang Pedoman Sistem Merit; pedoman penilaian mandiri Sistem Merit KASN",
      en: "PermenPANRB 40/2018 on the merit system; KASN's merit self-assessment guidelines",
    },
  },
  tables: ["merit"],
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const preset = PRESETS[ctx.settings.meritWeightPreset] ?? PRESETS.iku;
    const nc = colsWith(t, "nilai")[0];
    const sc = colsWith(t, "skor")[0];
    const rows = aspectRows(grid, t);
    // Preset weights apply to the 8 aspects only: every row must name a distinct aspect.
    const idx = rows.map((a) => aspectIndex(a.label));
    // ... and the values must be weighted aspect values (adding up to a 100..400 merit score), not 0-100 grades.
    const sum = rows.reduce((s, a) => s + (a.nilai && !a.nilai.percent ? a.nilai.value : 0), 0);
    const presetUsable = namesAspects(rows) && sum >= 100 && sum <= 400;
    for (let i = 0; i < rows.length; i++) {
      const a = rows[i];
      if (a.skor && sc !== undefined && (a.skor.value < 1 || a.skor.value > 4)) {
        out.push({
          sheet: t.sheet, cell: a1(a.row.row, sc),
          params: { aspek: short(a.label), actual: a.skor.text },
          expected: "1-4", actual: a.skor.text, difference: null, variant: "skor",
          key: `skor|${normName(a.label)}|${a.skor.text}`,
        });
        continue;
      }
      if (!a.nilai || nc === undefined) continue;
      let max: number | undefined;
      let dasar = "";
      if (a.maks) { max = a.maks.value; dasar = "nilai maksimal tertulis"; }
      else if (a.bobot) { max = 4 * weightPoints(a.bobot); dasar = `4 x bobot ${a.bobot.text}`; }
      else if (presetUsable) {
        const w = preset[idx[i]!];
        max = 4 * w;
        dasar = `4 x bobot ${w}% aspek ${ASPECTS[idx[i]!].name}, preset ${ctx.settings.meritWeightPreset}`;
      }
      if (max === undefined || a.nilai.value <= max + 1e-9) continue;
      const expected = formatNumberId(max, max % 1 ? 2 : 0);
      out.push({
        sheet: t.sheet, cell: a1(a.row.row, nc),
        params: { aspek: short(a.label), actual: a.nilai.text, expected, dasar },
        expected, actual: a.nilai.text, difference: Number((max - a.nilai.value).toPrecision(12)),
        key: `max|${normName(a.label)}|${a.nilai.text}|${expected}`,
      });
    }
    return out;
  },
};
