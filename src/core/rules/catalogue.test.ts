// The catalogue is the contract: unique stable codes, a default message in both languages, and docs/rules.md
// listing every registered code.
import * as fs from "fs";
import * as path from "path";
import { RULES } from "./catalogue";

test("codes are unique, well formed, and every rule has Indonesian and English default messages", () => {
  const codes = RULES.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const r of RULES) {
    expect(r.code).toMatch(/^SAKIP-[A-Z]+-\d{3}$/);
    expect(r.messages.default.id.length).toBeGreaterThan(10);
    expect(r.messages.default.en.length).toBeGreaterThan(10);
    expect(["error", "warning", "info"]).toContain(r.severity);
  }
});

test("docs/rules.md lists every registered rule", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../../docs/rules.md"), "utf8");
  const missing = RULES.map((r) => r.code).filter((c) => !doc.includes("`" + c + "`"));
  expect(missing).toEqual([]);
});
