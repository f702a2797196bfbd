// SAKIP-NIP-001: a NIP that cannot be right: not 18 digits, impossible birth date or TMT, sex digit not 1/2,
// sequence 000, TMT before age 18, or an NI PPPK (code in place of the month) with a year before PPPK existed.
// Where a valid NIP of the workbook is one or two keystrokes away, it is offered as the likely reading.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip } from "./nips";
import { nipProblem, editDistance } from "./validateNip";

export const CODE = "SAKIP-NIP-001";

const S = { id: "Periksa NIP ini pada SK/data kepegawaian{likely}.", en: "Check this NIP against the appointment decree or the staff records{likelyEn}." };
export const rule: Rule = {
  code: CODE,
  slug: "nip-invalid",
  family: "people",
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
  help: {
    checks: {
      id: "Setiap NIP di buku kerja (kolom NIP tabel pegawai, kepala PK, sel \"NIP. ...\" atau \"NI PPPK. ...\", label NIP dengan angka di kanannya): 18 angka; tanggal lahir yang mungkin (1930..sekarang-15); TMT tahun-bulan yang mungkin (1950..tahun depan); angka 13-14 yang bukan bulan berarti NI PPPK, yang tahunnya 2019 atau sesudahnya; angka jenis kelamin 1 atau 2; nomor urut bukan 000; pengangkatan pada usia 18 atau lebih. Satu temuan per NIP salah per lembar; NIP sah di buku kerja yang berbeda satu-dua ketikan diberikan sebagai bacaan yang mungkin.",
      en: "Every NIP of the workbook (staff-table NIP columns, PK headers, cells written \"NIP. ...\" or \"NI PPPK. ...\", a \"NIP\" label with the number to its right): 18 digits; a possible birth date (1930..now-15); a possible TMT year-month (1950..next year); digits 13-14 that are not a month mean an NI PPPK, whose year must be 2019 or later; sex digit 1 or 2; sequence not 000; appointment at 18 or older. One finding per wrong NIP per sheet; a valid NIP of the workbook at most two keystrokes away is given as the likely reading.",
    },
    why: {
      id: "NIP mengikat PK kepada pejabatnya dan dipakai untuk mencocokkan PIHAK KEDUA; NIP yang salah memutus rantai PK dan tercatat di dokumen resmi.",
      en: "The NIP ties a PK to its official and is how PIHAK KEDUA is matched; a wrong NIP breaks the PK chain and ends up in an official document.",
    },
    fix: {
      id: "Salin NIP dari SK atau data kepegawaian (SIASN), sebagai teks.",
      en: "Copy the NIP from the appointment decree or the staff records (SIASN), as text.",
    },
    regulation: {
      id: "Peraturan Kepala BKN 22/2007 tentang Nomor Induk Pegawai Negeri Sipil; PermenPANRB 72/2020 (NI PPPK)",
      en: "BKN Head Regulation 22/2007 on the civil servant number (NIP); PermenPANRB 72/2020 (NI PPPK)",
    },
  },
  checkWorkbook(ctx) {
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
      const params: Record<string, string | number> = { nip: n.text, likely: likely ? `; kemungkinan maksudnya ${likely} (NIP yang sama di bagian lain buku kerja)` : "", likelyEn: likely ? `; it most likely means ${likely} (the same NIP elsewhere in the workbook)` : "" };
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
