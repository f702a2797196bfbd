// Property-based test of the engine (validateWorkbook) on random grids (fast-check): it never throws, no rule
// crashes (the engine would turn a crash into a SAKIP-ENGINE-001 finding: that is a bug too), and every finding,
// related cells included, points at a sheet that exists and a cell inside that sheet's used range.
import fc from "fast-check";
import { validateWorkbook, RULE_FAILURE_CODE } from "../../src/core/validate";
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { Rule } from "../../src/core/rules/rule";
import { parseA1Range } from "./helpers";

const RUNS = Number(process.env.SAKIP_ENGINE_RUNS || 10_000);
// Cross-sheet workbooks cost 3x a single sheet; fewer runs keep the suite within its time budget.
const MULTI_RUNS = Number(process.env.SAKIP_ENGINE_MULTI_RUNS || 1_000);

// Words that make the recogniser see tables, so random grids reach the rules, not only the "nothing here" path.
const WORDS = [
  "NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN", "POLARITAS", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "URAIAN",
  "KODE", "ANGGARAN", "PAGU", "KET", "JUMLAH", "TOTAL", "REALISASI", "% CAPAIAN", "CAPAIAN", "SERAPAN", "SISA", "EFISIENSI",
  "CAPAIAN KINERJA", "SERAPAN ANGGARAN", "UNSUR", "NRR", "NRR TERTIMBANG", "IKM", "MUTU", "JUMLAH NILAI", "RESPONDEN",
  "ASPEK", "BOBOT", "SKOR", "NILAI", "KATEGORI", "NAMA", "NIP", "JABATAN", "PANGKAT", "PIHAK PERTAMA", "PIHAK KEDUA",
  "(1)", "(2)", "(3)", "APBD", "Penyediaan Gaji dan Tunjangan ASN", "1.02.01.2.01.0001", "1.02.01", "negatif", "positif",
  "Sangat Baik", "Baik", "III", "Rp 1.672.255.000,00", "Rp 197,951,250.00", "106,92%", "21,44", "N/A", "-", "Rp 750.000,00,00",
  "577.255.000.00", "80-90", "1000 SK KP PNS", "198609262015051001", "19860926 201505 1 001", "=SUM(A1)", "📊", "ميزانية", "",
];

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((v) => ({ value: v, type: "string" as const })) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 2_000_000_000 }).map((v) => ({ value: v, type: "number" as const })) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 500, noNaN: true }).map((v) => ({ value: v, type: "number" as const })) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 4, 100, 278, 260, 1e15, 198609262015051000, 1e300).map((v) => ({ value: v, type: "number" as const })) },
  { weight: 1, arbitrary: fc.constantFrom("#DIV/0!", "#REF!", "#N/A").map((v) => ({ value: v, type: "error" as const })) },
  { weight: 1, arbitrary: fc.constantFrom("2024-03-01", "1900-01-01").map((v) => ({ value: v, type: "date" as const })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ value: v, type: "boolean" as const })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v) => ({ value: v, type: "string" as const })) },
);
const format = fc.constantFrom(undefined, "#,##0", "0.00%", "0%", "@", "dd/mm/yyyy", "#,##0.00", "General");

const sheetName = fc.oneof(
  fc.constantFrom("PK Kepala", "PK Sekretaris", "Pengukuran", "Anggaran", "SKM", "Merit", "Pegawai", "Rekap \"PK\" & 2024", "O'Brien", "📊 Capaian", "ميزانية"),
  fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[*?:/\\[\]]/.test(s) && !/^'|'$/.test(s) && s.trim() !== ""),
);

const sheet = (name: string) =>
  fc
    .record({
      rows: fc.integer({ min: 0, max: 14 }),
      cols: fc.integer({ min: 1, max: 8 }),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
      cells: fc.array(fc.tuple(value, format), { minLength: 112, maxLength: 112 }),
      merges: fc.array(fc.tuple(fc.nat(13), fc.nat(7), fc.nat(3), fc.nat(2)), { maxLength: 4 }),
      visibility: fc.constantFrom<SheetSnapshot["visibility"]>("visible", "visible", "hidden", "veryHidden"),
      holes: fc.array(fc.boolean(), { minLength: 112, maxLength: 112 }),
    })
    .map(({ rows, cols, cells, merges, visibility, holes, density }): SheetSnapshot => {
      const out: Cell[] = [];
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const k = r * 8 + c;
          if (holes[k] && density < 0.9) continue;
          const [v, nf] = cells[k];
          if (v.value === "") continue;
          const cell: Cell = { row: r, col: c, value: v.value, type: v.type };
          if (nf) cell.numberFormat = nf;
          cell.text = String(v.value);
          out.push(cell);
        }
      // Merges as Excel allows them: inside the grid, not overlapping, more than one cell.
      const ms: MergedArea[] = [];
      for (const [t, l, h, w] of merges) {
        const m = { top: t, left: l, bottom: t + h, right: l + w };
        if (m.bottom >= rows || m.right >= cols || (h === 0 && w === 0)) continue;
        if (ms.some((o) => !(m.bottom < o.top || m.top > o.bottom || m.right < o.left || m.left > o.right))) continue;
        ms.push(m);
      }
      const rowCount = Math.max(0, ...out.map((c) => c.row + 1), ...ms.map((m) => m.bottom + 1));
      const colCount = Math.max(0, ...out.map((c) => c.col + 1), ...ms.map((m) => m.right + 1));
      return { name, visibility, rowCount, colCount, cells: out, merges: ms };
    });

// Table templates as planners lay them out: header words, what each column holds, and a closing row.
const TEMPLATES: { head: string[]; roles: ("label" | "num" | "pct" | "text" | "nip")[]; close?: string }[] = [
  { head: ["NO", "PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN", "KET"], roles: ["num", "label", "num", "text"], close: "JUMLAH" },
  { head: ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"], roles: ["num", "label", "label", "pct", "text"] },
  { head: ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN", "PAGU", "REALISASI", "% CAPAIAN"], roles: ["num", "label", "num", "num", "pct", "num", "num", "pct"], close: "TOTAL" },
  { head: ["NO", "INDIKATOR", "CAPAIAN KINERJA", "SERAPAN ANGGARAN", "EFISIENSI"], roles: ["num", "label", "pct", "pct", "pct"] },
  { head: ["NO", "UNSUR", "JUMLAH NILAI", "RESPONDEN", "NRR", "NRR TERTIMBANG"], roles: ["num", "label", "num", "num", "num", "num"], close: "IKM" },
  { head: ["NO", "ASPEK", "BOBOT", "SKOR", "NILAI"], roles: ["num", "label", "pct", "num", "num"], close: "JUMLAH" },
  { head: ["NO", "NAMA", "NIP", "JABATAN"], roles: ["num", "label", "nip", "text"] },
  { head: ["KODE", "URAIAN", "PAGU", "REALISASI", "SERAPAN", "SISA"], roles: ["text", "label", "num", "num", "pct", "num"], close: "JUMLAH" },
];
// Cell contents per column role. Drawn with a seeded generator (below) rather than one fast-check arbitrary per cell:
// 10.000 workbooks must be generated in a few seconds; a failing seed is still reported and replayable.
const POOL: Record<"label" | "num" | "pct" | "text" | "nip", unknown[]> = {
  label: ["Penyediaan Gaji dan Tunjangan ASN", "Program Kepegawaian Daerah", "Kegiatan Mutasi", "Indeks Profesionalitas ASN", "Kesesuaian Persyaratan", "Kualifikasi", "", "-", "1.02.01.2.01.0001 Penyediaan", "=SUM(C2:C4)"],
  num: [0, 1, 4, 365, 10878, 278, 260, 1672255000, 197951250, 4850842200, 4324934317, -1, 1e300, 0.5, 82.79, 57.5, 62.5, "Rp 1.672.255.000,00", "Rp 197,951,250.00", "Rp 750.000,00,00", "577.255.000.00", "N/A", "-", "", "#DIV/0!", "1000 SK KP PNS", "9".repeat(320), "1.000", "21,44"],
  pct: [1.0692, 0.9039, 1.0005, 0.8916, 0.1776, 0, 2, "106,92%", "90,39%", "80-90", "100%", "17,76%", "N/A", "", "#DIV/0!", 0.25, 0.1],
  text: ["APBD", "%", "Dokumen", "orang", "", "Indeks", "negatif", "positif"],
  nip: ["198609262015051001", "19860926 201505 1 001", 198609262015051000, "12345", "", "199913312024212001", "197003151994031002"],
};
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function toCell(row: number, col: number, v: unknown): Cell | null {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return { row, col, value: v, type: "number", text: String(v) };
  if (typeof v === "string" && /^#(DIV\/0!|REF!|N\/A)$/.test(v)) return { row, col, value: v, type: "error", text: v };
  return { row, col, value: String(v), type: "string", text: String(v) };
}
const tableSheet = (name: string) =>
  fc
    .record({ t: fc.nat(TEMPLATES.length - 1), seed: fc.integer(), n: fc.integer({ min: 0, max: 7 }), flags: fc.nat(63) })
    .map(({ t, seed, n, flags }): SheetSnapshot => {
      const tpl = TEMPLATES[t];
      const rand = rng(seed);
      const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
      const map = new Map<string, Cell>();
      const put = (c: Cell | null) => c && map.set(`${c.row},${c.col}`, c);
      let top = Math.floor(rand() * 4);
      const left = Math.floor(rand() * 3);
      if (flags & 1) {
        // A PK header above the table.
        put(toCell(0, left, "PIHAK PERTAMA"));
        put(toCell(0, left + 1, "Nama : Budi"));
        put(toCell(1, left, "PIHAK KEDUA"));
        put(toCell(1, left + 1, "NIP : 198609262015051001"));
        top += 3;
      }
      tpl.head.forEach((h, j) => put(toCell(top, left + j, h)));
      let r = top + 1;
      if (flags & 2) {
        tpl.head.forEach((_, j) => put(toCell(r, left + j, `(${j + 1})`)));
        r++;
      }
      for (let i = 0; i < n; i++, r++) {
        tpl.roles.forEach((role, j) => {
          // Mostly the column's kind of value, sometimes anything (pasted in the wrong place).
          const v = j === 0 && role === "num" ? i + 1 : rand() < 0.85 ? pick(POOL[role]) : pick(pick(Object.values(POOL)));
          put(toCell(r, left + j, v));
        });
      }
      if (flags & 4 && tpl.close) {
        put(toCell(r, left + 1, tpl.close));
        tpl.roles.forEach((role, j) => j > 1 && role !== "text" && put(toCell(r, left + j, pick(POOL.num))));
        r++;
      }
      const merges: MergedArea[] = [];
      if (flags & 8 && n > 1) merges.push({ top: top + 1 + (flags & 2 ? 1 : 0), left: left + 1, bottom: top + n + (flags & 2 ? 1 : 0), right: left + 1 }); // a merged SASARAN/PROGRAM over its rows
      if (flags & 16) merges.push({ top, left, bottom: top, right: left + 0 + 1 }); // a merged header
      if (flags & 32) put(toCell(Math.floor(rand() * 16), Math.floor(rand() * 10), pick(pick(Object.values(POOL)))));
      const cells = [...map.values()].sort((a, b) => a.row - b.row || a.col - b.col);
      const rowCount = Math.max(0, ...cells.map((c) => c.row + 1), ...merges.map((m) => m.bottom + 1));
      const colCount = Math.max(0, ...cells.map((c) => c.col + 1), ...merges.map((m) => m.right + 1));
      return { name, visibility: "visible", rowCount, colCount, cells, merges };
    });

const oneSheet = (n: string) => fc.oneof({ weight: 3, arbitrary: tableSheet(n) }, { weight: 1, arbitrary: sheet(n) });

/** One sheet per workbook: what most rules see; cheap enough for 10.000 runs. */
const singleSheetWorkbook: fc.Arbitrary<WorkbookSnapshot> = sheetName.chain(oneSheet).map((s) => ({ name: "acak.xlsx", sheets: [s] }));

/** Two to four sheets (same names in other case are not allowed by Excel): cross-sheet rules (conflicts, hierarchy). */
const multiSheetWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(sheetName, { minLength: 2, maxLength: 4, selector: (s) => s.toLowerCase() })
  .chain((names) => fc.tuple(...names.map(oneSheet)))
  .map((sheets) => ({ name: "acak.xlsx", sheets }));

function problems(wb: WorkbookSnapshot, rules?: Rule[]): string[] {
  const out: string[] = [];
  let result;
  try {
    result = rules ? validateWorkbook(wb, {}, undefined, rules) : validateWorkbook(wb);
  } catch (e) {
    return [`threw: ${(e as Error)?.stack ?? e}`];
  }
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  for (const f of result.findings) {
    if (f.rule === RULE_FAILURE_CODE) out.push(`rule crashed: ${f.message}`);
    for (const ref of [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])]) {
      const s = sheets.get(ref.sheet);
      const a = parseA1Range(ref.cell);
      if (!s) out.push(`${f.rule}: unknown sheet ${JSON.stringify(ref.sheet)}`);
      else if (!a) out.push(`${f.rule}: bad address ${JSON.stringify(ref.cell)}`);
      else if (a.bottom >= Math.max(1, s.rowCount) || a.right >= Math.max(1, s.colCount))
        out.push(`${f.rule}: ${ref.sheet}!${ref.cell} outside used range ${s.rowCount}x${s.colCount}`);
    }
    if (typeof f.message !== "string" || f.message === "" || /\{\w+\}|undefined|NaN/.test(f.message)) out.push(`${f.rule}: message ${JSON.stringify(f.message)}`);
    if (f.difference !== null && !Number.isFinite(f.difference)) out.push(`${f.rule}: difference ${f.difference}`);
  }
  return out;
}

const check = (wb: WorkbookSnapshot) => {
  const p = problems(wb);
  if (p.length) throw new Error(p.slice(0, 5).join("\n"));
};

test(`validateWorkbook on ${RUNS} random one-sheet workbooks: never throws, no rule crashes, every finding points inside its sheet`, () => {
  fc.assert(fc.property(singleSheetWorkbook, check), { numRuns: RUNS });
}, 120000);

test(`validateWorkbook on ${MULTI_RUNS} random workbooks of 2-4 sheets (cross-sheet rules): same properties`, () => {
  fc.assert(fc.property(multiSheetWorkbook, check), { numRuns: MULTI_RUNS });
}, 120000);

test("the empty workbook and a sheet with nothing in it", () => {
  expect(problems({ name: "kosong.xlsx", sheets: [{ name: "Sheet1", visibility: "visible", rowCount: 0, colCount: 0, cells: [], merges: [] }] })).toEqual([]);
  expect(() => validateWorkbook({ name: "nol.xlsx", sheets: [] })).not.toThrow();
});

test("self-test: the checker catches a finding outside its sheet, on a missing sheet, with NaN, or from a crashing rule", () => {
  const wb: WorkbookSnapshot = { name: "x.xlsx", sheets: [{ name: "S", visibility: "visible", rowCount: 2, colCount: 2, cells: [{ row: 0, col: 0, value: 1, type: "number" }], merges: [] }] };
  const rule = (draft: object | null): Rule => ({
    code: "SAKIP-SELFTEST-001",
    slug: "self-test",
    family: "totals",
    title: { id: "uji", en: "test" },
    severity: "error",
    help: { checks: { id: "-", en: "-" }, why: { id: "-", en: "-" }, fix: { id: "-", en: "-" }, regulation: { id: "-", en: "-" } },
    messages: { default: { id: "pesan {x}", en: "message {x}" } },
    checkWorkbook: () => {
      if (!draft) throw new Error("boom");
      return [{ sheet: "S", cell: "A1", params: { x: 1 }, key: "k", ...draft }];
    },
  });
  expect(problems(wb, [rule({ cell: "C3" })]).join()).toMatch(/outside used range/);
  expect(problems(wb, [rule({ sheet: "T" })]).join()).toMatch(/unknown sheet/);
  expect(problems(wb, [rule({ difference: NaN })]).join()).toMatch(/difference NaN/);
  expect(problems(wb, [rule({ params: {} })]).join()).toMatch(/message/);
  expect(problems(wb, [rule(null)]).join()).toMatch(/rule crashed/);
  expect(problems(wb, [rule({})])).toEqual([]);
});
