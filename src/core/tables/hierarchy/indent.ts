// Levels shown only by how the label cells are drawn: a Renja / Renstra list without codes and without the words
// "Program" / "Kegiatan", whose Kegiatan are indented under their Program (and whose parents are bold). Indentation
// is the signal (Excel's indent level, or leading spaces); bold, then the fill, separate levels drawn at one indent.
import type { Cell } from "../../workbook/snapshot";
import type { Level, TableRow } from "../table";
import type { SheetGrid } from "../cells";
import { cellAmount } from "../../numbers/cell";
import { toSenNumber } from "../amounts";

const LEVELS: Level[] = ["program", "kegiatan", "subkegiatan"];

interface Styled {
  row: TableRow;
  indent: number;
  bold: boolean;
  fill: string;
}

/** Leading spaces of a text, as drawn (an indent level is about three spaces wide). */
function visualIndent(c: Cell): number {
  let lead = 0;
  if (typeof c.value === "string") {
    const v = c.value;
    while (lead < v.length && (v.charCodeAt(lead) === 32 || v.charCodeAt(lead) === 0xa0 || v.charCodeAt(lead) === 0x3000)) lead++;
  }
  return (c.indent ?? 0) * 3 + lead;
}

/**
 * Levels of a table's item rows from their label cells' indent (bold, then fill, as a tie-breaker), or null when
 * the drawing does not show a hierarchy. Taken only when it reads as a list of levels (the first row on top, one
 * level deeper at a time, two or three levels) and, where the table holds amounts, when the amounts agree with it
 * somewhere: one parent equal to the sum of its rows, or the total equal to the top level's sum. A table merely
 * highlighted here and there is not a hierarchy.
 */
export function levelsFromStyle(g: SheetGrid, rows: TableRow[], labelCols: number[], amountCols: number[]): Map<TableRow, Level> | null {
  const styled: Styled[] = [];
  let varies = false;
  for (const row of rows) {
    if (row.kind !== "item") continue;
    let cell: Cell | undefined;
    for (const lc of labelCols) {
      const c = g.get(row.row, lc);
      if (c && typeof c.value === "string" && c.value.trim()) { cell = c; break; }
    }
    if (!cell) {
      if (row.continued) continue;
      return null;
    }
    const s: Styled = { row, indent: visualIndent(cell), bold: cell.bold === true, fill: cell.fill ?? "" };
    const first = styled[0];
    if (first && (s.indent !== first.indent || s.bold !== first.bold || s.fill !== first.fill)) varies = true;
    styled.push(s);
  }
  // Most tables draw every label alike: nothing to read.
  if (!varies || styled.length < 3) return null;

  const indents = [...new Set(styled.map((s) => s.indent))].sort((a, b) => a - b);
  let signal: "indent" | "bold" | "fill";
  if (indents.length > 1) signal = "indent";
  else if (styled.some((s) => s.bold) && styled.some((s) => !s.bold)) signal = "bold";
  else if (new Set(styled.map((s) => s.fill)).size > 1) signal = "fill";
  else return null;

  // Bold breaks a tie only at an indent where both bold and plain rows sit.
  const splitsByBold = new Set<number>();
  if (signal === "indent") {
    for (const v of indents) {
      const at = styled.filter((s) => s.indent === v);
      if (at.some((s) => s.bold) && at.some((s) => !s.bold)) splitsByBold.add(v);
    }
  }
  // Fills rank by first appearance (a parent comes before its rows), no fill deepest.
  const fillRank = new Map<string, number>();
  for (const s of styled) if (s.fill && !fillRank.has(s.fill)) fillRank.set(s.fill, fillRank.size);
  const keyOf = (s: Styled): number[] => {
    const bold = s.bold ? 0 : 1;
    const fill = s.fill ? fillRank.get(s.fill)! : fillRank.size;
    if (signal === "indent") return [indents.indexOf(s.indent), splitsByBold.has(s.indent) ? bold : 0];
    if (signal === "bold") return [bold, 0];
    return [fill, 0];
  };
  const keys = styled.map(keyOf);
  const distinct = [...new Set(keys.map((k) => k.join(",")))].map((k) => k.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (distinct.length < 2 || distinct.length > LEVELS.length) return null;
  const depthOf = new Map(distinct.map((k, i) => [k.join(","), i]));
  const depths = keys.map((k) => depthOf.get(k.join(","))!);

  // A list of levels: the first row on top, never more than one level deeper than the row above.
  if (depths[0] !== 0) return null;
  for (let i = 1; i < depths.length; i++) if (depths[i] > depths[i - 1] + 1) return null;
  const parents: number[] = [];
  for (let i = 0; i + 1 < depths.length; i++) if (depths[i + 1] === depths[i] + 1) parents.push(i);
  if (parents.length < (signal === "indent" ? 1 : 2)) return null;

  // The amounts must agree with the levels somewhere.
  const children = (i: number): number[] => {
    const out: number[] = [];
    for (let j = i + 1; j < depths.length && depths[j] > depths[i]; j++) if (depths[j] === depths[i] + 1) out.push(j);
    return out;
  };
  const sen = (s: Styled, col: number): number | null => {
    const a = cellAmount(g.get(s.row.row, col));
    return a ? toSenNumber(a.value) : null;
  };
  let withAmounts = false;
  let agrees = false;
  for (const col of amountCols) {
    const all = styled.map((s) => sen(s, col));
    if (all.every((v) => v === null)) continue;
    withAmounts = true;
    for (const p of parents) {
      const own = all[p];
      const kids = children(p).map((j) => all[j]);
      if (own !== null && own !== 0 && kids.length > 1 && kids.every((v) => v !== null) && kids.reduce((a, b) => a! + b!, 0) === own) { agrees = true; break; }
    }
    if (agrees) break;
    const total = rows.find((r) => r.kind === "total");
    const stated = total ? cellAmount(g.get(total.row, col)) : null;
    if (stated) {
      const top = all.reduce<number>((a, v, i) => a + (depths[i] === 0 ? v ?? 0 : 0), 0);
      const every = all.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (top === toSenNumber(stated.value) && top !== every) { agrees = true; break; }
    }
  }
  if (withAmounts ? !agrees : signal !== "indent") return null;

  const out = new Map<TableRow, Level>();
  styled.forEach((s, i) => out.set(s.row, LEVELS[depths[i]]));
  return out;
}
