// The pane outside Excel (preview port) on the same bad files as the CLI: an unreadable file becomes a PortError
// whose Indonesian text names the file (the pane shows it and stays usable); a readable one gives a snapshot.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCorpus, CorpusEntry } from "../corpus/build";
import { PreviewPort } from "../../src/excel/preview-port";
import { PortError } from "../../src/excel/port";
import { INDONESIAN, STACK_TRACE } from "./helpers";

let dir: string;
let entries: CorpusEntry[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-preview-"));
  entries = await buildCorpus(dir);
}, 60000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (file: string): ArrayBuffer => {
  const b = fs.readFileSync(path.join(dir, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

test.each(["not-a-workbook.xlsx", "image.xlsx", "zero-bytes.xlsx", "truncated.xlsx", "zip-not-xlsx.xlsx"])(
  "%s: a PortError in Indonesian that names the file, no stack",
  async (file) => {
    const err = await new PreviewPort(file, bytesOf(file)).readSnapshot().then(
      (s) => `read ${s.sheets.length} sheets instead of refusing`,
      (e) => e,
    );
    expect(err).toBeInstanceOf(PortError);
    const said = (err as PortError).said;
    expect(INDONESIAN.test(said.id)).toBe(true);
    expect(said.id).toContain(file);
    expect(STACK_TRACE.test(said.id)).toBe(false);
  },
);

test("after a bad file, the same pane reads a good one (it stays usable)", async () => {
  await expect(new PreviewPort("truncated.xlsx", bytesOf("truncated.xlsx")).readSnapshot()).rejects.toBeInstanceOf(PortError);
  const snap = await new PreviewPort("hidden-sheets.xlsx", bytesOf("hidden-sheets.xlsx")).readSnapshot();
  expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Terlihat", "visible"],
    ["Tersembunyi", "hidden"],
    ["Sangat Tersembunyi", "veryHidden"],
  ]);
  expect(entries.length).toBeGreaterThan(0);
});
