import { columnsOf, exprText, parseColumnExpr, parseColumnNumberCell } from "../declared";

describe("column-number row declarations", () => {
  it("reads a plain column number, with or without brackets", () => {
    expect(parseColumnNumberCell("7")).toEqual({ n: 7 });
    expect(parseColumnNumberCell("(12)")).toEqual({ n: 12 });
    expect(parseColumnNumberCell("Target")).toBeNull();
    expect(parseColumnNumberCell("")).toBeNull();
  });

  it("reads a sum over columns: 13 = 9 + 10 + 11 + 12", () => {
    const p = parseColumnNumberCell("13 = 9 + 10 + 11 + 12")!;
    expect(p.n).toBe(13);
    expect(columnsOf(p.expr!)).toEqual([9, 10, 11, 12]);
    expect(exprText(p.expr!)).toBe("9 + 10 + 11 + 12");
    expect(p.expr).toEqual({ kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "col", n: 9 }, right: { kind: "col", n: 10 } }, right: { kind: "col", n: 11 } }, right: { kind: "col", n: 12 } });
  });

  it("reads a ratio: 8=(7/6) and 10=(5+7+9)", () => {
    expect(parseColumnNumberCell("8=(7/6)")!.expr).toEqual({ kind: "op", op: "/", left: { kind: "col", n: 7 }, right: { kind: "col", n: 6 } });
    expect(columnsOf(parseColumnNumberCell("10=(5+7+9)")!.expr!)).toEqual([5, 7, 9]);
  });

  it("reads a percent factor: (5)=(4)/(3)x100% and 14 = 12/7 x 100%", () => {
    const p = parseColumnNumberCell("(5)=(4)/(3)x100%")!;
    expect(p.n).toBe(5);
    expect(p.expr).toEqual({ kind: "op", op: "*", left: { kind: "op", op: "/", left: { kind: "col", n: 4 }, right: { kind: "col", n: 3 } }, right: { kind: "num", value: 100, percent: true } });
    const q = parseColumnNumberCell("14 = 12/7 x 100")!;
    expect(q.expr).toEqual({ kind: "op", op: "*", left: { kind: "op", op: "/", left: { kind: "col", n: 12 }, right: { kind: "col", n: 7 } }, right: { kind: "num", value: 100 } });
    expect(exprText(p.expr!)).toBe("4 / 3 x 100%");
  });

  it("reads a difference and the Unicode operators planners paste", () => {
    expect(parseColumnNumberCell("6 = 4 \u2212 5")!.expr).toEqual({ kind: "op", op: "-", left: { kind: "col", n: 4 }, right: { kind: "col", n: 5 } });
    expect(parseColumnNumberCell("9 = 8 \u00d7 7")!.expr).toEqual({ kind: "op", op: "*", left: { kind: "col", n: 8 }, right: { kind: "col", n: 7 } });
    expect(parseColumnNumberCell("7 = 6 : 5")!.expr).toEqual({ kind: "op", op: "/", left: { kind: "col", n: 6 }, right: { kind: "col", n: 5 } });
  });

  it("precedence: 13 = 7 + 12 / 2 multiplies before adding", () => {
    expect(exprText(parseColumnExpr("7 + 12 / 2")!)).toBe("7 + 12 / 2");
    expect(parseColumnExpr("(7 + 12) / 2")).toEqual({ kind: "op", op: "/", left: { kind: "op", op: "+", left: { kind: "col", n: 7 }, right: { kind: "col", n: 12 } }, right: { kind: "col", n: 2 } });
  });

  it("rejects what is not a declaration", () => {
    expect(parseColumnNumberCell("13 = ")).toBeNull();
    expect(parseColumnNumberCell("= 9 + 10")).toBeNull();
    expect(parseColumnNumberCell("5 = (4 / 3")).toBeNull();
    expect(parseColumnNumberCell("Jumlah = 9 + 10")).toBeNull();
    expect(parseColumnNumberCell("5 = 100%")).toBeNull();
    expect(parseColumnExpr("4 / 3 abc")).toBeNull();
  });
});
