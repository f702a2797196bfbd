// What a validation covered, for every presenter: the tables recognised (kind, range, columns understood) and the
// sheets or blocks of figures that were not checked, with the reason. A report with no finding says "no finding"
// only beside this, never "everything is consistent" when a sheet with figures was not checked.
import { uncheckedSheets, type Coverage, type CoveredTable, type SheetCoverage } from "../core/coverage";
import type { ColumnRole, TableKind } from "../core/tables/table";

export type CoverageLanguage = "id" | "en";

const KIND_LABEL: Record<CoverageLanguage, Record<TableKind | string, string>> = {
  id: {
    indicator: "indikator kinerja", budget: "anggaran", measurement: "pengukuran kinerja", efficiency: "efisiensi",
    skm: "survei kepuasan (SKM)", merit: "sistem merit", staff: "daftar pegawai", list: "daftar/nomenklatur",
  },
  en: {
    indicator: "performance indicators", budget: "budget", measurement: "performance measurement", efficiency: "efficiency",
    skm: "satisfaction survey (SKM)", merit: "merit system", staff: "staff list", list: "list/nomenclature",
  },
};

const ROLE_LABEL: Partial<Record<ColumnRole, [string, string]>> = {
  no: ["no", "no"], sasaran: ["sasaran", "objective"], indikator: ["indikator", "indicator"], target: ["target", "target"],
  satuan: ["satuan", "unit"], polaritas: ["polaritas", "polarity"], program: ["program", "programme"], kegiatan: ["kegiatan", "activity"],
  subkegiatan: ["sub kegiatan", "sub-activity"], uraian: ["uraian", "item"], kode: ["kode", "code"], anggaran: ["anggaran", "budget"],
  ket: ["keterangan", "note"], realisasi: ["realisasi", "realisation"], capaian: ["capaian", "achievement"], pagu: ["pagu", "ceiling"],
  realisasi_anggaran: ["realisasi anggaran", "budget realisation"], capaian_anggaran: ["capaian anggaran", "budget achievement"],
  serapan: ["serapan", "absorption"], sisa: ["sisa", "remainder"], efisiensi: ["efisiensi", "efficiency"],
  capaian_kinerja: ["capaian kinerja", "performance achievement"], share: ["proporsi", "share"], unsur: ["unsur", "element"],
  jumlah_nilai: ["jumlah nilai", "sum of scores"], responden: ["responden", "respondents"], nrr: ["NRR", "NRR"],
  nrr_tertimbang: ["NRR tertimbang", "weighted NRR"], ikm: ["IKM", "IKM"], mutu: ["mutu", "grade"], jawaban: ["jawaban", "answer"],
  aspek: ["aspek", "aspect"], bobot: ["bobot", "weight"], skor: ["skor", "score"], nilai: ["nilai", "value"],
  nilai_maks: ["nilai maksimal", "maximum"], kategori: ["kategori", "category"], nama: ["nama", "name"], nip: ["NIP", "NIP"],
  jabatan: ["jabatan", "position"], pangkat: ["pangkat", "rank"],
};

const SOURCE_LABEL: Record<CoverageLanguage, Record<string, string>> = {
  id: { code: "kode", label: "label Program/Kegiatan", numbering: "penomoran", indent: "indentasi/huruf tebal", formula: "rumus SUM", mapping: "pemetaan pengguna", none: "" },
  en: { code: "codes", label: "Program/Kegiatan labels", numbering: "numbering", indent: "indentation/bold", formula: "SUM formulas", mapping: "user mapping", none: "" },
};

const MAX_COLUMNS_LISTED = 12;
const MAX_TABLES_LISTED = 20;

export function kindLabel(kind: string, lang: CoverageLanguage = "id"): string {
  return KIND_LABEL[lang][kind] ?? kind;
}

export function roleLabel(role: ColumnRole, lang: CoverageLanguage = "id"): string {
  return ROLE_LABEL[role]?.[lang === "en" ? 1 : 0] ?? (lang === "en" ? "other" : "lainnya");
}

/** "target 2026 (K)" / "pagu TW II (Rp)": a column's role with the context its header path gives. */
export function columnLabel(c: CoveredTable["columns"][number], lang: CoverageLanguage = "id"): string {
  const parts = [roleLabel(c.role, lang)];
  if (c.year) parts.push(String(c.year));
  if (c.quarter) parts.push(`TW ${["I", "II", "III", "IV"][c.quarter - 1]}`);
  if (c.aggregate) parts.push(c.aggregate === "jumlah" ? (lang === "en" ? "total" : "jumlah") : (lang === "en" ? "end of period" : "akhir periode"));
  let s = parts.join(" ");
  if (c.measure && !/anggaran|pagu|budget|ceiling/.test(s)) s += ` (${c.measure})`;
  if (c.scale && c.scale > 1) s += lang === "en" ? ` x${c.scale.toLocaleString("en")}` : ` x${c.scale.toLocaleString("id-ID")}`;
  return s;
}

/** Short description of one table: "pengukuran kinerja A5:R20 (14 baris; kolom: no, target (K) ...)". */
export function tableLine(t: CoveredTable, lang: CoverageLanguage = "id"): string {
  const known = t.columns.filter((c) => c.role !== "other");
  const cols = known.slice(0, MAX_COLUMNS_LISTED).map((c) => columnLabel(c, lang));
  const more = known.length > MAX_COLUMNS_LISTED ? (lang === "en" ? ` and ${known.length - MAX_COLUMNS_LISTED} more` : ` dan ${known.length - MAX_COLUMNS_LISTED} lainnya`) : "";
  const src = SOURCE_LABEL[lang][t.hierarchySource] ?? "";
  const extras: string[] = [];
  if (src) extras.push(lang === "en" ? `hierarchy from ${src}` : `hierarki dari ${src}`);
  if (t.declared?.length) extras.push((lang === "en" ? "declared: " : "dinyatakan: ") + t.declared.slice(0, 4).map((d) => d.text).join("; ") + (t.declared.length > 4 ? " …" : ""));
  if (t.mapped) extras.push(lang === "en" ? "mapped by the user" : "dipetakan pengguna");
  const rows = lang === "en" ? `${t.rowCount} row${t.rowCount === 1 ? "" : "s"}` : `${t.rowCount} baris`;
  const colWord = lang === "en" ? "columns" : "kolom";
  return `${kindLabel(t.kind, lang)} ${t.range} (${rows}; ${colWord}: ${cols.join(", ")}${more}${extras.length ? "; " + extras.join("; ") : ""})`;
}

function sheetStatusText(s: SheetCoverage, lang: CoverageLanguage): string {
  const id = { checked: "diperiksa", partial: "sebagian diperiksa", unchecked: "tidak dapat diperiksa", empty: "tidak ada angka untuk diperiksa" };
  const en = { checked: "checked", partial: "partly checked", unchecked: "could not be checked", empty: "no figures to check" };
  return (lang === "en" ? en : id)[s.status];
}

/** Counts for the summary. */
export function coverageCounts(c: Coverage): { tables: number; unchecked: SheetCoverage[]; sheetsWithTables: number } {
  return {
    tables: c.sheets.reduce((n, s) => n + s.tables.length, 0),
    unchecked: uncheckedSheets(c),
    sheetsWithTables: c.sheets.filter((s) => s.tables.length).length,
  };
}

const quoteList = (names: string[], lang: CoverageLanguage) => {
  const shown = names.slice(0, 5).map((n) => `"${n}"`).join(", ");
  return names.length > 5 ? shown + (lang === "en" ? ` and ${names.length - 5} more` : ` dan ${names.length - 5} lainnya`) : shown;
};

/**
 * The sentence that replaces "no findings: every table is consistent" when the coverage says it would be false:
 * no table recognised at all, or sheets with figures left unchecked. Null when the plain sentence is true.
 */
export function noFindingsLine(c: Coverage, lang: CoverageLanguage = "id"): string | null {
  const { tables, unchecked } = coverageCounts(c);
  const names = unchecked.map((s) => s.sheet);
  if (tables === 0) {
    return lang === "en"
      ? `No findings, but no table was recognised: nothing was checked${names.length ? ` (${names.length} sheet${names.length === 1 ? "" : "s"} with figures could not be checked: ${quoteList(names, lang)})` : ""}.`
      : `Tidak ada temuan, tetapi tidak ada tabel yang dikenali: tidak ada yang diperiksa${names.length ? ` (${names.length} lembar tidak dapat diperiksa: ${quoteList(names, lang)})` : ""}.`;
  }
  if (!names.length) return null;
  return lang === "en"
    ? `No findings in the ${tables} recognised table${tables === 1 ? "" : "s"}; ${names.length} sheet${names.length === 1 ? "" : "s"} could not be checked: ${quoteList(names, lang)}.`
    : `Tidak ada temuan pada ${tables} tabel yang dikenali; ${names.length} lembar tidak dapat diperiksa: ${quoteList(names, lang)}.`;
}

/** One line beside a summary that has findings: how much was checked. */
export function coverageSummaryLine(c: Coverage, lang: CoverageLanguage = "id"): string {
  const { tables, unchecked, sheetsWithTables } = coverageCounts(c);
  const base = lang === "en"
    ? `Checked: ${tables} table${tables === 1 ? "" : "s"} on ${sheetsWithTables} sheet${sheetsWithTables === 1 ? "" : "s"}`
    : `Diperiksa: ${tables} tabel di ${sheetsWithTables} lembar`;
  if (!unchecked.length) return base + ".";
  const names = quoteList(unchecked.map((s) => s.sheet), lang);
  return lang === "en"
    ? `${base}; ${unchecked.length} sheet${unchecked.length === 1 ? "" : "s"} could not be checked: ${names}.`
    : `${base}; ${unchecked.length} lembar tidak dapat diperiksa: ${names}.`;
}

/** The "Cakupan pemeriksaan" section of the text report. */
export function renderCoverageText(c: Coverage, lang: CoverageLanguage = "id"): string[] {
  const out: string[] = [lang === "en" ? "What was checked:" : "Cakupan pemeriksaan:"];
  for (const s of c.sheets) {
    out.push(`  ${lang === "en" ? "Sheet" : "Lembar"} "${s.sheet}": ${sheetStatusText(s, lang)}`);
    for (const t of s.tables.slice(0, MAX_TABLES_LISTED)) out.push(`    - ${tableLine(t, lang)}`);
    if (s.tables.length > MAX_TABLES_LISTED) out.push(`    - ${lang === "en" ? `and ${s.tables.length - MAX_TABLES_LISTED} more tables` : `dan ${s.tables.length - MAX_TABLES_LISTED} tabel lain`}`);
    for (const u of s.uncovered.slice(0, MAX_TABLES_LISTED)) {
      const figures = lang === "en" ? `${u.figureCount} figure${u.figureCount === 1 ? "" : "s"}` : `${u.figureCount} angka`;
      out.push(`    ! ${lang === "en" ? "not checked" : "tidak diperiksa"} ${u.range} (${figures}): ${lang === "en" ? u.reason.en : u.reason.id}`);
    }
    if (s.uncovered.length > MAX_TABLES_LISTED) out.push(`    ! ${lang === "en" ? `and ${s.uncovered.length - MAX_TABLES_LISTED} more blocks` : `dan ${s.uncovered.length - MAX_TABLES_LISTED} blok lain`}`);
  }
  if (c.unknownFigures.length) {
    const first = c.unknownFigures[0];
    out.push(lang === "en"
      ? `  ${c.unknownFigures.length} figures inside tables could not be read (e.g. ${first.sheet}!${first.cell}: ${first.reason.en})`
      : `  ${c.unknownFigures.length} angka di dalam tabel tidak dapat dibaca (mis. ${first.sheet}!${first.cell}: ${first.reason.id})`);
  }
  return out;
}

/** The coverage section of the HTML report; `escape` is the page's own escaper. */
export function renderCoverageHtml(c: Coverage, lang: CoverageLanguage, escape: (s: unknown) => string): string {
  const parts: string[] = [`<h3>${lang === "en" ? "What was checked" : "Cakupan pemeriksaan"}</h3>`, `<table class="coverage"><thead><tr>` +
    (lang === "en" ? ["Sheet", "Status", "Tables recognised", "Not checked"] : ["Lembar", "Status", "Tabel dikenali", "Tidak diperiksa"]).map((h) => `<th>${h}</th>`).join("") +
    `</tr></thead><tbody>`];
  for (const s of c.sheets) {
    const tables = s.tables.slice(0, MAX_TABLES_LISTED).map((t) => escape(tableLine(t, lang))).join("<br>") +
      (s.tables.length > MAX_TABLES_LISTED ? `<br>${escape(lang === "en" ? `and ${s.tables.length - MAX_TABLES_LISTED} more` : `dan ${s.tables.length - MAX_TABLES_LISTED} lainnya`)}` : "");
    const blocks = s.uncovered.slice(0, MAX_TABLES_LISTED).map((u) => escape(`${u.range} (${u.figureCount} ${lang === "en" ? "figures" : "angka"}): ${lang === "en" ? u.reason.en : u.reason.id}`)).join("<br>");
    const cls = s.status === "unchecked" || s.status === "partial" ? ` class="unchecked"` : "";
    parts.push(`<tr${cls} data-status="${s.status}"><td>${escape(s.sheet)}</td><td>${escape(sheetStatusText(s, lang))}</td><td>${tables}</td><td>${blocks}</td></tr>`);
  }
  parts.push(`</tbody></table>`);
  return parts.join("\n");
}

/** Coverage as the JSON report carries it (plain data, the engine's own shape). */
export function coverageJson(c: Coverage): Coverage {
  return { sheets: c.sheets, unknownFigures: c.unknownFigures };
}
