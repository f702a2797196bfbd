// Writes docs/rules.md from the rule catalogue: `npm run docs:rules`. test/docs/rules-doc.test.ts fails when the
// page differs from what this renders, so a rule's help lives in one place, the rule file.
import * as fs from "fs";
import * as path from "path";
import { RULES } from "../src/core/rules/catalogue";
import type { Rule, RuleFamily } from "../src/core/rules/rule";
import type { Bilingual } from "../src/core/text";

export const RULES_DOC = path.join(__dirname, "..", "docs", "rules.md");

const FAMILIES: Array<[RuleFamily, string]> = [
  ["totals", "Totals"],
  ["hierarchy", "Hierarchy"],
  ["conflicts", "Cross-sheet conflicts"],
  ["budget", "Budget"],
  ["derived", "Derived figures"],
  ["skm", "SKM (public satisfaction survey)"],
  ["merit", "Sistem Merit"],
  ["people", "People (NIP)"],
  ["numbers", "Number formats"],
  ["nomenclature", "Official nomenclature (with a list given)"],
  ["relations", "Relations the forms declare"],
];

const INTRO = `Every rule the validator runs, with its stable code. Codes are never reused or renumbered; a finding's
\`fingerprint\` is built from the code, the sheet and the content of the problem (names, codes, values), not from
cell addresses, so a finding you choose to ignore stays ignored after rows are inserted.

Severity says how sure the engine is: **error** = the figures cannot all be right; **warning** = very likely a
mistake, but the pairing or reading was inferred (names, the national nomenclature, a malformed number's likely
reading); **info** = something worth a look. A table that holds draws no error or warning (precision before
recall). Rules are switched off by code with \`disabledRules\` in the settings passed to the engine (task pane settings).

Engine entry: \`validateWorkbook(wb, settings?, onProgress?)\` in \`src/core/validate.ts\`; the list below is
\`RULES\` in \`src/core/rules/catalogue.ts\` (this page is generated from it: \`npm run docs:rules\`; a test fails when it is out of date).`;

const HOW_TABLES = `## How tables are found

Tables are recognised by their header words, not by position (\`src/core/tables/headers.ts\`, a dictionary of
synonyms anyone may extend): indicator (SASARAN / INDIKATOR / TARGET), budget (PROGRAM / KEGIATAN / SUB KEGIATAN /
URAIAN / KODE with ANGGARAN / PAGU, closed by JUMLAH / TOTAL), measurement (TARGET / REALISASI / CAPAIAN, with or
without PAGU / REALISASI / % under a merged KINERJA / ANGGARAN header), efficiency, SKM, merit and staff tables.
Multi-row and merged headers, column-number rows "(1) (2) (3)", merged SASARAN / Jabatan cells over several rows,
blank separator rows and several tables on one sheet (one under another, or side by side with an empty column
between) are handled. The PK header (PIHAK PERTAMA / PIHAK KEDUA with
Nama, Jabatan, NIP, in the opening lines, in labelled blocks or in the signature blocks) gives each PK its official
and superior.

The Program > Kegiatan > Sub Kegiatan hierarchy comes from, in order: codes (\`5.04.01\` > \`5.04.01.2.01\` >
\`5.04.01.2.01.0001\`); a Renja/RKT-like table whose rows say "Program ...", "Kegiatan ...", "Sub Kegiatan ...";
an RKT whose Program and Kegiatan columns are separate, the Kegiatan column holding both levels told apart by the
national nomenclature or the PENANGGUNG JAWAB (a Kasubag / Sub Koordinator answers for Sub Kegiatan, a Kepala
Bidang / Sekretaris for Kegiatan); the PK chain (a PK's PIHAK KEDUA is the official of another sheet, matched by NIP, then name without titles, then
jabatan), pairing items when the superior lists one item, when codes exist, or when the national nomenclature of
the Program Penunjang (Permendagri 90/2019) places every Kasubag Sub Kegiatan under one of the Sekretaris'
Kegiatan. Names are compared after normalising case, punctuation, spacing, numbering and common spelling variants
("Pemerintah"/"Pemerintahan", "Cetak"/"Cetakan", "Kabupaten/ Kota"); different items are never paired.
When an official has an original PK and a later PK PERUBAHAN, the older sheet is left out of cross-sheet comparisons;
so are tables with several budget columns (one per year, murni / perubahan) and amount or target columns headed with
another year than the PKs'.`;

const PRECISION = `**Precision shown.** A stated figure is compared at the precision it is displayed: "106,92%" holds for a
recomputation in [106,915%; 106,925%); a number cell uses the decimals of its number format ("0.00%"), else of its
displayed text. A figure that is the *truncation* of the exact value also holds (the seed writes 99,73% for
99,7352%, 99,99% for 99,9985%). \`percentTolerance\` (percent points) widens the window. A plain number in a
percent column is read in percent points when that is clearly its scale (102,03 beside 2214 / 2170).`;

const TAIL = `## Performance

Recognition and every rule are linear in the number of cells: one indexed grid per sheet (dense per-row arrays),
header words checked only on short texts that start like a header, names normalised once and cached, the national
nomenclature looked up through a map. \`src/core/__tests__/engine-perf.test.ts\` writes a workbook of 302 sheets
(300 PKs in a chain, a 20.000-row measurement table, a 10.000-row coded Renja; 235.000 cells) with exceljs, reads
it back with the real reader and validates it: validation takes less time than reading the .xlsx (measured on the
shared 2-core machine under load: read 13-15 s, validate 11-14 s, all 25 rules), and half the workbook takes half
the time. The sample workbook (29 sheets) validates in well under a second.

## Known limits

- Measurement rows that name no Kegiatan (the seed's Sub Koordinator rows of Tabel 3.18 / Lampiran III) are not
  paired with a PK: only the Jabatan text links them, and jabatan titles differ between tables.
- A cell holding two indicators or two targets ("516 box mamin 123 perdin", "89.50 82.75") is compared by its first
  number only, or not at all when the text does not read as one number.
- The PK chain needs PK headers (PIHAK PERTAMA / PIHAK KEDUA). Stacked PK tables without headers (a report's
  Bab II) are paired only through the Program Penunjang nomenclature.
- An amount split over several rows without a merged name cell is not compared (it may belong to the next item).`;

function both(b: Bilingual): string {
  return `${b.id}<br>*${b.en}*`;
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function entry(r: Rule): string {
  const out: string[] = [];
  out.push(`<a id="${r.slug}"></a>`, "", `### ${r.slug}`, "");
  out.push(`\`${r.code}\` · **${r.severity}** · ${r.title.id} (*${r.title.en}*)`, "");
  const reads = r.checkWorkbook ? "the whole workbook" : r.tables ? r.tables.map((k) => `${k} tables`).join(", ") : "every recognised table";
  out.push(`- Reads / membaca: ${reads}. File: \`src/core/rules/${r.family}/${r.slug}.ts\`; cases: \`test/cases/${r.family}/${r.slug}-fires/\`, \`-holds/\`.`);
  if (r.defersTo?.length) out.push(`- Defers to / mengalah kepada: ${r.defersTo.map((c) => { const o = RULES.find((x) => x.code === c); return o ? `[\`${c}\`](#${o.slug})` : `\`${c}\``; }).join(", ")} (the cases both would report are left to it while it runs).`);
  out.push("");
  out.push("| | |", "|---|---|");
  out.push(`| Memeriksa / *Checks* | ${cell(both(r.help.checks))} |`);
  out.push(`| Mengapa penting / *Why it matters* | ${cell(both(r.help.why))} |`);
  out.push(`| Cara memperbaiki / *How to fix* | ${cell(both(r.help.fix))} |`);
  out.push(`| Dasar / *Regulation* | ${cell(both(r.help.regulation))} |`);
  out.push("");
  out.push("| Variant | Message | Suggestion |", "|---|---|---|");
  for (const [name, m] of Object.entries(r.messages)) {
    out.push(`| \`${name}\` | ${cell(both(m))} | ${m.suggestion ? cell(both(m.suggestion)) : ""} |`);
  }
  out.push("");
  return out.join("\n");
}

export function renderRulesDoc(rules: Rule[] = RULES): string {
  const out: string[] = ["# Rule catalogue (SAKIP Tools for Excel)", "", "<!-- Generated by `npm run docs:rules` from src/core/rules/: edit the rule files, not this page. -->", "", INTRO, "", HOW_TABLES, ""];
  out.push("## Rules", "", "| Code | Rule | Severity | What it checks |", "|---|---|---|---|");
  for (const r of rules) out.push(`| \`${r.code}\` | [${r.slug}](#${r.slug}) | ${r.severity} | ${cell(r.title.id)} (${cell(r.title.en)}) |`);
  out.push("", "## Precision shown", "", PRECISION, "");
  for (const [family, title] of FAMILIES) {
    const of = rules.filter((r) => r.family === family);
    if (!of.length) continue;
    out.push(`## ${title}`, "");
    for (const r of of) out.push(entry(r));
  }
  out.push("## Engine", "", "| Code | Severity | What it reports | Message (Indonesian) |", "|---|---|---|---|");
  out.push("| `SAKIP-ENGINE-001` | info | A rule (or table recognition) failed on this workbook and was skipped; the other findings stand | Aturan {code} gagal dijalankan dan dilewati ({pesan}). Temuan lain tetap berlaku. |", "");
  out.push(TAIL, "");
  return out.join("\n");
}

if (require.main === module) {
  fs.writeFileSync(RULES_DOC, renderRulesDoc());
  process.stdout.write(`wrote ${path.relative(process.cwd(), RULES_DOC)} (${RULES.length} rules)\n`);
}
