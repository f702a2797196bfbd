// Program > Kegiatan > Sub Kegiatan links: from codes (1.02.01.2.01.0001), from a Renja/RKT-like table that lists
// levels one under another, and from the PK chain (a PK's PIHAK KEDUA is the official whose PK lists the parents).
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { BudgetItem, Hierarchy, HierarchyLink, Level, PkHeader, PkLink, PkParty, RecognizedTable, RecognizedTables, TableRow } from "./table";
import { a1, gridOf, sheetByName } from "./cells";
import { normName, sameNormalized } from "./normalize";
import { PENUNJANG } from "./nomenclature";

export type { Level, BudgetItem, HierarchyLink, PkLink, Hierarchy } from "./table";

const LEVEL_ORDER: Level[] = ["program", "kegiatan", "subkegiatan"];

const NAME_ROLES = ["program", "kegiatan", "subkegiatan", "uraian"];
const ROLE_LEVEL: Record<string, Level | undefined> = { program: "program", kegiatan: "kegiatan", subkegiatan: "subkegiatan" };

/** Budget items of every table with an item-name column and an ANGGARAN/PAGU column, in workbook order.
 *  A row's name is its deepest name column with text (an RKT puts Program and Kegiatan in separate columns). */
export function budgetItems(wb: WorkbookSnapshot, rec: RecognizedTables): BudgetItem[] {
  const items: BudgetItem[] = [];
  const pkYears = new Set(rec.pkHeaders.map((h) => h.year).filter((y): y is number => !!y));
  rec.tables.forEach((t, ti) => {
    const nameCols = t.columns.filter((c) => NAME_ROLES.includes(c.role)).sort((a, b) => a.col - b.col);
    const amountCols = t.columns.filter((c) => c.role === "anggaran" || c.role === "pagu");
    const amountCol = amountCols.find((c) => c.role === "anggaran") ?? amountCols[0];
    if (!nameCols.length || !amountCol) return;
    // Several budget columns (one per year, murni / perubahan) or a column of another year than the PKs':
    // which amount is "the" amount is not clear, so the table is not used for pairing.
    if (amountCols.length > 1) return;
    const year = /\b((?:19|20)\d\d)\b/.exec(amountCol.header)?.[1];
    if (year && pkYears.size && !pkYears.has(parseInt(year, 10))) return;
    const sheet = sheetByName(wb, t.sheet);
    if (!sheet) return;
    const g = gridOf(sheet);
    const multi = nameCols.length > 1;
    const jabatanCol = t.columns.find((c) => c.role === "jabatan" && c.col > nameCols[nameCols.length - 1].col)?.col;
    let prev: BudgetItem | undefined;
    for (const r of t.rows) {
      if (r.kind !== "item" && r.kind !== "group") { prev = undefined; continue; }
      let nameCol = nameCols[nameCols.length - 1];
      let own = "";
      for (let i = nameCols.length - 1; i >= 0; i--) {
        const tx = g.text(r.row, nameCols[i].col);
        if (tx) { own = tx; nameCol = nameCols[i]; break; }
      }
      const n = g.number(r.row, amountCol.col);
      // Malformed text ("Rp 577.255.000.00") counts through its likely reading, flagged (SAKIP-NUM-001 reports it).
      const likely = !!(n && n.malformed && n.likely != null && !n.percent);
      const amount = n && !n.percent ? (n.malformed ? n.likely ?? null : n.value) : null;
      if (!own) {
        // Same item continuing under a merged name cell: its amount adds to the item.
        const merged = prev ? nameCols.find((c) => g.isMergedContinuation(r.row, c.col) && g.masterOf(r.row, c.col).row === prev!.row) : undefined;
        if (prev && merged) {
          if (amount !== null) {
            if (likely) prev.likely = true;
            prev.amount = prev.amount === null ? amount : addRupiah(prev.amount, amount);
            prev.amountCells.push(a1(r.row, amountCol.col));
          }
          prev.rows.push(r.row);
        } else if (prev && amount !== null && !nameCols.some((c) => g.getMerged(r.row, c.col))) {
          // An amount under an item without a name of its own: it may belong to that item or to the next one
          // (text pasted out of line). The item's amount is then uncertain and is not compared.
          prev.partial = true;
        }
        continue;
      }
      const label = r.label && (r.code || own.includes(r.label)) ? r.label : own;
      let level = r.level;
      let levelFrom: BudgetItem["levelFrom"] = r.code ? "code" : /^(?:\d+[.)]\s*)?(?:sub\s*kegiatan|kegiatan|program)\b/i.test(own) ? "label" : level ? "header" : undefined;
      if (multi && levelFrom !== "code" && levelFrom !== "label" && ROLE_LEVEL[nameCol.role]) { level = ROLE_LEVEL[nameCol.role]; levelFrom = "column"; }
      if (levelFrom !== "code" && levelFrom !== "label") {
        // The national nomenclature knows the level of Program Penunjang names (a KEGIATAN column holding Sub Kegiatan).
        const nom = nomenLookup(label);
        if (nom.sub !== undefined && nom.keg === undefined && level !== "program") { level = "subkegiatan"; levelFrom = "nomenclature"; }
        else if (nom.keg !== undefined && nom.sub === undefined && level !== "program") { level = "kegiatan"; levelFrom = "nomenclature"; }
        else if (jabatanCol !== undefined && level !== "program") {
          // An RKT's PENANGGUNG JAWAB says the level: a Kasubag / Sub Koordinator answers for Sub Kegiatan,
          // a Kepala Bidang / Sekretaris for Kegiatan.
          const j = g.text(r.row, jabatanCol).toLowerCase();
          if (/\b(?:sub\s*kor(?:dinator)?|kasubb?ag|kepala sub|kasi|kepala seksi)\b/.test(j)) { level = "subkegiatan"; levelFrom = "jabatan"; }
          else if (/\b(?:kepala bidang|kabid|sekretaris)\b/.test(j)) { level = "kegiatan"; levelFrom = "jabatan"; }
        }
      }
      const item: BudgetItem = {
        id: items.length, sheet: t.sheet, table: ti, row: r.row, rows: [r.row], kind: r.kind === "group" ? "group" : "item",
        level, levelFrom, code: r.code, label: stripNumbering(label), key: normName(label), amount,
        cell: a1(r.row, amountCol.col), amountCells: amount !== null ? [a1(r.row, amountCol.col)] : [], amountCol: amountCol.col,
        source: t.kind === "measurement" || t.columns.some((c) => c.role === "realisasi_anggaran") ? "measurement" : "budget",
      };
      if (likely) item.likely = true;
      items.push(item);
      prev = item;
    }
  });
  return items;
}

function stripNumbering(s: string): string {
  return s.replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-\u2022*])\s+/i, "").trim();
}

/** Exact rupiah addition (via whole sen). */
export function addRupiah(a: number, b: number): number {
  return (Math.round(a * 100) + Math.round(b * 100)) / 100;
}
export function sumRupiahExact(values: number[]): number {
  let sen = 0;
  for (const v of values) sen += Math.round(v * 100);
  return sen / 100;
}

/** Person name without titles ("Drs. SHODIKIN, M.Pd" -> "SHODIKIN"). */
export function personKey(name: string | undefined): string {
  if (!name) return "";
  const main = name.replace(/\*\*/g, "").split(",")[0];
  return main
    .replace(/\b(?:dr|drs|dra|ir|h|hj|prof|apt|ns)\.\s*/gi, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, " ")
    .trim();
}

function nipKey(nip: string | undefined): string {
  const d = (nip ?? "").replace(/\D/g, "");
  return d.length >= 15 ? d : "";
}

const partyKeys = new WeakMap<PkParty, { nip: string; nama: string; jabatan: string }>();
function keysOf(p: PkParty): { nip: string; nama: string; jabatan: string } {
  let k = partyKeys.get(p);
  if (!k) partyKeys.set(p, (k = { nip: nipKey(p.nip), nama: personKey(p.nama), jabatan: p.jabatan ? normName(p.jabatan) : "" }));
  return k;
}

function sameParty(a: PkParty, b: PkParty): "nip" | "nama" | "jabatan" | undefined {
  const x = keysOf(a);
  const y = keysOf(b);
  if (x.nip && x.nip === y.nip) return "nip";
  if (x.nama && x.nama === y.nama) return "nama";
  if (x.jabatan && x.jabatan === y.jabatan) return "jabatan";
  return undefined;
}

const MONTH_NO: Record<string, number> = { januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, september: 9, oktober: 10, nopember: 11, november: 11, desember: 12 };
function dateKey(h: PkHeader): number {
  const m = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(h.date ?? "");
  if (!m) return 0;
  return parseInt(m[3], 10) * 10000 + (MONTH_NO[m[2].toLowerCase()] ?? 0) * 100 + parseInt(m[1], 10);
}

/** Subordinate sheet -> superior sheet, through PIHAK KEDUA = another sheet's PIHAK PERTAMA.
 *  When an official has several PK sheets (original and PERUBAHAN), the latest dated one (else the last) is used. */
export function pkChain(wb: WorkbookSnapshot, rec: RecognizedTables): PkLink[] {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const hs = rec.pkHeaders;
  // Keep one sheet per official.
  const latest: PkHeader[] = [];
  for (const h of hs) {
    const i = latest.findIndex((o) => sameParty(o.pihakPertama, h.pihakPertama));
    if (i < 0) latest.push(h);
    else {
      const o = latest[i];
      if (dateKey(h) > dateKey(o) || (dateKey(h) === dateKey(o) && (order.get(h.sheet) ?? 0) > (order.get(o.sheet) ?? 0))) latest[i] = h;
    }
  }
  const links: PkLink[] = [];
  for (const h of latest) {
    if (!h.pihakKedua.nama && !h.pihakKedua.jabatan && !h.pihakKedua.nip) continue;
    const cands = latest
      .filter((o) => o.sheet !== h.sheet)
      .map((o) => ({ o, by: sameParty(h.pihakKedua, o.pihakPertama) }))
      .filter((x) => x.by);
    if (cands.length !== 1) continue;
    links.push({ sheet: h.sheet, superiorSheet: cands[0].o.sheet, by: cands[0].by! });
  }
  return links;
}

// Normalised once: an exact hit is a map lookup; the strict fuzzy match (one typo in one long word) only looks at
// names with the same number of words.
const stripRegion = (k: string) => k.replace(/\s*(?:kabupaten kota|kabupaten|kota|provinsi)\s*$/, "").trim();
interface NomenIndex { exact: Map<string, number>; byWords: Map<number, Array<{ key: string; i: number }>> }
function nomenIndex(names: Array<{ name: string; i: number }>): NomenIndex {
  const exact = new Map<string, number>();
  const byWords = new Map<number, Array<{ key: string; i: number }>>();
  for (const { name, i } of names) {
    const key = stripRegion(normName(name));
    if (!exact.has(key)) exact.set(key, i);
    const n = key.split(" ").length;
    const a = byWords.get(n) ?? [];
    a.push({ key, i });
    byWords.set(n, a);
  }
  return { exact, byWords };
}
const NOMEN_KEG = nomenIndex(PENUNJANG.map((k, i) => ({ name: k.kegiatan, i })));
const NOMEN_SUB = nomenIndex(PENUNJANG.flatMap((k, i) => k.sub.map((s) => ({ name: s, i }))));
function findNomen(ix: NomenIndex, key: string): number | undefined {
  const hit = ix.exact.get(key);
  if (hit !== undefined) return hit;
  return ix.byWords.get(key.split(" ").length)?.find((n) => sameNormalized(n.key, key))?.i;
}
const nomenCache = new Map<string, { keg?: number; sub?: number }>();
function nomenLookup(label: string): { keg?: number; sub?: number } {
  const key = stripRegion(normName(label));
  let hit = nomenCache.get(key);
  if (hit) return hit;
  hit = { keg: findNomen(NOMEN_KEG, key), sub: findNomen(NOMEN_SUB, key) };
  if (nomenCache.size > 50000) nomenCache.clear();
  nomenCache.set(key, hit);
  return hit;
}
function nomenclatureKegiatan(label: string): number | undefined {
  return nomenLookup(label).keg;
}
function nomenclatureParentOfSub(label: string): number | undefined {
  return nomenLookup(label).sub;
}

function parentCode(code: string): string | undefined {
  const seg = code.split(".");
  if (seg.length === 6) return seg.slice(0, 5).join(".");
  if (seg.length === 5) return seg.slice(0, 3).join(".");
  return undefined;
}

export function buildHierarchy(wb: WorkbookSnapshot, rec: RecognizedTables): Hierarchy {
  const items = budgetItems(wb, rec);
  const links: HierarchyLink[] = [];
  const byTable = new Map<number, BudgetItem[]>();
  for (const it of items) {
    let a = byTable.get(it.table);
    if (!a) byTable.set(it.table, (a = []));
    a.push(it);
  }

  // 1. Inside one table: codes, else the layout of level headings (Renja/RKT style).
  for (const [ti, list] of byTable) {
    const t = rec.tables[ti];
    const linkedChildren = new Set<number>();
    const byCode = new Map<string, BudgetItem>();
    for (const it of list) if (it.code) byCode.set(it.code, it);
    const codeKids = new Map<number, number[]>();
    for (const it of list) {
      if (!it.code) continue;
      const pc = parentCode(it.code);
      const p = pc ? byCode.get(pc) : undefined;
      if (!p) continue;
      let k = codeKids.get(p.id);
      if (!k) codeKids.set(p.id, (k = []));
      k.push(it.id);
      linkedChildren.add(it.id);
    }
    for (const [p, k] of codeKids) links.push({ parent: p, children: k, via: "code" });
    // Layout: a heading row owns the rows of the next level below it, up to the next heading of its level or above.
    const leveled = list.filter((x) => x.level);
    const levels = new Set(leveled.map((x) => x.level!));
    if (levels.size > 1 && t) {
      for (let i = 0; i < leveled.length; i++) {
        const p = leveled[i];
        if (codeKids.has(p.id)) continue;
        const pl = LEVEL_ORDER.indexOf(p.level!);
        const kids: BudgetItem[] = [];
        let childLevel: number | undefined;
        for (let j = i + 1; j < leveled.length; j++) {
          const q = leveled[j];
          const ql = LEVEL_ORDER.indexOf(q.level!);
          if (ql <= pl) break;
          if (childLevel === undefined) childLevel = ql;
          if (ql === childLevel) kids.push(q);
        }
        // A child the national nomenclature places under another Kegiatan means the table is not laid out as a
        // hierarchy (e.g. grouped by official): no link.
        const pNom = p.level === "kegiatan" ? nomenLookup(p.label).keg : undefined;
        const contradicts = pNom !== undefined && kids.some((k) => { const s = nomenLookup(k.label).sub; return s !== undefined && s !== pNom; });
        if (kids.length && !contradicts && kids.every((k) => !linkedChildren.has(k.id))) links.push({ parent: p.id, children: kids.map((k) => k.id), via: "layout" });
      }
    }
  }

  // 2. PK chain: the superior's budget items are the parents of the subordinates' items.
  const pkLinks = pkChain(wb, rec);
  const unlinkedSuperiors: string[] = [];
  const budgetBySheet = new Map<string, BudgetItem[]>();
  for (const it of items) {
    if (it.source !== "budget" || it.kind !== "item") continue;
    const a = budgetBySheet.get(it.sheet) ?? [];
    a.push(it);
    budgetBySheet.set(it.sheet, a);
  }
  const firstBudget = (sheet: string) => {
    const all = budgetBySheet.get(sheet) ?? [];
    return all.filter((it) => it.table === all[0].table);
  };
  const superiors = [...new Set(pkLinks.map((l) => l.superiorSheet))];
  for (const sup of superiors) {
    const parents = firstBudget(sup);
    if (!parents.length) continue;
    const subs = pkLinks.filter((l) => l.superiorSheet === sup).map((l) => firstBudget(l.sheet)).filter((a) => a.length);
    const kids = subs.flat();
    if (!kids.length) continue;
    // a) Codes on both sides.
    if (parents.every((p) => p.code) && kids.every((k) => k.code)) {
      for (const p of parents) {
        const ks = kids.filter((k) => k.code!.startsWith(p.code! + "."));
        if (ks.length) links.push({ parent: p.id, children: ks.map((k) => k.id), via: "code" });
      }
      continue;
    }
    // b) One parent item: everything below belongs to it.
    if (parents.length === 1) {
      links.push({ parent: parents[0].id, children: kids.map((k) => k.id), via: "pk" });
      continue;
    }
    // c) The national nomenclature places every child under one of the parents.
    const pIdx = parents.map((p) => nomenclatureKegiatan(p.label));
    const kIdx = kids.map((k) => nomenclatureParentOfSub(k.label));
    if (kIdx.every((x) => x !== undefined && pIdx.includes(x))) {
      parents.forEach((p, i) => {
        if (pIdx[i] === undefined) return;
        const ks = kids.filter((_, j) => kIdx[j] === pIdx[i]);
        if (ks.length) links.push({ parent: p.id, children: ks.map((k) => k.id), via: "nomenclature" });
      });
      continue;
    }
    unlinkedSuperiors.push(sup);
  }
  // 3. One sheet stacking a Sekretaris' table (Kegiatan of the Program Penunjang) and Kasubag tables (their Sub
  //    Kegiatan), as a report's Bab II does: the national nomenclature pairs them when every item of the Sub
  //    Kegiatan tables is known.
  const linkedParents = new Set(links.map((l) => l.parent));
  const bySheet = new Map<string, BudgetItem[]>();
  for (const it of items) {
    if (it.source !== "budget" || it.kind !== "item") continue;
    const a = bySheet.get(it.sheet) ?? [];
    a.push(it);
    bySheet.set(it.sheet, a);
  }
  for (const list of bySheet.values()) {
    const tables = [...new Set(list.map((x) => x.table))];
    if (tables.length < 2) continue;
    const parentTables = tables.filter((t) => list.filter((x) => x.table === t).every((x) => nomenclatureKegiatan(x.label) !== undefined));
    for (const pt of parentTables) {
      const parents = list.filter((x) => x.table === pt && !linkedParents.has(x.id));
      const pIdx = parents.map((p) => nomenclatureKegiatan(p.label)!);
      if (new Set(pIdx).size !== pIdx.length) continue;
      const kidTables = tables.filter((t) => t !== pt && !parentTables.includes(t) &&
        list.filter((x) => x.table === t).every((x) => { const k = nomenclatureParentOfSub(x.label); return k !== undefined && pIdx.includes(k); }));
      const kids = list.filter((x) => kidTables.includes(x.table));
      const keys = kids.map((k) => k.key);
      if (!kids.length || new Set(keys).size !== keys.length) continue;
      parents.forEach((p, i) => {
        const ks = kids.filter((k) => nomenclatureParentOfSub(k.label) === pIdx[i]);
        if (ks.length) links.push({ parent: p.id, children: ks.map((k) => k.id), via: "nomenclature" });
      });
    }
  }
  return { items, links, pkLinks, unlinkedSuperiors };
}

export type { TableRow, RecognizedTable };

/** Sheets holding an older PK of an official who has a later one (original PK vs PK PERUBAHAN): their figures
 *  were replaced on purpose, so they are not compared with the rest. */
export function supersededSheets(wb: WorkbookSnapshot, rec: RecognizedTables): Set<string> {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const out = new Set<string>();
  const hs = rec.pkHeaders;
  for (const h of hs) {
    for (const o of hs) {
      if (o === h || !sameParty(h.pihakPertama, o.pihakPertama)) continue;
      const newer = dateKey(o) > dateKey(h) || (dateKey(o) === dateKey(h) && (order.get(o.sheet) ?? 0) > (order.get(h.sheet) ?? 0));
      if (newer) out.add(h.sheet);
    }
  }
  return out;
}

/** Key for "the same item" across sheets: the code when there is one, else the normalised name
 *  without a trailing region suffix ("Kabupaten/ Kota"). */
export function itemKey(it: { code?: string; label: string }): string {
  if (it.code) return "#" + it.code;
  return normName(it.label).replace(/\s*(?:kabupaten kota|kabupaten|kota|provinsi)\s*$/, "").trim();
}
