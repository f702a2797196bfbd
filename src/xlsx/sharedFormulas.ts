// Shared formulas: Excel saves a filled block once, on its first cell, and every other cell of the block carries
// only the group's id (<f t="shared" si="0"/>). Each cell gets its own formula here, by copying the master's
// formula to the cell as Excel's fill does. A regular expression would also shift addresses inside quoted
// text ("A1" in =A1&"A1"); this works on parsed references.
import { copyTo, parseFormula, renderFormula } from "../core/formulas-model";
import { parseA1 } from "../core/workbook/a1";

/** Per sheet: the master formulas already parsed, so a block of N cells parses its formula once. */
export class SharedFormulas {
  private readonly masters = new Map<string, ReturnType<typeof parseFormula>>();

  /**
   * The formula of the cell at `address` that shares the formula of `masterAddress`; `masterFormula` is the
   * master's formula text (with or without "="). undefined when the master is unknown; "=#REF!" when the copy
   * would leave the grid (what Excel shows).
   */
  resolve(masterAddress: string, masterFormula: string | undefined, address: string): string | undefined {
    if (!masterFormula) return undefined;
    const from = parseA1(masterAddress);
    const to = parseA1(address);
    if (!from || !to) return undefined;
    let parsed = this.masters.get(masterAddress);
    if (parsed === undefined) {
      parsed = parseFormula(masterFormula.startsWith("=") ? masterFormula : "=" + masterFormula);
      this.masters.set(masterAddress, parsed);
    }
    if (!parsed) return undefined;
    const moved = copyTo(parsed.ast, from.row, from.col, to.row, to.col);
    return moved ? renderFormula(moved) : "=#REF!";
  }
}
