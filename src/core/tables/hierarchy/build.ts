// Program > Kegiatan > Sub Kegiatan links: from codes (1.02.01.2.01.0001), from a Renja/RKT-like table that lists
// levels one under another, and from the PK chain (a PK's PIHAK KEDUA is the official whose PK lists the parents).
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { BudgetItem, Hierarchy, HierarchyLink, Level, RecognizedTables } from "../table";
import { nomenclatureOf } from "../nomenclature";
import { budgetItems } from "./items";
import { pkChain } from "./parties";

const LEVEL_ORDER: Level[] = ["program", "kegiatan", "subkegiatan"];

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
        const pNom = p.level === "kegiatan" ? nomenclatureOf(p.label).keg : undefined;
        const contradicts = pNom !== undefined && kids.some((k) => { const s = nomenclatureOf(k.label).sub; return s !== undefined && s !== pNom; });
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
    const pIdx = parents.map((p) => nomenclatureOf(p.label).keg);
    const kIdx = kids.map((k) => nomenclatureOf(k.label).sub);
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
    const parentTables = tables.filter((t) => list.filter((x) => x.table === t).every((x) => nomenclatureOf(x.label).keg !== undefined));
    for (const pt of parentTables) {
      const parents = list.filter((x) => x.table === pt && !linkedParents.has(x.id));
      const pIdx = parents.map((p) => nomenclatureOf(p.label).keg!);
      if (new Set(pIdx).size !== pIdx.length) continue;
      const kidTables = tables.filter((t) => t !== pt && !parentTables.includes(t) &&
        list.filter((x) => x.table === t).every((x) => { const k = nomenclatureOf(x.label).sub; return k !== undefined && pIdx.includes(k); }));
      const kids = list.filter((x) => kidTables.includes(x.table));
      const keys = kids.map((k) => k.key);
      if (!kids.length || new Set(keys).size !== keys.length) continue;
      parents.forEach((p, i) => {
        const ks = kids.filter((k) => nomenclatureOf(k.label).sub === pIdx[i]);
        if (ks.length) links.push({ parent: p.id, children: ks.map((k) => k.id), via: "nomenclature" });
      });
    }
  }
  return { items, links, pkLinks, unlinkedSuperiors };
}
