// The declared-relation rule on a Renja sheet whose column-number row says "(6) = (5)/(4)": the table's
// declarations are given as recognition states them (RecognizedTable.declared / columnNumbers).
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../../xlsx/read";
import { contextFor, recognize, runRule } from "../../validate";
import { resolveSettings } from "../../settings";
import { rule } from "./declared-formula";
import { renjaCase, num } from "../../../../test/cases/_formulas/renja";

async function run(edit?: Parameters<typeof renjaCase>[1]) {
  const wb = renjaCase(ExcelJS, edit);
  const snap = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const rec = recognize(snap);
  const t = rec.tables[0] as any;
  // Column n is sheet column n-1 ("(1)" .. "(9)"); "(6) = (5)/(4)" is capaian = realisasi / target.
  t.columnNumbers = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, n - 1]));
  t.declared = [{ col: 5, n: 6, text: "(6) = (5)/(4)", expr: { kind: "op", op: "/", left: { kind: "col", n: 5 }, right: { kind: "col", n: 4 } } }];
  const ctx = contextFor(rule, snap, rec, resolveSettings(undefined), new Set([rule.code]));
  return runRule(rule, ctx);
}

const SUB_ROWS = [6, 7, 8, 9, 11, 12, 13, 14, 16, 17];

describe("SAKIP-FORMULA-009 declared-formula", () => {
  it("a column that computes the inverse of its declaration draws one finding, the inverse variant", async () => {
    const drafts = await run((c) => {
      for (const r of SUB_ROWS) c.set(`F${r}`, { formula: `D${r}/E${r}`, result: num(c, `D${r}`) / num(c, `E${r}`) });
    });
    // Rows whose target equals the realisation give 1 both ways: only rows 8, 14 and 17 show the inversion.
    expect(drafts.map((d) => [d.cell, d.variant, d.actual, d.expected])).toEqual([["F8", "inverse", "=D8/E8", "=E8/D8"]]);
    expect(drafts[0].related).toEqual([{ sheet: "Evaluasi Renja", cell: "F14" }, { sheet: "Evaluasi Renja", cell: "F17" }]);
  });

  it("holds for the declared formula, and for the same figure written otherwise (x100 in percent points)", async () => {
    expect(await run()).toEqual([]);
    const drafts = await run((c) => {
      c.set("F7", { formula: "E7/D7*100", result: (num(c, "E7") / num(c, "D7")) * 100 });
      c.set("F8", { formula: "IFERROR(E8/D8,0)", result: num(c, "E8") / num(c, "D8") });
    });
    expect(drafts).toEqual([]);
  });
});
