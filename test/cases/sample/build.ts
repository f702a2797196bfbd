// The bundled sample workbook as committed (assets/samples/), so the golden case checks the very file users open.
import * as fs from "fs";
import * as path from "path";

export default async function build(): Promise<Uint8Array> {
  return fs.readFileSync(path.join(__dirname, "..", "..", "..", "assets", "samples", "lkjip-bkpsdm-lamongan-2022.xlsx"));
}
