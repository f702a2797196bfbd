// The coverage of each golden case that states one (coverage.json beside expected.json): per sheet its status and
// tables (kind, range, hierarchy source, row count, column roles with measure / year / quarter / number, what the
// column-number row declares). The findings of the same cases are checked by test/golden.test.ts.
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read";
import { validateWorkbook } from "../../src/core/validate";
import type { CoveredTable } from "../../src/core/coverage";
import { colLetters } from "../../src/core/workbook/a1";

const CASES = path.join(__dirname, "..", "cases");

interface TableSpec { kind: string; range?: string; hierarchySource?: string; rowCount?: number; mapped?: boolean; columns?: Record<string, string>; declared?: string[] }
interface SheetSpec { status: string; tables?: TableSpec[]; uncovered?: string[] }
interface Spec { sheets: Record<string, SheetSpec>; settings?: unknown }

function casesWithCoverage(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    if (fs.existsSync(path.join(p, "coverage.json"))) out.push(p);
    else out.push(...casesWithCoverage(p));
  }
  return out.sort();
}

/** "target/K/q1#10": role, then measure, year (@2026), quarter (q1), column number (#10), as stated. */
function describeColumn(c: CoveredTable["columns"][number]): string {
  return [c.role, c.measure, c.year ? `@${c.year}` : undefined, c.quarter ? `q${c.quarter}` : undefined, c.aggregate].filter(Boolean).join("/") + (c.number ? `#${c.number}` : "");
}

async function bytesOf(dir: string): Promise<Uint8Array> {
  const xlsx = path.join(dir, "workbook.xlsx");
  if (fs.existsSync(xlsx)) return fs.readFileSync(xlsx);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const made = await require(path.join(dir, "build.ts")).default(ExcelJS);
  return made instanceof Uint8Array ? made : new Uint8Array(await made.xlsx.writeBuffer());
}

const cases = casesWithCoverage(CASES);

describe("coverage of the layout golden cases", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));
  for (const dir of cases) {
    it(path.relative(CASES, dir), async () => {
      const spec: Spec = JSON.parse(fs.readFileSync(path.join(dir, "coverage.json"), "utf8"));
      const settingsFile = path.join(dir, "settings.json");
      const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, "utf8")) : undefined;
      const wb = await readXlsx(await bytesOf(dir), { name: "case.xlsx" });
      const cov = validateWorkbook(wb, settings).coverage;
      const actual: Record<string, SheetSpec> = {};
      for (const [name, want] of Object.entries(spec.sheets)) {
        const s = cov.sheets.find((x) => x.sheet === name);
        if (!s) { actual[name] = { status: "(missing sheet)" }; continue; }
        const got: SheetSpec = { status: s.status };
        if (want.tables) {
          got.tables = s.tables.map((t, i) => {
            const w = want.tables![i] ?? ({} as TableSpec);
            const o: TableSpec = { kind: t.kind };
            if (w.range !== undefined) o.range = t.range;
            if (w.hierarchySource !== undefined) o.hierarchySource = t.hierarchySource;
            if (w.rowCount !== undefined) o.rowCount = t.rowCount;
            if (w.mapped !== undefined) o.mapped = !!t.mapped;
            if (w.columns) {
              o.columns = {};
              for (const letter of Object.keys(w.columns)) {
                const c = t.columns.find((x) => colLetters(x.col) === letter);
                o.columns[letter] = c ? describeColumn(c) : "(no column)";
              }
            }
            if (w.declared) o.declared = (t.declared ?? []).map((d) => d.text);
            return o;
          });
        }
        if (want.uncovered) got.uncovered = s.uncovered.map((u) => u.range);
        actual[name] = got;
      }
      expect(actual).toEqual(spec.sheets);
    });
  }
});
