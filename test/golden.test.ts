// Golden runner: every folder under test/cases/ that holds an expected.json is a case (see test/cases/README.md).
// The workbook goes through the real reader (src/xlsx/read.ts) and the real engine; findings are compared as a set
// on rule + sheet + cell + severity (and expected/actual where the case states them).
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../src/xlsx/read";
import { validateWorkbook } from "../src/core/validate";
import type { Finding } from "../src/core/findings/finding";
import type { WorkbookSnapshot } from "../src/core/workbook/snapshot";
import { combineWorkbooks } from "../src/core/workbook/combine";
import { compareVersions } from "../src/core/versions/compare";

const CASES_DIR = path.join(__dirname, "cases");

interface ExpectedFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  expected?: string | null;
  actual?: string | null;
  note?: string;
}

interface CaseSpec {
  /** Only findings of these rule codes (or code prefixes like "SAKIP-TOTAL") are compared; default: all. */
  rules?: string[];
  findings: ExpectedFinding[];
}

function findCases(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    if (fs.existsSync(path.join(p, "expected.json"))) out.push(p);
    else out.push(...findCases(p));
  }
  return out;
}

async function toBytes(made: any, where: string): Promise<Uint8Array> {
  if (made instanceof Uint8Array) return made;
  if (made instanceof ArrayBuffer) return new Uint8Array(made);
  if (made && made.xlsx && typeof made.xlsx.writeBuffer === "function") return new Uint8Array(await made.xlsx.writeBuffer());
  throw new Error(`${where}: the build function returned neither a Workbook nor bytes`);
}

/** The case's workbook; a build returning `{ files: { "name.xlsx": Workbook, ... } }` is a document set, read file by
 *  file and combined as `sakip-validate --gabung` does (sheets "name › sheet"). */
async function loadWorkbook(caseDir: string, name: string): Promise<WorkbookSnapshot> {
  const buildFile = ["build.ts", "build.js"].map((f) => path.join(caseDir, f)).find((f) => fs.existsSync(f));
  if (buildFile && !fs.existsSync(path.join(caseDir, "workbook.xlsx"))) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(buildFile);
    const fn = mod.default ?? mod.build ?? mod.buildWorkbook;
    const made = typeof fn === "function" ? await fn(ExcelJS) : undefined;
    if (made && made.files && typeof made.files === "object" && !(made instanceof Uint8Array)) {
      const parts = [];
      for (const [file, wb] of Object.entries(made.files)) parts.push({ file, workbook: await readXlsx(await toBytes(wb, buildFile), { name: file }) });
      return combineWorkbooks(parts, `${name}.xlsx`).workbook;
    }
    return readXlsx(await toBytes(made, buildFile), { name: `${name}.xlsx` });
  }
  return readXlsx(await loadWorkbookBytes(caseDir), { name: `${name}.xlsx` });
}

async function loadWorkbookBytes(caseDir: string): Promise<Uint8Array> {
  const xlsx = path.join(caseDir, "workbook.xlsx");
  if (fs.existsSync(xlsx)) return fs.readFileSync(xlsx);
  const buildFile = ["build.ts", "build.js"].map((f) => path.join(caseDir, f)).find((f) => fs.existsSync(f));
  if (!buildFile) throw new Error(`${caseDir}: needs workbook.xlsx or build.ts`);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(buildFile);
  const fn = mod.default ?? mod.build ?? mod.buildWorkbook;
  if (typeof fn !== "function") throw new Error(`${buildFile}: export default (or build) a function returning an exceljs Workbook or .xlsx bytes`);
  const made = await fn(ExcelJS);
  if (made instanceof Uint8Array) return made;
  if (made instanceof ArrayBuffer) return new Uint8Array(made);
  if (made && made.xlsx && typeof made.xlsx.writeBuffer === "function") return new Uint8Array(await made.xlsx.writeBuffer());
  throw new Error(`${buildFile}: the build function returned neither a Workbook nor bytes`);
}

function loadSpec(caseDir: string): CaseSpec {
  const raw = JSON.parse(fs.readFileSync(path.join(caseDir, "expected.json"), "utf8"));
  return Array.isArray(raw) ? { findings: raw } : { rules: raw.rules, findings: raw.findings ?? [] };
}

const key = (f: { rule: string; sheet: string; cell: string; severity: string }) => `${f.rule} | ${f.sheet}!${f.cell} | ${f.severity}`;

function inScope(rule: string, rules?: string[]): boolean {
  return !rules || rules.some((r) => rule === r || rule.startsWith(r.endsWith("-") ? r : r + "-"));
}

const cases = findCases(CASES_DIR);

describe("golden cases (test/cases)", () => {
  it("has cases to run", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const caseDir of cases) {
    const name = path.relative(CASES_DIR, caseDir);
    it(name, async () => {
      const spec = loadSpec(caseDir);
      const settingsFile = path.join(caseDir, "settings.json");
      const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, "utf8")) : undefined;
      const wb = await loadWorkbook(caseDir, name);
      // compare.json {"a": sheet, "b": sheet}: the case is a comparison of two versions, not a validation.
      const compareFile = path.join(caseDir, "compare.json");
      const compare = fs.existsSync(compareFile) ? JSON.parse(fs.readFileSync(compareFile, "utf8")) : undefined;
      const found = compare ? compareVersions({ workbook: wb, sheet: compare.a }, { workbook: wb, sheet: compare.b }) : validateWorkbook(wb, settings).findings;
      const actual: Finding[] = found.filter((f) => inScope(f.rule, spec.rules));

      const actualByKey = new Map<string, Finding>();
      for (const f of actual) actualByKey.set(key(f), f);
      const expectedKeys = new Set(spec.findings.map(key));
      const missing = spec.findings.filter((f) => !actualByKey.has(key(f))).map(key);
      const unexpected = actual
        .filter((f) => !expectedKeys.has(key(f)))
        .map((f) => `${key(f)} | ${f.message} | expected=${f.expected} actual=${f.actual}`);
      const valueMismatch: string[] = [];
      for (const e of spec.findings) {
        const a = actualByKey.get(key(e));
        if (!a) continue;
        if (e.expected !== undefined && e.expected !== a.expected) valueMismatch.push(`${key(e)}: expected "${e.expected}", engine says "${a.expected}"`);
        if (e.actual !== undefined && e.actual !== a.actual) valueMismatch.push(`${key(e)}: actual "${e.actual}", engine says "${a.actual}"`);
      }
      expect({ missing, unexpected, valueMismatch }).toEqual({ missing: [], unexpected: [], valueMismatch: [] });
    });
  }
});
