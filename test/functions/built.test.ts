// The BUILT add-in artefacts (npm test builds dist/ first): functions.json as Excel reads it, and functions.js run in a
// sandbox with a stand-in for Excel's CustomFunctions runtime, called the way Excel calls it
// (ranges as matrices, a single cell as [[v]], null for an omitted argument, 0 for a blank cell on desktop).
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { formatPercent, formatNumberId } from "../../src/core/numbers/money";
import { DIST, loadBundle, err, cell, ExcelError } from "./bundle";

const jsonPath = path.join(DIST, "functions.json");
const jsPath = path.join(DIST, "functions.js");

interface Param { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { dimensionality?: string } }

const EXPECTED: Record<string, string[]> = {
  CAPAIAN: ["target", "realisasi", "polaritas?", "batas_atas?"],
  EFISIENSI: ["capaian_kinerja", "serapan_anggaran", "metode?"],
  MERIT_SCORE: ["nilai_atau_skor", "bobot?", "keluaran?"],
  IKM: ["jawaban", "keluaran?"],
  PREDIKAT: ["capaian", "skala?"],
  SERAPAN: ["pagu", "realisasi"],
  NIP: ["nip", "bagian?"],
  SAMPEL_SKM: ["populasi"],
};
// Parameters that take ranges (element-wise or aggregated) must be matrices in the metadata.
const MATRIX = ["target", "realisasi", "polaritas", "batas_atas", "capaian_kinerja", "serapan_anggaran", "metode",
  "nilai_atau_skor", "bobot", "jawaban", "capaian", "pagu", "nip", "populasi"];

// Words that show a description is Indonesian (every description must use at least one).
const INDONESIAN = /\b(dan|atau|sebagai|dibagi|bawaan|jumlah|angka|nilai|sel|boleh|untuk|per|menurut|kosong|teks|bila|capaian|anggaran|responden|populasi|sampel|bagian|indeks)\b/i;

describe("dist/functions.json", () => {
  const meta: { functions: Fn[] } = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const byId = new Map(meta.functions.map((f) => [f.id, f]));

  test("exactly the eight SAKIP functions, names without digits", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.name).not.toMatch(/\d/);
    }
  });

  for (const [id, params] of Object.entries(EXPECTED)) {
    test(`${id}: parameters, order, optional, dimensionality, Indonesian descriptions`, () => {
      const f = byId.get(id)!;
      expect(f.parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(params);
      expect(f.description).toMatch(INDONESIAN);
      for (const p of f.parameters) {
        expect(p.description ?? "").toMatch(INDONESIAN);
        if (MATRIX.includes(p.name)) expect(p.dimensionality).toBe("matrix");
        expect(["any", "string"]).toContain(p.type); // typed "number" would refuse "21,44" text
      }
    });
  }

  test("element-wise functions spill (matrix result); MERIT_SCORE returns one value", () => {
    for (const id of ["CAPAIAN", "EFISIENSI", "IKM", "PREDIKAT", "SERAPAN", "NIP", "SAMPEL_SKM"])
      expect(byId.get(id)!.result.dimensionality).toBe("matrix");
    expect(byId.get("MERIT_SCORE")!.result.dimensionality ?? "scalar").toBe("scalar");
  });
});

describe("dist/functions.en.json (English Excel)", () => {
  const id: { functions: Fn[] } = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const en: { functions: Fn[] } = JSON.parse(fs.readFileSync(path.join(DIST, "functions.en.json"), "utf8"));
  const ENGLISH = /\b(the|of|as|or|and|a|per|from|when|is|are)\b/i;

  test("the same functions, names, parameters, types and dimensionality as the Indonesian default", () => {
    const shape = (m: { functions: Fn[] }) => m.functions.map((f) => ({ ...f, description: "", parameters: f.parameters.map((p) => ({ ...p, description: "" })) }));
    expect(shape(en)).toEqual(shape(id));
  });

  test("every function and parameter has English help, different from the Indonesian", () => {
    const byId = new Map(id.functions.map((f) => [f.id, f]));
    for (const f of en.functions) {
      const ind = byId.get(f.id)!;
      expect(f.description).toMatch(ENGLISH);
      expect(f.description).not.toBe(ind.description);
      f.parameters.forEach((p, i) => {
        expect(p.description ?? "").toMatch(ENGLISH);
        expect(p.description).not.toBe(ind.parameters[i].description);
      });
    }
  });
});

describe("dist/functions.js", () => {
  const { code, registry, call } = loadBundle();

  test("outside Excel (no CustomFunctions runtime) loading functions.js raises no error", () => {
    const bare: Record<string, unknown> = { console };
    bare.self = bare;
    bare.window = bare;
    vm.createContext(bare);
    expect(() => vm.runInContext(code, bare, { filename: "functions.js" })).not.toThrow();
  });

  test("associates every function of functions.json", () => {
    expect(Object.keys(registry).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test("CAPAIAN: seed figures, single cells as [[v]]", () => {
    expect(formatPercent(cell(call("CAPAIAN", [[260]], [[278]])) as number)).toBe("106,92%");
    expect(formatPercent(cell(call("CAPAIAN", [["21,44"]], [["19,38"]])) as number)).toBe("90,39%");
    expect(formatPercent(cell(call("CAPAIAN", [[82.75]], [[82.79]])) as number)).toBe("100,05%");
  });

  test("CAPAIAN: text as planners type it (units, Indonesian separators)", () => {
    expect(formatPercent(cell(call("CAPAIAN", [["516 box manmin"]], [[503]])) as number)).toBe("97,48%"); // PK appendix
    expect(formatPercent(cell(call("CAPAIAN", [["1.000"]], [[950]])) as number)).toBe("95,00%"); // 1.000 = seribu
    expect(formatPercent(cell(call("CAPAIAN", [["12,500"]], [[12.5]])) as number)).toBe("100,00%"); // 12,500 = 12,5
    expect(formatPercent(cell(call("CAPAIAN", [["95%"]], [["97,5%"]])) as number)).toBe("102,63%");
    expect(err(cell(call("CAPAIAN", [["577.255.000.00"]], [[1]])))).toBe('#VALUE! target: angka "577.255.000.00" salah tulis (mungkin maksudnya 577.255.000,00).');
  });

  test("CAPAIAN: a range spills the same shape; a scalar pairs with every element", () => {
    const out = call("CAPAIAN", [[260], [21.44], [82.75], [89.5]], [[278], [19.38], [82.79], [88.92]]) as number[][];
    expect(out.map((r) => formatPercent(r[0]))).toEqual(["106,92%", "90,39%", "100,05%", "99,35%"]);
    const row = call("CAPAIAN", [[100]], [[90, 100, 187.8]]) as number[][];
    expect(row[0].map((x) => formatPercent(x))).toEqual(["90,00%", "100,00%", "187,80%"]);
    const mismatch = call("CAPAIAN", [[1], [2], [3]], [[1], [2]]) as unknown[][];
    expect(err(mismatch[2][0])).toMatch(/^#N\/A realisasi berukuran 2x1/);
  });

  test("CAPAIAN: polarity, range target, cap, per-row polarity", () => {
    expect(formatPercent(cell(call("CAPAIAN", [[7]], [[6.5]], [["negatif"]])) as number)).toBe("107,14%");
    expect(cell(call("CAPAIAN", [["80-90"]], [[85]]))).toBe(1);
    expect(cell(call("CAPAIAN", [[100]], [[187.8]], null, [[1.2]]))).toBe(1.2);
    const out = call("CAPAIAN", [[10], [10]], [[8], [8]], [["positif"], ["negatif"]]) as number[][];
    expect(out.map((r) => formatPercent(r[0]))).toEqual(["80,00%", "120,00%"]);
    expect(cell(call("CAPAIAN", [[0]], [[0]], [["negatif"]]))).toBe(1);
  });

  test("CAPAIAN: blanks and bad arguments become Excel errors with Indonesian messages", () => {
    expect(err(cell(call("CAPAIAN", [[260]], [[null]])))).toBe("#N/A realisasi kosong atau N/A.");
    expect(err(cell(call("CAPAIAN", [["N/A"]], [[5]])))).toBe("#N/A target kosong atau N/A.");
    expect(err(cell(call("CAPAIAN", [[0]], [[5]])))).toBe("#DIV/0!");
    expect(err(cell(call("CAPAIAN", [["abc"]], [[5]])))).toBe('#VALUE! target: "abc" bukan angka.');
    expect(err(cell(call("CAPAIAN", [[5]], [[5]], [["naik turun"]])))).toMatch(/^#VALUE! polaritas "naik turun" tidak dikenal/);
    // A mixed range: each element shows its own result.
    const mixed = call("CAPAIAN", [[260], [null], [0]], [[278], [1], [1]]) as unknown[][];
    expect(formatPercent(mixed[0][0] as number)).toBe("106,92%");
    expect(err(mixed[1][0])).toMatch(/^#N\/A/);
    expect(err(mixed[2][0])).toBe("#DIV/0!");
  });

  test("EFISIENSI and SERAPAN (seed Tabel 3.14/3.15)", () => {
    const s = cell(call("SERAPAN", [[4850842200]], [["Rp 4.324.934.317,00"]])) as number;
    expect(formatPercent(s)).toBe("89,16%");
    expect(formatPercent(cell(call("EFISIENSI", [["106,92%"]], [["89,16%"]])) as number)).toBe("17,76%");
    expect(formatPercent(cell(call("EFISIENSI", [[1.0692]], [[0.8916]], [["rasio"]])) as number)).toBe("119,92%");
    expect(formatPercent(cell(call("EFISIENSI", [[1.0692]], [[0.8916]], [["sisa"]])) as number)).toBe("10,84%");
    expect(err(cell(call("SERAPAN", [[0]], [[5]])))).toBe("#DIV/0!");
  });

  test("MERIT_SCORE: seed 278, indeks 0,68, Kategori III (Baik)", () => {
    const aspects = [[40], [36], [57.5], [20], [62.5], [35], [10], [17]];
    expect(call("MERIT_SCORE", aspects)).toBe(278);
    expect(formatNumberId(call("MERIT_SCORE", aspects, null, "indeks") as number, 2)).toBe("0,68");
    expect(call("MERIT_SCORE", aspects, null, "kategori")).toBe("III (Baik)");
    expect(call("MERIT_SCORE", [[4, 4, 4, 4, 4, 4, 4, 4]], [["iku"]])).toBe(400);
    expect(call("MERIT_SCORE", [[1, 1, 1, 1, 1, 1, 1, 1]], [[10, 10, 30, 10, 20, 10, 4, 6]], "kategori")).toBe("I (Buruk)");
    expect(err(call("MERIT_SCORE", [[5, 4, 4, 4, 4, 4, 4, 4]], [["iku"]]))).toMatch(/^#VALUE! skor ke-1 \(5\) harus 1 sampai 4/);
    expect(err(call("MERIT_SCORE", aspects, null, "peringkat"))).toMatch(/^#VALUE! keluaran "peringkat" tidak dikenal/);
  });

  test("IKM: raw answers, blanks (null on web, 0 on desktop) not answered, nrr spills one per unsur", () => {
    const answers = [[4, 3, null], [2, 0, 4], [3, 3, 4]];
    expect(formatNumberId(cell(call("IKM", answers)) as number, 2)).toBe(formatNumberId(((3 + 3 + 4) / 3) * 25, 2));
    expect(call("IKM", answers, "nrr")).toEqual([[3, 3, 4]]);
    expect(cell(call("IKM", answers, "mutu"))).toBe("B (Baik)"); // 83,33
    expect(err(call("IKM", [[4, 5]]))).toMatch(/^#VALUE! jawaban baris 1, kolom 2 \(5\) harus 1 sampai 4/);
    expect(call("IKM", [[4, 0], [3, null]], "nrr")).toEqual([[3.5, ""]]);
  });

  test("IKM: the seed's 10.878 over 365 x 9 answers gives 82,79, mutu B (Baik)", () => {
    const rows: number[][] = Array.from({ length: 365 }, () => new Array(9).fill(3));
    let extra = 10878 - 365 * 9 * 3;
    for (let i = 0; i < 365 && extra > 0; i++) for (let j = 0; j < 9 && extra > 0; j++) { rows[i][j] = 4; extra--; }
    expect(formatNumberId(cell(call("IKM", rows)) as number, 2)).toBe("82,79");
    expect(cell(call("IKM", rows, "mutu"))).toBe("B (Baik)");
  });

  test("PREDIKAT, NIP, SAMPEL_SKM", () => {
    expect(String(call("PREDIKAT", [[1.0692], [0.8], ["55%"], [null]]))).toMatch(/^Sangat Tinggi,Tinggi,Rendah,/);
    expect(err((call("PREDIKAT", [[null]]) as unknown[][])[0][0])).toMatch(/^#N\/A capaian kosong/);
    expect(cell(call("PREDIKAT", [[0.95]], "lkjip"))).toBe("Sangat Baik");
    expect(cell(call("NIP", [["19661019 198703 1 008"]]))).toBe("Valid");
    expect(cell(call("NIP", [["19661019 198703 1 008"]], "jenis_kelamin"))).toBe("Laki-laki");
    expect(cell(call("NIP", [["19661019 198703 1 008"]], "tanggal_lahir"))).toBe(24399);
    expect(cell(call("NIP", [[196610191987031008]]))).toMatch(/^Tidak valid: NIP disimpan sebagai angka/);
    expect(err(cell(call("NIP", [["1966"]], "tmt")))).toMatch(/^#VALUE! NIP tidak valid: NIP harus 18 digit/);
    expect(call("SAMPEL_SKM", [[100], [1000], [100000]])).toEqual([[80], [278], [384]]);
    expect(err(cell(call("SAMPEL_SKM", [[0]])))).toMatch(/^#VALUE! populasi/);
  });

  test("never an unhandled exception: odd inputs give Excel errors", () => {
    const odd: unknown[] = [undefined, [], [[]], [[{}]], [[true]], "x", 5, [[NaN]]];
    for (const id of Object.keys(EXPECTED)) {
      for (const v of odd) {
        const out = call(id, v, v, v, v);
        const flat = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
        for (const x of flat) {
          const ok = x instanceof ExcelError || typeof x === "number" || typeof x === "string" || typeof x === "boolean";
          expect(ok).toBe(true);
          if (x instanceof ExcelError) expect(x.message ?? "").not.toMatch(/tak terduga/);
        }
      }
    }
  });
});
