// A sketch of the proposed SAKIP.CAPAIAN wrapper (for src/functions/functions.ts, owned by the functions engineer),
// kept here so the bench can show its "after": same results as the shipped wrapper on numbers, text and errors,
// but (1) no Math.max(...spread) over the rows (a RangeError beyond ~125.000 rows), (2) the shape worked out once,
// (3) scalar options (polaritas, batas_atas) read once per call, not per element, (4) a number read as a number
// without building a ParsedNumber (String(value) + decimalsOf per element), (5) no per-element array + spread.
import { capaian as capaianCore, readNumber, readOption, POLARITIES, POLARITY_ALIASES, type Polarity } from "../../src/core/formulas";

type Cell = unknown;
const absent = (v: Cell) => v === null || v === undefined || v === "" || v === 0;
const matrix = (v: unknown): Cell[][] => (Array.isArray(v) ? (v.length ? (v as Cell[][]) : [[null]]) : [[v]]);

function num(v: Cell, name: string): number {
  return typeof v === "number" && Number.isFinite(v) ? v : readNumber(v, name);
}

export function capaianFast(target: any, realisasi: any, polaritas?: any, batas_atas?: any, toError: (e: unknown) => unknown = (e) => e): any[][] {
  const t = matrix(target);
  const r = matrix(realisasi);
  const p = matrix(polaritas);
  const b = matrix(batas_atas);
  let rows = 1;
  let cols = 1;
  for (const m of [t, r, p, b]) {
    rows = Math.max(rows, m.length);
    for (let i = 0; i < m.length; i++) cols = Math.max(cols, m[i].length);
  }
  const at = (m: Cell[][], i: number, j: number) => {
    const row = m.length === 1 ? m[0] : m[i];
    return row.length === 1 ? row[0] : row[j];
  };
  const scalarP = p.length === 1 && p[0].length === 1;
  const scalarB = b.length === 1 && b[0].length === 1;
  const polOf = (v: Cell): Polarity => readOption(absent(v) ? null : v, "polaritas", POLARITIES, "positif", POLARITY_ALIASES);
  const capOf = (v: Cell) => (absent(v) ? null : readNumber(v, "batas_atas"));
  const pol0 = scalarP ? polOf(p[0][0]) : "positif";
  const cap0 = scalarB ? capOf(b[0][0]) : null;
  const opts = { polaritas: pol0, batasAtas: cap0 };
  const out: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: unknown[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      try {
        const o = scalarP && scalarB ? opts : { polaritas: scalarP ? pol0 : polOf(at(p, i, j)), batasAtas: scalarB ? cap0 : capOf(at(b, i, j)) };
        const tv = at(t, i, j);
        line[j] = capaianCore(typeof tv === "number" && Number.isFinite(tv) ? tv : (readNumber(tv, "target") as number), num(at(r, i, j), "realisasi"), o);
      } catch (e) {
        line[j] = toError(e);
      }
    }
    out[i] = line;
  }
  return out;
}
