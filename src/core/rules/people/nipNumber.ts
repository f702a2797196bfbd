// SAKIP-NIP-002: a NIP stored as a number. Excel keeps 15 significant digits, so the last digits of an 18-digit
// NIP are already lost (196610191987031008 is stored as 196610191987031000): it must be typed as text.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip } from "./nips";
import { nipProblem } from "../../formulas/nip";

export const CODE = "SAKIP-NIP-002";

export const rule: Rule = {
  code: CODE,
  title: { id: "NIP disimpan sebagai angka", en: "NIP stored as a number" },
  severity: "error",
  messages: {
    default: {
      id: "NIP disimpan sebagai angka ({actual}); Excel hanya menyimpan 15 angka, sehingga angka terakhir NIP hilang.",
      en: "The NIP is stored as a number ({actual}); Excel keeps only 15 digits, so its last digits are lost.",
      suggestion: "Format sel sebagai Teks lalu ketik ulang NIP{likely}.",
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    const nips = collectNips(ctx);
    const texts = [...new Set(nips.filter((n) => !n.numeric && nipProblem(n.digits) === null).map((n) => n.digits))];
    for (const n of nips) {
      if (!n.numeric || n.digits.length < 16) continue;
      // The NIP written as text elsewhere with the same first 15 digits is what this cell lost.
      const same = texts.filter((t) => t.slice(0, 15) === n.digits.slice(0, 15));
      const likely = same.length === 1 ? formatNip(same[0]) : undefined;
      out.push({
        sheet: n.sheet,
        cell: addr(n),
        params: { actual: n.digits, likely: likely ? ` (kemungkinan ${likely}, seperti tertulis di bagian lain)` : "" },
        expected: likely ?? null,
        actual: n.digits,
        difference: null,
        key: `${n.digits}|${n.name ?? ""}`,
      });
    }
    return out;
  },
};
