// The PK chain fires: see test/cases/_pk-sheets/chain.ts for what each sheet holds.
import type * as ExcelJSNs from "exceljs";
import { pkChainWorkbook } from "../../_pk-sheets/chain";

export default async function build(ExcelJS: typeof ExcelJSNs) {
  return pkChainWorkbook(ExcelJS, "fires");
}
