// The layout of src/core/rules/: each family (a folder of rules) imports only the kit, the rule contract and the
// rest of core, never another family; the kit imports no family.
import * as fs from "fs";
import * as path from "path";

const RULES_DIR = __dirname;
const folders = fs.readdirSync(RULES_DIR).filter((d) => fs.statSync(path.join(RULES_DIR, d)).isDirectory());

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  return [...src.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g)].map((m) => m[1] ?? m[2]);
}

test("no family under src/core/rules imports another family, and the kit imports none", () => {
  const crossings: string[] = [];
  for (const folder of folders) {
    for (const f of fs.readdirSync(path.join(RULES_DIR, folder)).filter((x) => /\.tsx?$/.test(x))) {
      const file = path.join(RULES_DIR, folder, f);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = path.relative(RULES_DIR, path.resolve(path.dirname(file), spec));
        const top = target.split(path.sep)[0];
        if (folders.includes(top) && top !== folder && top !== "kit") crossings.push(`${folder}/${f} -> ${target}`);
        if (folder === "kit" && folders.includes(top) && top !== "kit") crossings.push(`kit/${f} -> ${target}`);
      }
    }
  }
  expect(folders).toContain("kit");
  expect(crossings).toEqual([]);
});
