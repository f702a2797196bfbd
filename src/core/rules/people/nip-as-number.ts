// SAKIP-NIP-002: a NIP stored as a number. Excel keeps 15 significant digits, so the last digits of an 18-digit
// NIP are already lost (196610191987031008 is stored as 196610191987031000): it must be typed as text.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip } from "./nips";
import { nipProblem } from "./validateNip";

export const CODE = "SAKIP-NIP-002";

export const rule: Rule = {
  code: CODE,
  slug: "nip-as-number",
  family: "people",
  title: { id: "NIP disimpan sebagai angka", en: "NIP stored as a number" },
  severity: "error",
  messages: {
    default: {
      id: "NIP disimpan sebagai angka ({actual}); Excel hanya menyimpan 15 angka, sehingga angka terakhir NIP hilang.",
      en: "The NIP is stored as a number ({actual}); Excel keeps only 15 digits, so its last digits are lost.",
      suggestion: { id: "Format sel sebagai Teks lalu ketik ulang NIP{likely}.", en: "Format the cell as Text, then type the NIP again{likelyEn}." },
    },
  },
  help: {
    checks: {
      id: "Sel NIP yang berisi angka, bukan teks (Excel hanya menyimpan 15 angka); NIP teks di buku kerja dengan 15 angka pertama yang sama disarankan.",
      en: "A NIP cell holding a number instead of text (Excel keeps 15 digits); the text NIP of the workbook with the same first 15 digits is suggested.",
    },
    why: {
      id: "Excel membulatkan angka 18 digit: tiga angka terakhir NIP hilang tanpa tanda, dan NIP itu tidak lagi cocok dengan data kepegawaian.",
      en: "Excel rounds an 18-digit number: the NIP's last three digits are lost without a sign, and it no longer matches the staff records.",
    },
    fix: {
      id: "Format sel sebagai Teks, lalu ketik ulang NIP lengkap.",
      en: "Format the cell as Text, then type the full NIP again.",
    },
    regulation: {
      id: "Peraturan Kepala BKN 22/2007 tentang Nomor Induk Pegawai Negeri Sipil; PermenPANRB 72/2020 (NI PPPK)",
      en: "BKN Head Regulation 22/2007 on the civil servant number (NIP); PermenPANRB 72/2020 (NI PPPK)",
    },
  },
  checkWorkbook(ctx) {
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
        params: { actual: n.digits, likely: likely ? ` (kemungkinan ${likely}, seperti tertulis di bagian lain)` : "", likelyEn: likely ? ` (most likely ${likely}, as written elsewhere)` : "" },
        expected: likely ?? null,
        actual: n.digits,
        difference: null,
        key: `${n.digits}|${n.name ?? ""}`,
      });
    }
    return out;
  },
};
