// SAKIP-CONFLICT-002: the same indicator with a different target (or unit) on two sheets
// (e.g. "Jumlah peserta diklat teknis dan fungsional": 263 ASN in the PK, 233 ASN in the measurement table).
import type { FindingDraft, Rule, RuleContext } from "../rule";
import { a1, cellText, gridOf, sheetByName } from "../../tables/cells";
import { normName } from "../../tables/normalize";
import { short } from "../kit/labels";
import { supersededSheets } from "../../tables/hierarchy";
import { parseNumber } from "../../numbers/parse";
import { SOURCES } from "../kit/sources";

export const CODE = "SAKIP-CONFLICT-002";

interface Target {
  sheet: string;
  cell: string;
  indicator: string;
  key: string;
  value: number;
  percent: boolean;
  unit: string;
  text: string;
}

const UNIT_VARIANTS: Array<[RegExp, string]> = [[/\bmanmin\b/g, "mamin"], [/\bperdin\b/g, "perjalanan dinas"], [/\bbh\b/g, "buah"]];
function normUnit(u: string): string {
  let s = normName(u);
  for (const [re, to] of UNIT_VARIANTS) s = s.replace(re, to);
  return s.replace(/s$/, "");
}

/** Targets of every indicator row (indicator and measurement tables). */
function yearsOf(header: string): number[] {
  return [...header.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => parseInt(m[1], 10));
}

/** The year a target column is for: the header context's year ("2026" under "Target Kinerja"), else the years its
 *  header text names. */
function yearsOfColumn(c: { year?: number; header: string }): number[] {
  return c.year !== undefined ? [c.year] : yearsOf(c.header);
}

export function indicatorTargets(ctx: RuleContext): Target[] {
  const out: Target[] = [];
  // The year targets are compared for: the PKs' year, else the year most TARGET headers name.
  let mainYears = new Set(ctx.recognized.pkHeaders.map((h) => h.year).filter((y): y is number => !!y));
  if (!mainYears.size) {
    const count = new Map<number, number>();
    for (const t of ctx.recognized.tables) for (const c of t.columns) if (c.role === "target") for (const y of yearsOfColumn(c)) count.set(y, (count.get(y) ?? 0) + 1);
    const best = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) mainYears = new Set([best[0]]);
  }
  for (const t of ctx.recognized.tables) {
    // Each INDIKATOR column with the first TARGET column right of it (an RKT has one pair per level).
    const cols = [...t.columns].sort((a, b) => a.col - b.col);
    const pairs: Array<{ ind: number; tgt: number }> = [];
    cols.forEach((c, i) => {
      if (c.role !== "indikator") return;
      for (let j = i + 1; j < cols.length && cols[j].role !== "indikator"; j++) if (cols[j].role === "target") { pairs.push({ ind: c.col, tgt: cols[j].col }); break; }
    });
    // A target of another year than the PKs' (Renstra columns 2023..2026, "TARGET TAHUN 2021") is not compared.
    for (let i = pairs.length - 1; i >= 0; i--) {
      const tc = t.columns.find((c) => c.col === pairs[i].tgt);
      const years = tc ? yearsOfColumn(tc) : [];
      if (years.length && mainYears.size && !years.some((y) => mainYears.has(y))) pairs.splice(i, 1);
    }
    if (!pairs.length) continue;
    const sheet = sheetByName(ctx.workbook, t.sheet);
    if (!sheet) continue;
    const g = gridOf(sheet);
    for (const { ind: indCol, tgt: tgtCol } of pairs) for (const r of t.rows) {
      const ind = { col: indCol };
      const tgt = { col: tgtCol };
      // A Program or Kegiatan heading with its own indicator (a Renstra or Renja row) is an indicator row too.
      if (r.kind !== "item" && r.kind !== "group") continue;
      const name = g.text(r.row, ind.col).replace(/^\s*(?:-|\d+\.)\s*/, "");
      const cell = g.get(r.row, tgt.col);
      if (!name || !cell) continue;
      let value: number | null = null;
      let percent = false;
      let unit = "";
      if (cell.type === "number" && typeof cell.value === "number") {
        value = cell.value;
        percent = /%/.test(cell.numberFormat ?? "");
      } else if (typeof cell.value === "string") {
        const p = parseNumber(cell.value);
        if (p.malformed || p.value === null || p.alternatives) continue;
        value = p.value;
        percent = p.kind === "percent";
        unit = p.unit ?? "";
      }
      if (value === null) continue;
      const key = normName(name);
      if (key.split(" ").length < 3) continue; // too generic to be the same indicator
      out.push({ sheet: t.sheet, cell: a1(r.row, tgt.col), indicator: name, key, value, percent, unit: normUnit(unit), text: cellText(cell) });
    }
  }
  return out;
}

function sameValue(a: Target, b: Target): boolean {
  if (a.percent === b.percent) return Math.abs(a.value - b.value) < 1e-9 * Math.max(1, Math.abs(a.value));
  // 100% beside a plain 100: the same target written two ways.
  const p = a.percent ? a : b;
  const n = a.percent ? b : a;
  return Math.abs(p.value * 100 - n.value) < 1e-7 || Math.abs(p.value - n.value) < 1e-9;
}

export const rule: Rule = {
  code: CODE,
  slug: "target-conflict",
  family: "conflicts",
  title: { id: "Target indikator yang sama berbeda antar-lembar", en: "Same indicator with different targets on two sheets" },
  severity: "warning",
  messages: {
    default: {
      id: "Target indikator \"{item}\" di lembar ini {actual}{also}, sedangkan di {others} {expected}.",
      en: "The target of indicator \"{item}\" here is {actual}, while {others} states {expected}.",
      suggestion: { id: "Samakan target \"{item}\" dengan Perjanjian Kinerja yang berlaku.", en: "Make the target of \"{item}\" the same as in the Perjanjian Kinerja in force." },
    },
    unit: {
      id: "Satuan target indikator \"{item}\" di lembar ini \"{actual}\"{also}, sedangkan di {others} \"{expected}\".",
      en: "The unit of indicator \"{item}\" here is \"{actual}\", while {others} states \"{expected}\".",
      suggestion: { id: "Gunakan satuan yang sama untuk \"{item}\" di semua lembar.", en: "Use the same unit for \"{item}\" on every sheet." },
    },
  },
  help: {
    checks: {
      id: "Indikator yang sama (nama dinormalkan, paling sedikit tiga kata) di beberapa lembar dengan target berbeda (acuan dipilih seperti pada konflik anggaran); varian satuan bila angkanya sama tetapi satuannya berbeda. Setiap kolom INDIKATOR dipasangkan dengan kolom TARGET di kanannya; \"100%\" dan sel 100% adalah target yang sama. Kolom target tahun lain (Renstra 2026 ... 2029) tidak dibandingkan: target Renstra tahun N bertemu target tahun berjalan Renja / formulir evaluasi, PK dan tabel pengukuran tahun N; baris Program / Kegiatan dengan indikatornya sendiri ikut dibandingkan.",
      en: "The same indicator (normalised name of at least three words) on several sheets with a different target (reference chosen as for amount conflicts); variant unit when the number agrees but the unit words differ. Every INDIKATOR column is paired with the TARGET column right of it; \"100%\" and a 100% cell are the same target. Target columns of other years (a Renstra's 2026 ... 2029) are not compared: a Renstra's target for year N meets the Renja / evaluation form's target for the current year, the PK and the measurement tables of year N; Program / Kegiatan headings with their own indicator count too.",
    },
    why: {
      id: "Target yang diperjanjikan di PK harus sama dengan target di Renstra, Renja dan tabel pengukuran; bila berbeda, capaian dihitung terhadap target yang salah.",
      en: "The target agreed in the PK must be the one in the Renstra, the Renja and the measurement table; otherwise achievement is computed against the wrong target.",
    },
    fix: {
      id: "Samakan target dan satuannya dengan Perjanjian Kinerja yang berlaku.",
      en: "Make the target and its unit the same as in the Perjanjian Kinerja in force.",
    },
    regulation: SOURCES.performanceAgreement,
  },
  checkWorkbook(ctx) {
    const skip = supersededSheets(ctx.workbook, ctx.recognized);
    const pkSheets = new Set(ctx.recognized.pkHeaders.map((h) => h.sheet));
    const order = new Map(ctx.workbook.sheets.map((s, i) => [s.name, i]));
    const byKey = new Map<string, Map<string, Target[]>>();
    for (const x of indicatorTargets(ctx)) {
      if (skip.has(x.sheet)) continue;
      let m = byKey.get(x.key);
      if (!m) byKey.set(x.key, (m = new Map()));
      let a = m.get(x.sheet);
      if (!a) m.set(x.sheet, (a = []));
      a.push(x);
    }
    const out: FindingDraft[] = [];
    for (const [key, bySheet] of byKey) {
      if (bySheet.size < 2) continue;
      const per: Target[] = [];
      for (const list of bySheet.values()) if (list.every((x) => sameValue(x, list[0]) && x.unit === list[0].unit)) per.push(list[0]);
      if (per.length < 2) continue;
      // Group by value; the value most sheets agree on (earliest sheet on a tie) is the reference.
      const groups: Target[][] = [];
      for (const x of per) {
        const g = groups.find((gr) => sameValue(gr[0], x));
        if (g) g.push(x);
        else groups.push([x]);
      }
      const first = (gr: Target[]) => Math.min(...gr.map((x) => order.get(x.sheet) ?? 0));
      // Reference: the value most sheets agree on (the fewest cells to correct); on a tie, the one a signed PK
      // states; then the earliest sheet.
      const withPk = (gr: Target[]) => (gr.some((x) => pkSheets.has(x.sheet)) ? 1 : 0);
      groups.sort((a, b) => b.length - a.length || withPk(b) - withPk(a) || first(a) - first(b));
      const ref = groups[0];
      const others = (gr: Target[]) => gr.map((x) => `lembar "${x.sheet}" (${x.cell})`).join(", ");
      // One finding per differing value, at its first cell; the same value elsewhere and the reference are related.
      for (const gr of groups.slice(1)) {
        const [x, ...same] = gr;
        out.push({
          sheet: x.sheet, cell: x.cell, related: [...same, ...ref].map((y) => ({ sheet: y.sheet, cell: y.cell })),
          params: { item: short(x.indicator), actual: x.text, expected: ref[0].text, others: others(ref), also: also(same) },
          expected: ref[0].text, actual: x.text,
          difference: ref[0].percent === x.percent ? round(ref[0].value - x.value) : null,
          key: `${key}|${x.value}|${ref[0].value}`,
        });
      }
      // Same value, different unit words (both stated): one finding per odd unit.
      const withUnit = ref.filter((x) => x.unit);
      if (withUnit.length >= 2) {
        const units = new Map<string, Target[]>();
        for (const x of withUnit) { const a = units.get(x.unit) ?? []; a.push(x); units.set(x.unit, a); }
        if (units.size > 1) {
          const ranked = [...units.values()].sort((a, b) => b.length - a.length || first(a) - first(b));
          for (const gr of ranked.slice(1)) {
            const [x, ...same] = gr;
            out.push({
              sheet: x.sheet, cell: x.cell, related: [...same, ...ranked[0]].map((y) => ({ sheet: y.sheet, cell: y.cell })), variant: "unit",
              params: { item: short(x.indicator), actual: x.text, expected: ranked[0][0].text, others: others(ranked[0]), also: also(same) },
              expected: ranked[0][0].text, actual: x.text, difference: null, key: `${key}|unit|${x.unit}|${ranked[0][0].unit}`,
            });
          }
        }
      }
    }
    return out;
  },
};

function also(same: Target[]): string {
  return same.length ? ` (sama seperti ${same.map((y) => `lembar "${y.sheet}" (${y.cell})`).join(", ")})` : "";
}

function round(v: number): number {
  return Number(v.toPrecision(12));
}
