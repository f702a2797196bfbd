// Budget items: every row of a table with an item name and an ANGGARAN / PAGU amount, in workbook order.
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { BudgetItem, Level, RecognizedTables } from "../table";
import { a1, gridOf, sheetByName } from "../cells";
import { nomenclatureOf } from "../nomenclature";
import { normName } from "../normalize";
import { sumAmounts } from "../amounts";

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
            prev.amount = prev.amount === null ? amount : sumAmounts([prev.amount, amount]);
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
      let levelFrom: BudgetItem["levelFrom"] = r.code ? "code" : /^(?:\d+[.)]\s*)?(?:sub\s*kegiatan|kegiatan|program)\b/i.test(own) ? "label"
        : level && t.hierarchySource === "indent" ? "indent" : level ? "header" : undefined;
      // Levels drawn by indentation are the table's own structure: the column or the nomenclature does not override them.
      const drawn = levelFrom === "indent";
      if (multi && !drawn && levelFrom !== "code" && levelFrom !== "label" && ROLE_LEVEL[nameCol.role]) { level = ROLE_LEVEL[nameCol.role]; levelFrom = "column"; }
      if (!drawn && levelFrom !== "code" && levelFrom !== "label") {
        // The national nomenclature knows the level of Program Penunjang names (a KEGIATAN column holding Sub Kegiatan).
        const nom = nomenclatureOf(label);
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

/** Key for "the same item" across sheets: the code when there is one, else the normalised name
 *  without a trailing region suffix ("Kabupaten/ Kota"). */
export function itemKey(it: { code?: string; label: string }): string {
  if (it.code) return "#" + it.code;
  return normName(it.label).replace(/\s*(?:kabupaten kota|kabupaten|kota|provinsi)\s*$/, "").trim();
}
