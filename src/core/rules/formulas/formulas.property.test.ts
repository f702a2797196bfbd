// Property: a random consistent Renja sheet with formulas draws no finding at all; one random corruption of the
// kinds agencies make (a SUM range shortened, a row-wise formula shifted to the next row, a number typed over a
// formula) draws exactly the formula finding for it. Through the real writer (exceljs) and the real reader.
import * as fc from "fast-check";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../../xlsx/read";
import { validateWorkbook } from "../../validate";
import { renjaCells, writeRenja, type Keg, type Value } from "../../../../test/cases/_formulas/renja";

const subArb = fc.record({
  target: fc.integer({ min: 1, max: 50 }),
  realShare: fc.integer({ min: 50, max: 120 }),
  pagu: fc.integer({ min: 10, max: 5000 }).map((x) => x * 1000000),
  serapan: fc.integer({ min: 60, max: 100 }),
});
const tableArb = fc.array(fc.array(subArb, { minLength: 3, maxLength: 6 }), { minLength: 2, maxLength: 4 });

function kegiatanOf(spec: Array<Array<{ target: number; realShare: number; pagu: number; serapan: number }>>): Keg[] {
  return spec.map((subs, k) => ({
    code: `1.02.01.2.0${k + 1}`,
    name: `Kegiatan Uji Nomor ${k + 1} Perangkat Daerah`,
    subs: subs.map((s, i) => ({
      code: `1.02.01.2.0${k + 1}.000${i + 1}`,
      name: `Sub Kegiatan ${k + 1}.${i + 1} Penyusunan Dokumen`,
      target: s.target,
      real: Math.round((s.target * s.realShare) / 100),
      pagu: s.pagu,
      realRp: Math.round((s.pagu * s.serapan) / 100),
    })),
  }));
}

async function findingsOf(cells: Map<string, Value>) {
  const wb = writeRenja(ExcelJS, cells);
  const snap = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return validateWorkbook(snap).findings;
}

const cellNum = (cells: Map<string, Value>, a: string) => {
  const v = cells.get(a);
  return typeof v === "number" ? v : v && typeof v === "object" && typeof v.result === "number" ? v.result : 0;
};

describe("formula rules, property", () => {
  it("a consistent table draws no finding", async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (spec) => {
        const { cells } = renjaCells(kegiatanOf(spec));
        const found = await findingsOf(cells);
        expect(found.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it("one corruption draws exactly its finding", async () => {
    const corruption = fc.constantFrom("shortened", "shifted", "typed");
    await fc.assert(
      fc.asyncProperty(tableArb, corruption, fc.nat(), fc.integer({ min: 0, max: 1000 }), async (spec, kind, pick, typed) => {
        const { cells, layout } = renjaCells(kegiatanOf(spec));
        const subRows = layout.subs.flat();
        let want: { rule: string; cell: string };
        if (kind === "shortened") {
          const k = pick % layout.kegiatan.length;
          const rows = layout.subs[k];
          const kr = layout.kegiatan[k];
          const last = rows[rows.length - 2];
          const result = rows.slice(0, -1).reduce((a, r) => a + cellNum(cells, `G${r}`), 0);
          cells.set(`G${kr}`, { formula: `SUM(G${rows[0]}:G${last})`, result });
          want = { rule: "SAKIP-FORMULA-002", cell: `G${kr}` };
        } else if (kind === "shifted") {
          const r = subRows[pick % (subRows.length - 1)];
          cells.set(`I${r}`, { formula: `H${r + 1}/G${r + 1}`, result: cellNum(cells, `H${r + 1}`) / (cellNum(cells, `G${r + 1}`) || 1) });
          want = { rule: "SAKIP-FORMULA-005", cell: `I${r}` };
        } else {
          const r = subRows[pick % subRows.length];
          cells.set(`F${r}`, typed / 1000);
          want = { rule: "SAKIP-FORMULA-006", cell: `F${r}` };
        }
        const found = (await findingsOf(cells)).filter((f) => f.rule.startsWith("SAKIP-FORMULA-"));
        expect(found.map((f) => ({ rule: f.rule, cell: f.cell }))).toEqual([want]);
      }),
      { numRuns: 30 },
    );
  });
});
