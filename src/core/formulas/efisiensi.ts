// Efisiensi penggunaan sumber daya as regional LKjIP compute it, and serapan anggaran.
import { FormulaError, clean } from "./errors";

export type EfisiensiMethod = "selisih" | "rasio" | "sisa";
export const EFISIENSI_METHODS: readonly EfisiensiMethod[] = ["selisih", "rasio", "sisa"];

/**
 * Efisiensi as a fraction, from capaian kinerja and serapan anggaran (both fractions).
 * - selisih (default; the seed's Tabel 3.15, column 6 = 4 - 5): capaian - serapan (1,0692 - 0,8916 = 0,1776)
 * - rasio: capaian / serapan (serapan 0 -> "div0")
 * - sisa: 1 - serapan, counted only where capaian >= 100%, else 0
 */
export function efisiensi(capaianKinerja: number, serapanAnggaran: number, metode: EfisiensiMethod = "selisih"): number {
  if (serapanAnggaran < 0) throw new FormulaError("value", "serapan_anggaran negatif.");
  if (metode === "selisih") return clean(capaianKinerja - serapanAnggaran);
  if (metode === "rasio") {
    if (serapanAnggaran === 0) throw new FormulaError("div0", "serapan_anggaran 0: rasio tidak dapat dihitung.");
    return clean(capaianKinerja / serapanAnggaran);
  }
  return capaianKinerja >= 1 ? clean(1 - serapanAnggaran) : 0;
}

/**
 * Serapan (absorption) = realisasi anggaran / pagu, a fraction (4.324.934.317 / 4.850.842.200 = 0,8916).
 * Pagu 0 -> "div0"; negative amounts -> "value". Realisasi above pagu is returned as is (> 100%):
 * the validator reports it, the function does not hide it.
 */
export function serapan(pagu: number, realisasi: number): number {
  if (pagu < 0) throw new FormulaError("value", "pagu negatif.");
  if (realisasi < 0) throw new FormulaError("value", "realisasi anggaran negatif.");
  if (pagu === 0) throw new FormulaError("div0", "pagu 0: serapan tidak dapat dihitung.");
  return clean(realisasi / pagu);
}
