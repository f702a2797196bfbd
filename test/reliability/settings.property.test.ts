// Settings travel inside the workbook (document settings), so they are input like any cell: a workbook from someone
// else may carry settings of any shape. Loaded through the adapter and merged the way the pane does, they must never
// make validation throw or a rule crash.
import fc from "fast-check";
import { OfficeAdapter, SETTINGS_KEY } from "../../src/excel/office-adapter";
import { validateWorkbook, RULE_FAILURE_CODE } from "../../src/core/validate";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Cell, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { StrictFakeExcel as FakeExcel } from "../support/fake-excel";
import { testUnlessKnown } from "./known-open";

function table(rows: unknown[][]): WorkbookSnapshot {
  const cells: Cell[] = [];
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== "") cells.push({ row: i, col: j, value: v as Cell["value"], type: typeof v === "number" ? "number" : "string", text: String(v) });
    }),
  );
  return { name: "uji.xlsx", sheets: [{ name: "PK", visibility: "visible", rowCount: rows.length, colCount: 6, cells, merges: [] }] };
}

// A workbook on which several rule families fire (totals, budget, serapan, sisa, numbers).
const WB = table([
  ["KODE", "URAIAN", "PAGU", "REALISASI", "SERAPAN", "SISA"],
  ["1.02.01.2.01.0001", "Penyediaan Gaji", 1672255000, 1700000000, "101,66%", -27745000],
  ["1.02.01.2.01.0002", "Administrasi", 197951250, 150000000, 0.75, 47951250],
  ["1.02.01.2.01.0003", "Koordinasi", "Rp 750.000,00,00", 500000, "66%", 250000],
  ["", "JUMLAH", 1870206251, 1850500000, 0.99, 19706251],
]);

const KEYS = ["moneyTolerance", "percentTolerance", "disabledRules", "meritWeightPreset", "defaultPolarity", "language"];
const storedSettings = fc.oneof(
  fc.jsonValue(),
  fc.record({ validation: fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue(), { maxKeys: 6 }), autoValidate: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({
    validation: fc.record({
      moneyTolerance: fc.oneof(fc.double(), fc.constantFrom<unknown>("1000", -5, null, 1e308)),
      percentTolerance: fc.oneof(fc.double(), fc.constantFrom<unknown>("0,5", -1, null)),
      disabledRules: fc.oneof(fc.array(fc.string()), fc.constantFrom<unknown>("SAKIP-TOTAL-001", 5, null, {})),
      meritWeightPreset: fc.constantFrom<unknown>("iku", "teks", "lain", 3, null),
      defaultPolarity: fc.constantFrom<unknown>("positif", "negatif", "negatif_rasio", "", null, 1),
      language: fc.constantFrom<unknown>("id", "en", "fr", null),
    }),
  }),
);

testUnlessKnown("settings:untrusted")("any settings stored in the workbook: loading and validating never throws, no rule crashes", async () => {
  await fc.assert(
    fc.asyncProperty(storedSettings, async (stored) => {
      const x = new FakeExcel();
      x.settingsStore.set(SETTINGS_KEY, stored);
      const loaded = await new OfficeAdapter(x.host()).loadSettings();
      // As the pane merges them (src/taskpane/components/Pane.tsx).
      const settings = { ...DEFAULT_SETTINGS, ...loaded.validation };
      const r = validateWorkbook(WB, settings);
      const crashed = r.findings.filter((f) => f.rule === RULE_FAILURE_CODE).map((f) => f.message);
      if (crashed.length) throw new Error(crashed.join("\n"));
    }),
    { numRuns: 300 },
  );
}, 60000);

test("the sample table draws findings with default settings (the property above is not vacuous)", () => {
  expect(validateWorkbook(WB).findings.length).toBeGreaterThan(2);
});
