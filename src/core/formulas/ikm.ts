// Indeks Kepuasan Masyarakat (IKM) per PermenPANRB 14/2017.
import { FormulaError, clean, shownValue } from "./errors";
import { roundHalfUp } from "../numbers/money";

export interface IkmOptions {
  /** Weight per unsur printed in the regulation (0,111 for 9 unsur) instead of exact 1/n: reproduces legacy
   *  spreadsheets. For n unsur the legacy weight is 1/n rounded to 3 decimals. */
  legacyWeight?: boolean;
}

export interface IkmResult {
  /** NRR per unsur (sum / answers given); null where an unsur has no answer. */
  nrr: (number | null)[];
  /** Answers given per unsur. */
  answered: number[];
  /** Respondents (rows with at least one answer). */
  respondents: number;
  /** IKM 25..100 (not rounded). */
  ikm: number;
}

/** An answer that means "not answered": blank, null, 0 (how Excel desktop passes a blank cell), "N/A", "-". */
const NOT_ANSWERED = /^\s*(?:|-+|–|—|n\/?a|n\.a\.?|#n\/a|tidak menjawab|tidak ada)\s*$/i;

/**
 * IKM from raw answers: rows = respondents, columns = unsur, answers 1..4.
 * Not answered: blank, null, 0 (how Excel desktop passes a blank cell), "N/A", "-"; they leave the NRR of that unsur.
 * NRR_u = sum_u / answers_u; IKM = mean NRR x 25 (weight 1/number of unsur, or the legacy 0,111).
 * Answers outside 1..4 (or not whole) are a "value" error naming row and column (1-based, within the range).
 * An unsur nobody answered is an "na" error (the regulation weighs every unsur).
 * Linear in the cells; a blank row costs one test per cell (a whole column B:J is 1.048.576 of them).
 */
export function ikmFromAnswers(answers: readonly (readonly unknown[])[], options: IkmOptions = {}): IkmResult {
  if (!answers.length || !answers[0].length) throw new FormulaError("na", "jawaban kosong.");
  // Excel passes rectangles: the first row's width, grown if a longer row comes (one pass over the cells).
  let cols = answers[0].length;
  const sum = new Array<number>(cols).fill(0);
  const answered = new Array<number>(cols).fill(0);
  let respondents = 0;
  for (let r = 0; r < answers.length; r++) {
    const row = answers[r];
    let any = false;
    if (row.length > cols) {
      for (let c = cols; c < row.length; c++) { sum.push(0); answered.push(0); }
      cols = row.length;
    }
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (raw === null || raw === 0 || raw === undefined || raw === "") continue;
      let v: number;
      if (typeof raw === "number") v = raw;
      else if (typeof raw === "string" && /^\s*[1-4]\s*$/.test(raw)) v = Number(raw);
      else if (typeof raw === "string" && NOT_ANSWERED.test(raw)) continue;
      else throw new FormulaError("value", `jawaban baris ${r + 1}, kolom ${c + 1} (${shownValue(raw)}) harus angka 1 sampai 4.`);
      if (!(Number.isInteger(v) && v >= 1 && v <= 4))
        throw new FormulaError("value", `jawaban baris ${r + 1}, kolom ${c + 1} (${shownValue(v)}) harus 1 sampai 4.`);
      sum[c] += v;
      answered[c]++;
      any = true;
    }
    if (any) respondents++;
  }
  const nrr = sum.map((s, c) => (answered[c] ? clean(s / answered[c]) : null));
  const empty = nrr.findIndex((x) => x === null);
  if (respondents === 0) throw new FormulaError("na", "belum ada jawaban (semua sel kosong).");
  const result: IkmResult = { nrr, answered, respondents, ikm: NaN };
  if (empty >= 0) throw Object.assign(new FormulaError("na", `unsur ke-${empty + 1} belum ada jawaban.`), { partial: result });
  result.ikm = ikmFromNrr(nrr as number[], options);
  return result;
}

/** IKM from NRR per unsur: sum(NRR x bobot) x 25. */
export function ikmFromNrr(nrr: readonly number[], options: IkmOptions = {}): number {
  if (!nrr.length) throw new FormulaError("na", "NRR kosong.");
  const w = options.legacyWeight ? roundHalfUp(1 / nrr.length, 3) : 1 / nrr.length;
  return clean(nrr.reduce((a, x) => a + x * w, 0) * 25);
}

/**
 * IKM from totals, the seed's form: total nilai persepsi / (respondents x unsur) x 25.
 * 10.878 / (365 x 9) x 25 = 82,785... -> 82,79.
 */
export function ikmFromTotals(totalNilai: number, respondents: number, unsur = 9): number {
  if (!(respondents > 0) || !(unsur > 0)) throw new FormulaError("div0", "jumlah responden atau unsur 0.");
  const ikm = clean((totalNilai / (respondents * unsur)) * 25);
  if (ikm < 25 - 1e-9 || ikm > 100 + 1e-9) throw new FormulaError("value", `IKM ${shownValue(ikm)} di luar rentang 25-100: total tidak cocok dengan responden x unsur.`);
  return ikm;
}

export interface IkmMutu {
  mutu: "A" | "B" | "C" | "D";
  kinerja: "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik";
}

/** Mutu pelayanan, classified on the IKM rounded to 2 decimals: A >= 88,31; B >= 76,61; C >= 65,00; D below. */
export function ikmMutu(ikm: number): IkmMutu {
  if (!(ikm >= 25 - 1e-9 && ikm <= 100 + 1e-9)) throw new FormulaError("value", `IKM ${shownValue(ikm)} di luar rentang 25-100.`);
  const v = roundHalfUp(ikm, 2);
  if (v >= 88.31) return { mutu: "A", kinerja: "Sangat Baik" };
  if (v >= 76.61) return { mutu: "B", kinerja: "Baik" };
  if (v >= 65) return { mutu: "C", kinerja: "Kurang Baik" };
  return { mutu: "D", kinerja: "Tidak Baik" };
}

/** "B (Baik)" */
export const ikmMutuText = (ikm: number): string => {
  const m = ikmMutu(ikm);
  return `${m.mutu} (${m.kinerja})`;
};
