// The preview port (outside Excel): one port for the page's life, given to the pane by index.tsx; opening a file
// that is not a workbook is refused and keeps the workbook already open; fixes change the workbook in memory and undo
// restores the very same cells.
import * as fs from "fs";
import * as path from "path";
import { PreviewPort } from "../../src/excel/preview-port";
import { PortError, changesFor } from "../../src/port";
import type { Finding } from "../../src/core/findings/finding";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");
const sampleName = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort()[0];
const bytes = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

test("a file that is not a workbook is refused at open, in Indonesian, and the open workbook stays", async () => {
  const port = new PreviewPort();
  expect(port.hasWorkbook()).toBe(false);
  await port.open(sampleName, bytes(fs.readFileSync(path.join(SAMPLES, sampleName))));
  expect(port.generation).toBe(1);
  const sheets = (await port.readSnapshot()).sheets.length;
  const err = await port.open("catatan.xlsx", bytes(Buffer.from("bukan zip sama sekali"))).catch((e) => e);
  expect(err).toBeInstanceOf(PortError);
  expect(err.said.id).toContain("catatan.xlsx");
  expect(err.said.id).toMatch(/bukan/);
  expect(err.said.id).not.toMatch(/Corrupted|central directory|Error:/i);
  expect(port.fileName).toBe(sampleName);
  expect(port.generation).toBe(1);
  expect((await port.readSnapshot()).sheets.length).toBe(sheets);
});

test("fixes in the preview: the cell changes in memory, undo gives back the identical cell", async () => {
  const port = new PreviewPort();
  await port.open(sampleName, bytes(fs.readFileSync(path.join(SAMPLES, sampleName))));
  const wb = await port.readSnapshot();
  const sheet = wb.sheets.find((s) => s.cells.some((c) => c.type === "number"))!;
  const target = sheet.cells.find((c) => c.type === "number")!;
  const before = JSON.stringify(sheet.cells);
  const addr = `${String.fromCharCode(65 + target.col)}${target.row + 1}`;
  const f = {
    rule: "SAKIP-TOTAL-001", severity: "error", sheet: sheet.name, cell: addr, related: [], message: "", messageEn: "", expected: null, actual: null,
    difference: null, suggestion: null, suggestionEn: null, fingerprint: "fp", fix: { cell: addr, value: 12345, formula: { sakip: "=SUM(A1:A2)", plain: "=SUM(A1:A2)" } },
  } as Finding;
  expect(port.capabilities().fix?.ok).toBe(true);
  const batch = await port.applyFixes(changesFor([f], "value"));
  expect(batch.changes).toHaveLength(1);
  expect(sheet.cells.find((c) => c.row === target.row && c.col === target.col)!.value).toBe(12345);
  await port.applyFixes(changesFor([f], "plain"));
  expect(sheet.cells.find((c) => c.row === target.row && c.col === target.col)!.formula).toBe("=SUM(A1:A2)");
  expect((await port.undoFixes()).restored).toBe(1);
  expect((await port.undoFixes()).restored).toBe(1);
  expect(JSON.stringify(sheet.cells)).toBe(before);
  expect(await port.fixHistory()).toEqual([]);
});
