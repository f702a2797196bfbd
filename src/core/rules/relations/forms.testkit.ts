// Tables as recognition hands them over (K / Rp columns, years, quarters, column numbers, declared relations,
// footer rows), for the relation rules' unit tests: our own instance of the Permendagri 86/2017 evaluation form.
import { sheetOf, type Spec } from "../../../../test/support/rulekit";
import type { RecognizedTable } from "../../tables/table";
import type { ContextColumn, ContextTable } from "./model";

export const PCT = "0.00%";
export const RP = "#,##0";

/** Columns: A indikator, B satuan, then K/Rp pairs numbered 3..8: target(3), TW I..IV (4..7), realisasi (8 = 4+5+6+7), capaian (9 = 8/3 x 100%). */
export function evaluationForm(rows: Array<{ ind: string; unit: string; t: [number, number]; tw: Array<[number, number]>; real?: [number, number]; cap?: [number, number]; level?: "program" | "kegiatan" }>, footer?: Spec[][]) {
  const grid: Spec[][] = [["Indikator", "Satuan"], [null, null], ["1", "2"]];
  const numbers = ["3", "4", "5", "6", "7", "8 = 4 + 5 + 6 + 7", "9 = 8/3 x 100%"];
  numbers.forEach((n, i) => { grid[2][2 + 2 * i] = n; });
  for (const x of rows) {
    const k = x.tw.reduce((a, b) => a + b[0], 0);
    const rp = x.tw.reduce((a, b) => a + b[1], 0);
    const real = x.real ?? [k, rp];
    const cap = x.cap ?? [real[0] / x.t[0], real[1] / x.t[1]];
    const line: Spec[] = [x.ind, x.unit, x.t[0], { v: x.t[1], f: RP }];
    for (const [a, b] of x.tw) line.push(a, { v: b, f: RP });
    line.push(real[0], { v: real[1], f: RP }, { v: cap[0], f: PCT }, { v: cap[1], f: PCT });
    grid.push(line);
  }
  for (const f of footer ?? []) grid.push(f);
  const sheet = sheetOf("Evaluasi Renja", grid);
  const cols: ContextColumn[] = [{ role: "indikator", col: 0, header: "Indikator", number: 1 }, { role: "satuan", col: 1, header: "Satuan", number: 2 }];
  const names = ["Target Renja", "TW I", "TW II", "TW III", "TW IV", "Realisasi", "Tingkat capaian"];
  names.forEach((h, i) => {
    const base = { number: 3 + i, group: h, ...(i >= 1 && i <= 4 ? { quarter: i as 1 | 2 | 3 | 4 } : {}) };
    const role = i === 0 ? "target" : i === 6 ? "capaian" : "realisasi";
    cols.push({ role: role as ContextColumn["role"], col: 2 + 2 * i, header: `${h} / K`, measure: "K", ...base });
    cols.push({ role: (i === 0 ? "anggaran" : i === 6 ? "capaian_anggaran" : "realisasi_anggaran") as ContextColumn["role"], col: 3 + 2 * i, header: `${h} / Rp`, measure: "Rp", ...base });
  });
  const table: ContextTable = {
    kind: "measurement", sheet: sheet.name, top: 0, left: 0, bottom: 2 + rows.length, right: 15, headerTop: 0, headerBottom: 2,
    columns: cols,
    rows: rows.map((x, i) => ({ row: 3 + i, kind: "item", label: x.ind, level: x.level })),
    declared: [
      { col: 12, n: 8, text: "8 = 4 + 5 + 6 + 7", expr: { kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "op", op: "+", left: { kind: "col", n: 4 }, right: { kind: "col", n: 5 } }, right: { kind: "col", n: 6 } }, right: { kind: "col", n: 7 } } },
      { col: 14, n: 9, text: "9 = 8/3 x 100%", expr: { kind: "op", op: "*", left: { kind: "op", op: "/", left: { kind: "col", n: 8 }, right: { kind: "col", n: 3 } }, right: { kind: "num", value: 100, percent: true } } },
    ],
    ...(footer ? { footer: { top: 3 + rows.length, bottom: 2 + rows.length + footer.length } } : {}),
  };
  return { sheet, table: table as RecognizedTable };
}


export const good = { ind: "Jumlah layanan publik yang terintegrasi", unit: "layanan", t: [5, 950_000_000] as [number, number], tw: [[1, 150_000_000], [1, 250_000_000], [1, 250_000_000], [2, 280_000_000]] as Array<[number, number]> };

