// SAKIP-NIP-001: a NIP that cannot be right: not 18 digits, impossible birth date or TMT, sex digit not 1/2,
// sequence 000, TMT before age 18, or an NI PPPK (code in place of the month) with a year before PPPK existed.
// Where a valid NIP of the workbook is one or two keystrokes away, it is offered as the likely reading.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip } from "./nips";
import { nipProblem, editDistance } from "../../formulas/nip";

export const CODE = "SAKIP-NIP-001";

const S = "Periksa NIP ini pada SK/data kepegawaian{likely}.";
export const rule: Rule = {
  code: CODE,
  title: { id: "NIP tidak valid", en: "Invalid NIP" },
  severity: "error",
  messages: {
    default: { id: "NIP {nip} tidak valid: {alasan}", en: "NIP {nip} is not valid: {alasan}", suggestion: S },
    length: {
      id: "NIP {nip} terdiri dari {length} angka; NIP harus 18 angka (tanggal lahir, TMT, jenis kelamin, nomor urut).",
      en: "NIP {nip} has {length} digits; a NIP has 18 (birth date, TMT, sex, sequence).",
      suggestion: S,
    },
    lahir: { id: "NIP {nip}: tanggal lahir {value} (8 angka pertama) bukan tanggal yang mungkin.", en: "NIP {nip}: birth date {value} (first 8 digits) is not a possible date.", suggestion: S },
    tmt: { id: "NIP {nip}: TMT CPNS {value} (angka 9-14) bukan tahun-bulan yang mungkin.", en: "NIP {nip}: TMT {value} (digits 9-14) is not a possible year and month.", suggestion: S },
    jk: { id: "NIP {nip}: angka jenis kelamin (ke-15) adalah {value}; harus 1 (laki-laki) atau 2 (perempuan).", en: "NIP {nip}: the sex digit (15th) is {value}; it must be 1 or 2.", suggestion: S },
    urut: { id: "NIP {nip}: nomor urut 000 tidak dipakai; nomor urut mulai dari 001.", en: "NIP {nip}: sequence 000 is not used; sequences start at 001.", suggestion: S },
    usia: { id: "NIP {nip}: TMT menunjukkan pengangkatan pada usia {age} tahun, sebelum usia 18.", en: "NIP {nip}: the TMT means appointment at age {age}, before 18.", suggestion: S },
    pppk: {
      id: "NIP {nip}: angka 13-14 bukan bulan, jadi terbaca sebagai NI PPPK, tetapi tahun pengangkatan {year} sebelum ada PPPK (2019).",
      en: "NIP {nip}: digits 13-14 are not a month, so it reads as an NI PPPK, but appointment year {year} predates PPPK (2019).",
      suggestion: S,
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    const nips = collectNips(ctx);
    const valid = [...new Set(nips.filter((n) => !n.numeric && nipProblem(n.digits) === null).map((n) => n.digits))];
    // The same wrong NIP written twice on a sheet (page and lampiran) is one problem: first cell, others related.
    const firstOf = new Map<string, FindingDraft>();
    for (const n of nips) {
      if (n.numeric) continue; // SAKIP-NIP-002
      const p = nipProblem(n.digits);
      if (!p) continue;
      const dup = firstOf.get(`${n.sheet}|${n.digits}`);
      if (dup) { dup.related = [...(dup.related ?? []), { sheet: n.sheet, cell: addr(n) }]; continue; }
      const near = valid.map((v) => ({ v, d: editDistance(n.digits, v) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d);
      const likely = near.length && (near.length === 1 || near[0].d < near[1].d) ? formatNip(near[0].v) : undefined;
      const params: Record<string, string | number> = { nip: n.text, likely: likely ? `; kemungkinan maksudnya ${likely} (NIP yang sama di bagian lain buku kerja)` : "" };
      if (p.kind === "length") params.length = p.length;
      if (p.kind === "lahir" || p.kind === "tmt" || p.kind === "jk") params.value = p.value;
      if (p.kind === "usia") params.age = p.age;
      if (p.kind === "pppk") params.year = p.year;
      if (p.kind === "default") params.alasan = p.reason;
      const d: FindingDraft = {
        sheet: n.sheet,
        cell: addr(n),
        related: [],
        params,
        expected: likely ?? null,
        actual: n.text,
        difference: null,
        variant: p.kind,
        key: n.digits,
      };
      firstOf.set(`${n.sheet}|${n.digits}`, d);
      out.push(d);
    }
    return out;
  },
};
