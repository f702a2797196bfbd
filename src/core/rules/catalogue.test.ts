// The catalogue is the contract: unique stable codes and slugs, metadata and help in both languages for every rule,
// precedence that names rules that exist, and docs/rules.md generated from it.
import * as fs from "fs";
import * as path from "path";
import { RULES, ruleByCode } from "./catalogue";
import { renderRulesDoc, RULES_DOC } from "../../../scripts/rules-docs";

const bilingual = (b: { id: string; en: string } | undefined) => !!b && b.id.trim().length > 0 && b.en.trim().length > 0;

test("codes and slugs are unique and well formed", () => {
  const codes = RULES.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  const slugs = RULES.map((r) => r.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const r of RULES) {
    expect(r.code).toMatch(/^SAKIP-[A-Z]+-\d{3}$/);
    expect(r.slug).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(["error", "warning", "info"]).toContain(r.severity);
  }
});

test("every rule has a title, and every message a suggestion, in Indonesian and English, and help on all four points", () => {
  for (const r of RULES) {
    expect(bilingual(r.title)).toBe(true);
    expect(r.messages.default.id.length).toBeGreaterThan(10);
    expect(r.messages.default.en.length).toBeGreaterThan(10);
    for (const m of Object.values(r.messages)) {
      expect(bilingual(m)).toBe(true);
      expect([r.code, bilingual(m.suggestion)]).toEqual([r.code, true]);
    }
    for (const part of [r.help.checks, r.help.why, r.help.fix, r.help.regulation]) expect([r.code, bilingual(part)]).toEqual([r.code, true]);
  }
});

test("a rule is driven per table or per workbook, never both, and defers only to rules of the catalogue", () => {
  const codes = new Set(RULES.map((r) => r.code));
  for (const r of RULES) {
    expect([r.code, typeof r.checkTable === "function", typeof r.checkWorkbook === "function"].filter((x) => x === true).length).toBe(1);
    for (const c of r.defersTo ?? []) {
      expect(codes.has(c)).toBe(true);
      expect(c).not.toBe(r.code);
    }
  }
});

test("docs/rules.md is generated from the catalogue (npm run docs:rules) and up to date", () => {
  const doc = fs.readFileSync(RULES_DOC, "utf8");
  if (doc !== renderRulesDoc()) throw new Error("docs/rules.md is out of date: run `npm run docs:rules`");
  for (const r of RULES) expect(doc).toContain(`<a id="${r.slug}"></a>`);
});

test("one name per rule: its file, its fires and holds cases, its unit test and its docs entry share the slug", () => {
  const root = path.join(__dirname, "..", "..", "..");
  const doc = fs.readFileSync(RULES_DOC, "utf8");
  const missing: string[] = [];
  for (const r of RULES) {
    const file = path.join(__dirname, r.family, `${r.slug}.ts`);
    if (!fs.existsSync(file)) missing.push(`${r.code}: src/core/rules/${r.family}/${r.slug}.ts`);
    else if (!/export const rule\b/.test(fs.readFileSync(file, "utf8")) || !fs.readFileSync(file, "utf8").includes(`"${r.code}"`)) missing.push(`${r.code}: ${r.slug}.ts does not export this rule`);
    for (const kind of ["fires", "holds"]) {
      if (!fs.existsSync(path.join(root, "test", "cases", r.family, `${r.slug}-${kind}`, "expected.json"))) missing.push(`${r.code}: test/cases/${r.family}/${r.slug}-${kind}/`);
    }
    if (!fs.existsSync(path.join(__dirname, r.family, `${r.slug}.test.ts`))) missing.push(`${r.code}: src/core/rules/${r.family}/${r.slug}.test.ts`);
    if (!doc.includes(`<a id="${r.slug}"></a>`)) missing.push(`${r.code}: docs/rules.md#${r.slug}`);
  }
  expect(missing).toEqual([]);
});

test("a finding's rule is found by its code", () => {
  expect(ruleByCode("SAKIP-TOTAL-001")?.slug).toBe("total-sum");
  expect(ruleByCode("SAKIP-ENGINE-001")).toBeUndefined();
});
