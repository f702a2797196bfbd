// Every rule of the engine, in catalogue order (docs/rules.md is generated from it). Each rule file exports `rule`.
import type { Rule } from "./rule";
import { rule as total } from "./totals/total-sum";
import { rule as parentSum } from "./hierarchy/parent-sum";
import { rule as pkChain } from "./hierarchy/pk-chain-sum";
import { rule as conflictAmount } from "./conflicts/amount-conflict";
import { rule as conflictTarget } from "./conflicts/target-conflict";
import { rule as realisasiPagu } from "./budget/realisasi-above-pagu";
import { rule as capaian } from "./derived/capaian";
import { rule as serapan } from "./derived/serapan";
import { rule as efisiensi } from "./derived/efisiensi";
import { rule as sisa } from "./derived/sisa";
import { rule as share } from "./derived/share";
import { rule as skmAnswers } from "./skm/skm-answers";
import { rule as nrr } from "./skm/nrr";
import { rule as ikm } from "./skm/ikm";
import { rule as meritTotal } from "./merit/merit-total";
import { rule as meritKategori } from "./merit/merit-kategori";
import { rule as meritWeights } from "./merit/merit-weights";
import { rule as meritAspectMax } from "./merit/merit-aspect-max";
import { rule as nipInvalid } from "./people/nip-invalid";
import { rule as nipNumber } from "./people/nip-as-number";
import { rule as nipNames } from "./people/nip-names";
import { rule as numMalformed } from "./numbers/malformed-number";
import { rule as numMixed } from "./numbers/mixed-convention";
import { rule as numText } from "./numbers/text-amount";
import { rule as nipSpelling } from "./people/nip-spelling";
import { rule as nomenCode } from "./nomenclature/nomen-code";
import { rule as nomenName } from "./nomenclature/nomen-name";

export const RULES: Rule[] = [
  // totals, hierarchy, conflicts, budget
  total, parentSum, pkChain, conflictAmount, conflictTarget, realisasiPagu,
  // derived figures
  capaian, serapan, efisiensi, sisa, share,
  // SKM
  skmAnswers, nrr, ikm,
  // Sistem Merit
  meritTotal, meritKategori, meritWeights, meritAspectMax,
  // people
  nipInvalid, nipNumber, nipNames, nipSpelling,
  // number formats
  numMalformed, numMixed, numText,
  // official nomenclature (only with a list given)
  nomenCode, nomenName,
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

/** The catalogue entry of a finding's rule (title, help, docs anchor = slug), or undefined for engine codes. */
export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
