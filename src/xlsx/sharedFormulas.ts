// Shared formulas: Excel saves a filled block once, on its first cell, and exceljs gives every other cell of the
// block only { sharedFormula: "AD11", result }. Each cell gets its own formula here, by copying the master's
// formula to the cell as Excel's fill does. exceljs' own translation is a regular expression that also shifts
// addresses inside quoted text ("A1" in =A1&"A1"); this one works on parsed references.
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

/** The formula of an exceljs cell: its own, or its share of a shared formula. */
export function formulaOfCell(ws: any, cell: any, shared: SharedFormulas): string | undefined {
  const raw = cell?.value;
  const master: unknown = raw && typeof raw === "object" ? raw.sharedFormula : undefined;
  if (typeof master === "string" && master) {
    const masterFormula: string | undefined = ws.findCell?.(master)?.value?.formula;
    const own = shared.resolve(master, masterFormula, String(cell.address));
    if (own) return own;
  }
  const f: unknown = cell?.formula;
  return typeof f === "string" && f ? f : undefined;
}
