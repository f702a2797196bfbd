// SAKIP-HIER-001: a parent (Program, Kegiatan) whose amount is not the sum of its children, wherever the
// hierarchy is known: codes, a Renja/RKT-like table listing levels, the PK chain with one parent item, or the
// national nomenclature of the Program Penunjang (Kasubag sub kegiatan under the Sekretaris' kegiatan).
import type { FindingDraft, Rule, RuleContext } from "../rule";
import type { BudgetItem } from "../../tables/table";
import { fmtRupiah, sumAmounts, toSenNumber } from "../../tables/amounts";
import { cellText, gridOf, parseA1, sheetByName } from "../../tables/cells";
import { short } from "../kit/labels";
import { SOURCES } from "../kit/sources";
import { MAX_RELATED } from "../../findings/bounds";
import { a1, a1Range } from "../../tables/cells";
import type { RecognizedTable, TableColumn } from "../../tables/table";
import { blockAmount, moneyColumns, officialLinks, officialTableLinks, rowLinks, type RowLink } from "./rows";

export const CODE = "SAKIP-HIER-001";

const LEVEL_ID: Record<string, string> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" };

export const rule: Rule = {
  code: CODE,
  slug: "parent-sum",
  family: "hierarchy",
  title: { id: "Anggaran induk tidak sama dengan jumlah anggaran rinciannya", en: "Parent amount differs from the sum of its children" },
  severity: "error",
  messages: {
    default: {
      id: "Anggaran {level} \"{item}\" tertulis {actual}, padahal jumlah {count} {childLevel} {expected} (selisih {diff}; {via}).",
      en: "The amount of {levelEn} \"{item}\" reads {actual}, but its {count} children add up to {expected} (difference {diff}; {viaEn}).",
      suggestion: { id: "Samakan anggaran \"{item}\" dengan jumlah rinciannya, atau perbarui rincian di lembar bawahan.", en: "Make the amount of \"{item}\" equal to the sum of its items, or update the items on the subordinate sheets." },
    },
    column: {
      id: "Kolom {column} {level} \"{item}\" tertulis {actual}, padahal jumlah {count} rinciannya {expected} (selisih {diff}; {via}).",
      en: "Column {column} of {levelEn} \"{item}\" reads {actual}, but its {count} children add up to {expected} (difference {diff}; {viaEn}).",
      suggestion: { id: "Samakan {column} \"{item}\" dengan jumlah rinciannya, atau perbaiki rincian yang salah.", en: "Make {column} of \"{item}\" equal to the sum of its items, or correct the wrong item." },
    },
    official: {
      id: "Kolom {column} {item} tertulis {actual}, padahal jumlah {column} {count} pejabat di bawahnya ({subs}) {expected} (selisih {diff}; menurut jabatan yang tercantum di tabel).",
      en: "Column {column} of {item} reads {actual}, but the {count} officials under it ({subs}) add up to {expected} (difference {diff}; by the jabatan listed in the table).",
      suggestion: { id: "Samakan {column} {item} dengan jumlah {column} pejabat di bawahnya, atau perbaiki angka pejabat bawahan yang salah.", en: "Make {column} of {item} equal to the sum of the officials under it, or correct the subordinate's wrong figure." },
    },
  },
  help: {
    checks: {
      id: "Anggaran Program atau Kegiatan dibandingkan dengan jumlah anggaran Kegiatan / Sub Kegiatan di bawahnya, di mana pun hierarkinya diketahui (kode, tata letak satu tabel Renja/RKT/Renstra, rantai PK, nomenklatur), di setiap kolom rupiah tabel (pagu, realisasi, sisa, Rp tiap tahun atau triwulan), setelah skala kolom (\"dalam juta rupiah\"). Judul Unsur / Urusan dibandingkan dengan Program di bawahnya (masing-masing sekali, Kegiatan tidak dihitung dua kali). Dalam tabel pengukuran yang mendaftar pejabat (kolom JABATAN), atau satu tabel per pejabat berjudul jabatannya (Lampiran III), angka Sekretaris / Kepala Bidang dibandingkan dengan jumlah angka Kepala Sub Bagian / Sub Koordinator di bawahnya; baris pejabat yang sama dengan angka seorang bawahan dipasangkan dengannya; tabel yang nomornya melompat (baris hilang di pergantian halaman) tidak dibandingkan. Capaian, serapan dan K indikator tidak pernah dijumlahkan. Galat bila hubungan berasal dari kode atau label tingkat; peringatan bila dari rantai PK, nomenklatur, jabatan, tata letak tanpa label, atau memakai bacaan angka yang salah format. Butir yang anggarannya tersebar di baris tanpa nama tidak dibandingkan; realisasi yang melampaui pagu dilaporkan sekali oleh SAKIP-BUDGET-001.",
      en: "A parent (Program, Kegiatan) against the sum of its children wherever the hierarchy is known (codes, the layout of one Renja/RKT/Renstra table, the PK chain, the nomenclature), in every rupiah column of the table (pagu, realisasi, sisa, the Rp of each year or quarter), after the column's scale (\"dalam juta rupiah\"). An Unsur / Urusan heading against the Programs under it (each once: the Kegiatan are not counted twice). In a measurement table listing officials (a JABATAN column), or one table per official titled with the jabatan (Lampiran III), a Sekretaris' or Kepala Bidang's figure against the sum of the Kepala Sub Bagian / Sub Koordinator under it; an official's row equal to one subordinate's figure is paired with it; a table whose numbering skips (a row lost at a page break) is not compared. Capaian, serapan and the K of indicators are never summed. An error when the link comes from codes or level labels; a warning when it comes from the PK chain, the nomenclature, the jabatan, an unlabelled layout, or uses a malformed amount's likely reading. Items whose amount is spread over unnamed rows are not compared; a realisasi above its pagu is reported once, by SAKIP-BUDGET-001.",
    },
    why: {
      id: "Anggaran mengalir dari Sub Kegiatan ke Kegiatan ke Program; induk yang tidak sama dengan rinciannya berarti salah satu dokumen belum diperbarui.",
      en: "Budgets roll up from Sub Kegiatan to Kegiatan to Program; a parent that differs from its children means one of the documents was not updated.",
    },
    fix: {
      id: "Samakan anggaran induk dengan jumlah rinciannya sesuai DPA, atau perbarui rincian di lembar bawahan.",
      en: "Make the parent's amount equal to its children's sum as in the DPA, or update the children on the subordinate sheets.",
    },
    regulation: SOURCES.nomenclature,
  },
  checkWorkbook(ctx) {
    const h = ctx.hierarchy;
    const tol = Math.round((ctx.settings.moneyTolerance ?? 0) * 100);
    const out: FindingDraft[] = [];
    for (const link of h.links) {
      const p = h.items[link.parent];
      const kids = link.children.map((i) => h.items[i]);
      if (!p || p.amount === null || p.partial || !kids.length || kids.some((k) => k.amount === null || k.partial)) continue;
      // Amounts in rupiah, after each table's scale ("dalam juta rupiah"): a parent and its children may sit in
      // tables of different scales.
      const scaleOf = (x: BudgetItem) => ctx.recognized.tables[x.table]?.columns.find((c) => c.col === x.amountCol)?.scale ?? 1;
      const sum = sumAmounts(kids.map((k) => k.amount! * scaleOf(k)));
      const diff = toSenNumber(sum) - toSenNumber(p.amount * scaleOf(p));
      if (Math.abs(diff) <= tol) continue;
      const sureLevel = (x: BudgetItem) => x.levelFrom === "code" || x.levelFrom === "label";
      const inferred = link.via === "pk" || link.via === "nomenclature" || p.likely || kids.some((k) => k.likely) ||
        (link.via === "layout" && !(sureLevel(p) && kids.every(sureLevel)));
            const crossSheet = kids.some((k) => k.sheet !== p.sheet);
      const via = link.via === "code" ? "menurut kode" : link.via === "layout" ? "menurut susunan tabel"
        : link.via === "nomenclature" ? (crossSheet ? "menurut nomenklatur Permendagri 90/2019 dan PK bawahan" : "menurut nomenklatur Permendagri 90/2019")
        : "menurut PK bawahan (PIHAK KEDUA)";
      const viaEn = link.via === "code" ? "by code" : link.via === "layout" ? "by the table layout"
        : link.via === "nomenclature" ? (crossSheet ? "by the Permendagri 90/2019 nomenclature and the subordinates' PKs" : "by the Permendagri 90/2019 nomenclature")
        : "by the subordinates' PKs (PIHAK KEDUA)";
      out.push({
        sheet: p.sheet, cell: p.cell, severity: inferred ? "warning" : "error",
        related: kids.flatMap((k) => k.amountCells.map((c) => ({ sheet: k.sheet, cell: c }))),
        params: {
          level: LEVEL_ID[p.level ?? ""] ?? "butir", levelEn: p.level ?? "item", item: short(p.label), actual: shown(ctx, p),
          count: kids.length, childLevel: crossSheet ? "rinciannya di PK bawahan" : "rinciannya", expected: fmtRupiah(sum),
          diff: fmtRupiah(Math.abs(diff) / 100), via, viaEn,
        },
        expected: fmtRupiah(sum), actual: shown(ctx, p), difference: diff / 100,
        key: `${p.code ?? p.key}|${link.via}|${kids.map((k) => k.code ?? k.key).sort().join(";")}`,
      });
    }
    // Inside each table: every rupiah column, by codes, levels and officials.
    const done = new Set(out.map((d) => `${d.sheet}!${d.cell}`));
    const covered = new Set<string>();
    for (const link of h.links) {
      const p = h.items[link.parent];
      if (p && (link.via === "code" || link.via === "layout") && link.children.every((c) => h.items[c]?.table === p.table)) covered.add(`${p.table}|${p.row}|${p.amountCol}`);
    }
    ctx.recognized.tables.forEach((t, ti) => {
      const s = sheetByName(ctx.workbook, t.sheet);
      if (!s) return;
      const g = gridOf(s);
      const cols = moneyColumns(t);
      if (!cols.length) return;
      // Deepest parents first: a parent that holds once its wrong child is corrected is that child's problem.
      const depth = (l: RowLink) => (l.parent.code ? l.parent.code.split(".").length : ["program", "kegiatan", "subkegiatan"].indexOf(l.level));
      const links = [...rowLinks(t).sort((a, b) => depth(b) - depth(a)), ...officialLinks(t, g)];
      const truth = new Map<string, number>();
      for (const link of links) {
        for (const col of cols) {
          if (covered.has(`${ti}|${link.parent.row}|${col.col}`)) continue;
          const d = compareColumn(t, g, link, col, cols, tol, truth);
          if (d && !done.has(`${d.sheet}!${d.cell}`)) { done.add(`${d.sheet}!${d.cell}`); out.push(d); }
        }
      }
    });
    // A sheet of one table per official, each titled with its jabatan.
    const bySheet = new Map<string, RecognizedTable[]>();
    for (const t of ctx.recognized.tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
    for (const [name, tables] of bySheet) {
      if (tables.length < 2) continue;
      const s = sheetByName(ctx.workbook, name);
      if (!s) continue;
      const g = gridOf(s);
      for (const { link, cols } of officialTableLinks(tables, g)) {
        const t = tables.find((x) => x.rows.includes(link.parent))!;
        for (const col of cols) {
          const d = compareColumn(t, g, link, col, cols, tol, new Map());
          if (d && !done.has(`${d.sheet}!${d.cell}`)) { done.add(`${d.sheet}!${d.cell}`); out.push(d); }
        }
      }
    }
    return out;
  },
};

const LEVEL_EN: Record<string, string> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" };

function compareColumn(t: RecognizedTable, g: ReturnType<typeof gridOf>, link: RowLink, col: TableColumn, cols: TableColumn[], tol: number, truth: Map<string, number>): FindingDraft | null {
  const scale = col.scale ?? 1;
  let parent = blockAmount(g, link.parentRows, col.col, scale);
  if (!parent) return null;
  let kids = link.childRows.map((rows) => blockAmount(g, rows, col.col, scale));
  // Every child states its figure: a child without one may be stated elsewhere (precision first).
  if (kids.some((k) => !k)) return null;
  if (link.via === "jabatan" && parent.cells.length > 1) {
    // An official with several rows: a row equal to one subordinate's figure is that subordinate's; the one row
    // left is compared with the subordinates left (the difference then points at one row, not the block).
    const rows = parent.cells.map((r) => blockAmount(g, [r], col.col, scale)!);
    const free = new Set(kids.map((_, i) => i));
    const left = rows.filter((row) => {
      const same = [...free].filter((i) => Math.abs(kids[i]!.sen - row.sen) <= tol);
      if (same.length !== 1) return true;
      free.delete(same[0]);
      return false;
    });
    if (left.length === 1 && free.size && free.size < kids.length) {
      parent = left[0];
      kids = kids.filter((_, i) => free.has(i));
      link = { ...link, childRows: link.childRows.filter((_, i) => free.has(i)), names: link.names?.filter((_, i) => free.has(i)) };
    }
  }
  if (link.via === "layout" && figuresBetween(t, g, link, col.col)) return null;
  const childSen = kids.reduce((a, k) => a + k!.sen, 0);
  const diff = childSen - parent.sen;
  if (Math.abs(diff) <= tol) return null;
  if (link.via !== "jabatan") {
    truth.set(`${col.col}|${link.parent.row}`, childSen);
    const corrected = link.childRows.reduce((a, rows, i) => a + (rows.length === 1 ? truth.get(`${col.col}|${rows[0]}`) ?? kids[i]!.sen : kids[i]!.sen), 0);
    if (Math.abs(corrected - parent.sen) <= tol) return null;
  }
  if (col.role === "realisasi_anggaran" && realisasiAbovePagu(g, link, col, cols, childSen)) return null;
  const likely = parent.likely || kids.some((k) => k!.likely);
  const cellOf = (rows: number[]) => rows.length === 1 ? a1(rows[0], col.col) : a1Range(rows[0], col.col, rows[rows.length - 1], col.col);
  const actualSen = parent.sen;
  const actual = parent.cells.length === 1 && scale === 1 ? g.text(parent.cells[0], col.col) || fmtRupiah(actualSen / 100) : fmtRupiah(actualSen / 100);
  const related = kids.flatMap((k) => k!.cells.map((r) => ({ sheet: t.sheet, cell: a1(r, col.col) })));
  const column = col.header.replace(/\s+/g, " ").trim().slice(0, 80) || col.role.toUpperCase();
  const expected = fmtRupiah(childSen / 100);
  const base = {
    sheet: t.sheet, cell: cellOf(parent.cells), related: related.slice(0, MAX_RELATED), relatedMore: Math.max(0, related.length - MAX_RELATED),
    expected, actual, difference: diff / 100,
    severity: (link.via === "jabatan" || !link.sure || likely ? "warning" : "error") as "warning" | "error",
  };
  if (link.via === "jabatan") {
    const jab = t.columns.find((c) => c.role === "jabatan")?.col;
    const who = link.names ?? link.childRows.map((rows) => (jab === undefined ? "" : g.text(rows[0], jab)));
    const subs = who.map(short).join(", ");
    return {
      ...base, variant: "official",
      params: { column, item: short(link.level), actual, expected, count: kids.length, subs: subs.length > 160 ? subs.slice(0, 157) + "..." : subs, diff: fmtRupiah(Math.abs(diff) / 100) },
      key: `jabatan|${link.level}|${column}|${who.join(";")}`,
    };
  }
  const label = link.parent.label ?? "";
  return {
    ...base, variant: "column",
    params: {
      column, level: LEVEL_ID[link.level] ?? "butir", levelEn: LEVEL_EN[link.level] ?? "item", item: short(label), actual, expected, count: kids.length,
      diff: fmtRupiah(Math.abs(diff) / 100), via: link.via === "code" ? "menurut kode" : "menurut susunan tabel", viaEn: link.via === "code" ? "by code" : "by the table layout",
    },
    key: `${link.parent.code ?? label}|${column}|${link.via}|${link.children.map((k) => k.code ?? k.label ?? "").join(";")}`,
  };
}

const rowIndex = new WeakMap<RecognizedTable, Map<unknown, number>>();

/** Unlevelled rows inside a layout link holding figures: the parent's amount may be split over them. */
function figuresBetween(t: RecognizedTable, g: ReturnType<typeof gridOf>, link: RowLink, col: number): boolean {
  // Only the rows the link spans (near-linear over a table: each row lies in the spans of its few ancestors).
  const last = link.children[link.children.length - 1].row;
  let at = rowIndex.get(t);
  if (!at) rowIndex.set(t, (at = new Map(t.rows.map((r, i) => [r, i]))));
  for (let i = (at.get(link.parent) ?? -1) + 1; i > 0 && i < t.rows.length && t.rows[i].row <= last; i++) {
    const r = t.rows[i];
    if (!r.level && r.kind !== "total" && !link.children.includes(r) && blockAmount(g, [r.row], col) !== undefined) return true;
  }
  return false;
}

/** A children's realisasi above the parent's own pagu comes from a child's realisasi above its pagu: SAKIP-BUDGET-001
 *  reports that cell, once. */
function realisasiAbovePagu(g: ReturnType<typeof gridOf>, link: RowLink, col: TableColumn, cols: TableColumn[], childSen: number): boolean {
  const pagu = [...cols].reverse().find((c) => c.col < col.col && (c.role === "pagu" || c.role === "anggaran"));
  if (!pagu) return false;
  const parentPagu = blockAmount(g, link.parentRows, pagu.col, pagu.scale ?? 1);
  if (!parentPagu || childSen <= parentPagu.sen) return false;
  return link.childRows.some((rows) => rows.some((r) => {
    const p = blockAmount(g, [r], pagu.col, pagu.scale ?? 1);
    const x = blockAmount(g, [r], col.col, col.scale ?? 1);
    return !!p && !!x && x.sen > p.sen;
  }));
}

export function shown(ctx: RuleContext, it: BudgetItem): string {
  const s = sheetByName(ctx.workbook, it.sheet);
  const pos = parseA1(it.cell);
  const t = s && pos ? cellText(gridOf(s).get(pos.row, pos.col)) : "";
  const scale = ctx.recognized.tables[it.table]?.columns.find((c) => c.col === it.amountCol)?.scale ?? 1;
  if (scale !== 1) return fmtRupiah((it.amount ?? 0) * scale);
  return t || fmtRupiah(it.amount ?? 0);
}

