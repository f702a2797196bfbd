// Codes a workbook prints, for the nomenclature rules: "1.02.02.2.01.0001 Nama" in one cell, or the code alone
// with the name in one of the next cells of its row. Program, kegiatan and sub kegiatan codes only (a bare
// "1.01" is as often a number as a bidang).
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { gridOf, cellText, a1 } from "../../tables/cells";
import { splitCode, levelOfCode } from "../../nomenclature/official";

export interface PrintedCode {
  sheet: string;
  cell: string;
  code: string;
  /** The name printed with it ("" when none was found). */
  name: string;
  nameCell: string;
}

/** Columns to the right of a code-only cell where its name may stand. */
const NAME_REACH = 3;

export function printedCodes(wb: WorkbookSnapshot): PrintedCode[] {
  const out: PrintedCode[] = [];
  for (const s of wb.sheets) {
    const g = gridOf(s);
    for (const c of s.cells) {
      if (c.type !== "string" || typeof c.value !== "string") continue;
      const hit = splitCode(c.value);
      if (!hit) continue;
      const level = levelOfCode(hit.code);
      if (level !== "program" && level !== "kegiatan" && level !== "subkegiatan") continue;
      // Spaces as separators only for a full-looking code followed by a name (else "10 20 30" reads as a code).
      if (/\s/.test(c.value.trim().split(/\s+/).slice(0, 3).join(" ")) && !/\./.test(c.value) && !/^[a-z]/i.test(hit.name)) continue;
      let name = hit.name;
      let nameCell = a1(c.row, c.col);
      if (!name) {
        for (const o of g.row(c.row)) {
          if (o.col <= c.col || o.col > c.col + NAME_REACH) continue;
          const tx = cellText(o).trim();
          if (tx && /[a-z]{3}/i.test(tx) && !splitCode(tx)) { name = tx; nameCell = a1(o.row, o.col); break; }
        }
      }
      out.push({ sheet: s.name, cell: a1(c.row, c.col), code: hit.code, name, nameCell });
    }
  }
  return out;
}
