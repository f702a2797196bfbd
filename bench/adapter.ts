// Excel adapter benchmark: context.sync calls and bytes per request when the task pane's OfficeAdapter reads a
// small and a large workbook (served by the project's one metering fake Excel, test/support/fake-excel), beside a
// cell-by-cell reader.
// Target: the number of syncs does not grow with cells or findings, only with the 5 MB chunking.
import * as fs from "fs";
import * as path from "path";
import { FakeExcel, PAYLOAD_LIMIT, cellByCellRead } from "../test/support/fake-excel";
import { workbookAt, scales } from "./engine";
import { generateXlsxBuffer } from "./generate";
import { BenchResult, ROOT, Row, emit, log, round, row, tryRequire } from "./lib/harness";
import type { WorkbookSnapshot } from "../src/core/workbook/snapshot";
import type { Finding } from "../src/core/findings/finding";

const B = "adapter";

function kb(n: number): number {
  return round(n / 1024, 1);
}

function sampleFile(): string | null {
  const dir = path.join(ROOT, "assets", "samples");
  if (!fs.existsSync(dir)) return null;
  const f = fs.readdirSync(dir).find((x) => x.endsWith(".xlsx"));
  return f ? path.join(dir, f) : null;
}

function fakeFindings(wb: WorkbookSnapshot, n: number): Finding[] {
  const out: Finding[] = [];
  for (const s of wb.sheets) {
    for (const c of s.cells) {
      if (out.length >= n) return out;
      const col = String.fromCharCode(65 + c.col);
      out.push({ rule: "BENCH", severity: "error", sheet: s.name, cell: `${col}${c.row + 1}`, related: [], message: "", messageEn: "", expected: null, actual: null, difference: null, suggestion: null, suggestionEn: null, fingerprint: `${s.name}:${c.row}:${c.col}` });
    }
  }
  return out;
}

export async function runAdapter(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const reader = tryRequire<any>("src/xlsx/read");
  const adapterMod = tryRequire<any>("src/excel/office-adapter");
  if (!reader.mod || !adapterMod.mod?.OfficeAdapter) {
    notes.push(`not measured: ${[reader.error, adapterMod.error ?? "OfficeAdapter not exported"].filter(Boolean).join("; ")}`);
    return { bench: B, rows, notes };
  }
  const { readXlsx } = reader.mod;
  const { OfficeAdapter } = adapterMod.mod;

  // Small: the bundled sample workbook (or a small generated one); large: the generated 1x and largest workbooks.
  const inputs: { label: string; bytes: Uint8Array }[] = [];
  const sample = sampleFile();
  if (sample) inputs.push({ label: `sample (${path.basename(sample)})`, bytes: fs.readFileSync(sample) });
  else inputs.push({ label: "small generated (0.05x)", bytes: (await generateXlsxBuffer({ scale: 0.05 })).buffer });
  const sc = scales();
  for (const s of [sc[0], sc[sc.length - 1]]) {
    const { file } = await workbookAt(s);
    inputs.push({ label: `generated ${s}x`, bytes: fs.readFileSync(file) });
  }

  const reads: { label: string; syncs: number; cells: number; usedCells: number; minChunks: number }[] = [];
  for (const input of inputs) {
    const wb: WorkbookSnapshot = await readXlsx(input.bytes, { name: input.label });
    const fake = FakeExcel.fromSnapshot(wb);
    const adapter = new OfficeAdapter(fake.host());
    let progressCalls = 0;
    const t0 = performance.now();
    const snap: WorkbookSnapshot = await adapter.readSnapshot(() => progressCalls++);
    const ms = performance.now() - t0;
    const req = fake.meter.requests;
    const totalRes = req.reduce((n, r) => n + r.responseBytes, 0);
    const maxRes = Math.max(...req.map((r) => r.responseBytes));
    const maxReq = Math.max(...req.map((r) => r.requestBytes));
    const syncs = fake.meter.syncs;
    const minChunks = Math.max(1, Math.ceil(totalRes / PAYLOAD_LIMIT));
    const readerCells = wb.sheets.reduce((n, s) => n + s.cells.filter((c) => c.value !== null && c.value !== "").length, 0);
    const adapterCells = snap.sheets.reduce((n, s) => n + s.cells.length, 0);
    const usedCells = fake.usedCellCount();
    reads.push({ label: input.label, syncs, cells: readerCells, usedCells, minChunks });
    raw[input.label] = { syncs, requests: req, ms, progressCalls, readerCells, adapterCells, usedCells };
    rows.push(row(B, `read ${input.label}: context.sync calls (${readerCells.toLocaleString("en-US")} cells, ${wb.sheets.length} sheets)`, syncs, "syncs", "", null,
      `largest response ${kb(maxRes)} KB, largest request ${kb(maxReq)} KB, ${kb(totalRes)} KB in all; the 5 MB limit alone needs ${minChunks} cell request(s) + 2 setup; adapter snapshot ${adapterCells} cells vs reader ${readerCells}; ${progressCalls} progress calls; ${ms.toFixed(0)} ms on the fake`));
    rows.push(row(B, `read ${input.label}: largest request or response`, kb(Math.max(maxRes, maxReq)), "KB", "<= 5120", Math.max(maxRes, maxReq) <= PAYLOAD_LIMIT));
    if (adapterCells !== readerCells) notes.push(`${input.label}: the adapter's snapshot has ${adapterCells} cells, the .xlsx reader's ${readerCells}`);
  }

  // Cell by cell: one request per used cell. Measured on the small workbook, the same formula for the others.
  {
    const wb: WorkbookSnapshot = await readXlsx(inputs[0].bytes, { name: "small" });
    const fake = FakeExcel.fromSnapshot(wb);
    const cbc = await cellByCellRead(fake);
    rows.push(row(B, `cell-by-cell read of ${inputs[0].label}`, cbc.syncs, "syncs", "", null, `${cbc.cellsRead} cells read one request each (measured on the fake)`));
    for (const r of reads.slice(1)) {
      rows.push(row(B, `cell-by-cell read of ${r.label} (computed: 2 + used cells)`, 2 + r.usedCells, "syncs", "", null, `vs ${r.syncs} syncs for the adapter`));
    }
  }

  // Target: syncs grow only with the 5 MB chunking: 2 setup requests (sheets; used ranges and merges), then one
  // request per chunk of cells, none over 5 MB. Beside it, how full the chunks are (the limit alone would need fewer).
  const small = reads[0];
  for (const big of reads.slice(1)) {
    const reqs = (raw[big.label] as { requests: { requestBytes: number; responseBytes: number }[] }).requests;
    const cellReqs = reqs.slice(2);
    const allUnder = reqs.every((r) => r.requestBytes <= PAYLOAD_LIMIT && r.responseBytes <= PAYLOAD_LIMIT);
    const onlyChunks = big.syncs === 2 + cellReqs.length && cellReqs.length >= 1;
    const fill = cellReqs.reduce((n, r) => n + r.responseBytes, 0) / cellReqs.length / PAYLOAD_LIMIT;
    rows.push(row(B, `syncs ${small.label.split(" (")[0]} -> ${big.label} (${round(big.cells / small.cells, 1)}x cells): 2 setup + one per <= 5 MB chunk`, big.syncs, "syncs", "= 2 + chunks, each <= 5 MB", onlyChunks && allUnder,
      `${small.syncs} -> ${big.syncs} syncs; ${cellReqs.length} cell requests averaging ${kb(fill * PAYLOAD_LIMIT)} KB (${Math.round(fill * 100)}% of 5 MB): the limit alone needs ${big.minChunks}`));
  }

  // Findings: marking 10 or 1.000 findings must take the same number of syncs.
  {
    const { file } = await workbookAt(sc[0]);
    const wb: WorkbookSnapshot = await readXlsx(fs.readFileSync(file), { name: "1x" });
    const counts: Record<number, { highlight: number; clear: number; maxReq: number }> = {};
    for (const n of [10, 1000]) {
      const fake = FakeExcel.fromSnapshot(wb);
      const adapter = new OfficeAdapter(fake.host());
      const before = fake.meter.syncs;
      await adapter.highlight(fakeFindings(wb, n));
      const mid = fake.meter.syncs;
      await adapter.clearHighlight();
      counts[n] = { highlight: mid - before, clear: fake.meter.syncs - mid, maxReq: Math.max(...fake.meter.requests.map((r) => Math.max(r.requestBytes, r.responseBytes))) };
    }
    const same = counts[10].highlight === counts[1000].highlight && counts[10].clear === counts[1000].clear;
    rows.push(row(B, "syncs to mark 10 vs 1.000 findings (Tandai di sheet + Hapus tanda)", counts[1000].highlight + counts[1000].clear, "syncs", `same as for 10 (${counts[10].highlight + counts[10].clear})`, same,
      `highlight ${counts[10].highlight} -> ${counts[1000].highlight}, clear ${counts[10].clear} -> ${counts[1000].clear}; largest request ${kb(counts[1000].maxReq)} KB`));
    raw.highlight = counts;
  }
  log("adapter done");
  return { bench: B, rows, notes, raw };
}

if (require.main === module) {
  runAdapter().then(emit, (e) => {
    console.error(e);
    process.exit(1);
  });
}
