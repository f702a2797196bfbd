import { parseFormula, renderFormula, r1c1Key, refsOf, functionsOf, follows, copyTo, evaluate, inNotation, refBox } from "..";
import type { Scalar } from "..";

const ast = (f: string) => {
  const p = parseFormula(f);
  if (!p) throw new Error("unparsed " + f);
  return p.ast;
};

describe("formula parser", () => {
  it("reads references, ranges, chained ranges, sheets and functions", () => {
    const a = ast("=AVERAGE(T56:T64:T67)+'PK 1'!$B$2*-2%");
    const refs = refsOf(a);
    expect(refs).toHaveLength(2);
    expect(refs[0].parts).toHaveLength(3);
    expect(refBox(refs[0])).toEqual({ top: 55, left: 19, bottom: 66, right: 19 });
    expect(refs[1]).toEqual({ sheet: "PK 1", parts: [{ row: 1, col: 1, rowAbs: true, colAbs: true }] });
    expect(functionsOf(a)).toEqual(["AVERAGE"]);
    expect(renderFormula(a)).toBe("=AVERAGE(T56:T64:T67)+'PK 1'!$B$2*-2%");
  });

  it("keeps Excel's precedence: -2^2 is 4, 1+2*3 is 7, & below +", () => {
    const get = () => null;
    expect(evaluate(ast("=-2^2"), get)).toBe(4);
    expect(evaluate(ast("=1+2*3"), get)).toBe(7);
    expect(evaluate(ast('="a"&1+2'), get)).toBe("a3");
    expect(evaluate(ast("=(1+2)*3"), get)).toBe(9);
  });

  it("reads whole columns and rows, names, errors and omitted arguments", () => {
    expect(refsOf(ast("=SUM(C:C)+SUM($3:$3)")).map((r) => r.parts)).toEqual([
      [{ col: 2, rowAbs: false, colAbs: false }, { col: 2, rowAbs: false, colAbs: false }],
      [{ row: 2, rowAbs: true, colAbs: false }, { row: 2, rowAbs: true, colAbs: false }],
    ]);
    expect(ast("=Tabel1[Pagu]")).toEqual({ t: "name", v: "Tabel1[Pagu]" });
    expect(ast("=A1+#REF!")).toMatchObject({ t: "bin", b: { t: "err", v: "#REF!" } });
    expect(ast("=IF(A1,,B1)")).toMatchObject({ t: "fn", name: "IF", args: [{ t: "ref" }, { t: "empty" }, { t: "ref" }] });
    expect(ast("=_xlfn.IFNA(A1,0)")).toMatchObject({ t: "fn", name: "IFNA" });
  });

  it("a filled column parses as the one template it is, each cell with its own rows", () => {
    const texts = ["=E5/D5*100", "=E6/D6*100", "=SUM($C$3:C9)+A10", "=SUM($C$3:C10)+A11", "=LOG10(A2)", "=LOG10(A3)", "=A0+1", "=A7+1"];
    for (const t of texts) {
      const p = parseFormula(t);
      expect(p && renderFormula(p.ast)).toBe(t === "=A0+1" ? "=A0+1" : t);
    }
    expect(ast("=A0+1")).toMatchObject({ t: "bin", a: { t: "name", v: "A0" } });
    expect(ast("=A7+1")).toMatchObject({ t: "bin", a: { t: "ref" } });
  });

  it("refuses what is not a formula", () => {
    expect(parseFormula("=")).toBeNull();
    expect(parseFormula("=SUM(A1")).toBeNull();
    expect(parseFormula("=1+")).toBeNull();
  });

  it("gives filled copies one R1C1 form", () => {
    expect(r1c1Key(ast("=SUM(C3:C9)"), 9, 2)).toBe("SUM(R[-7]C:R[-1]C)");
    expect(r1c1Key(ast("=SUM(D3:D9)"), 9, 3)).toBe("SUM(R[-7]C:R[-1]C)");
    expect(r1c1Key(ast("=C5/$C$20"), 4, 3)).toBe("RC[-1]/R20C3");
  });

  it("absolute and relative references that mean the same follow each other", () => {
    // C10 =SUM(C3:C9) and D10 =SUM($D$3:$D$9): the second is what the first gives when copied to D10.
    expect(follows(ast("=SUM($D$3:$D$9)"), 9, 3, ast("=SUM(C3:C9)"), 9, 2)).toBe(true);
    // An anchored denominator: every row divides by row 20.
    expect(follows(ast("=C6/C20"), 5, 3, ast("=C5/$C$20"), 4, 3)).toBe(true);
    expect(follows(ast("=C6/C21"), 5, 3, ast("=C5/$C$20"), 4, 3)).toBe(false);
    expect(follows(ast("=SUM(C3:C8)"), 9, 2, ast("=SUM(D3:D9)"), 9, 3)).toBe(false);
  });

  it("copies a pattern to another cell as Excel's fill does", () => {
    const c = copyTo(ast("=SUM(C$3:C9)+$A1"), 9, 2, 10, 4);
    expect(c && renderFormula(c)).toBe("=SUM(E$3:E10)+$A2");
    expect(copyTo(ast("=A1"), 5, 5, 0, 0)).toBeNull();
  });

  it("shows formulas in Indonesian notation", () => {
    expect(inNotation("=IF(A1>0.5,SUM(B1,B2),\"a,b\")", "id")).toBe("=IF(A1>0,5;SUM(B1;B2);\"a,b\")");
    expect(inNotation("=SUM(A1,B1)", "en")).toBe("=SUM(A1,B1)");
  });

  it("evaluates the aggregates planning sheets use on cached values", () => {
    const vals: Record<string, Scalar> = { "0,0": 2, "1,0": 4, "2,0": "teks", "3,0": null };
    const get = (_s: string | undefined, r: number, c: number) => vals[`${r},${c}`] ?? null;
    expect(evaluate(ast("=SUM(A1:A4)"), get)).toBe(6);
    expect(evaluate(ast("=AVERAGE(A1:A4)"), get)).toBe(3);
    expect(evaluate(ast("=COUNT(A1:A4)"), get)).toBe(2);
    expect(evaluate(ast("=A1/A4"), get)).toEqual({ error: "#DIV/0!" });
    expect(evaluate(ast("=VLOOKUP(A1,A1:A4,1)"), get)).toBeUndefined();
    expect(evaluate(ast("=AVERAGE(A1:A2:A4)"), get)).toBe(3);
  });
});
