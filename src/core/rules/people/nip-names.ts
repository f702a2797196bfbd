// SAKIP-NIP-003: one NIP under two different names (staff lists, PK signatures). Names are compared without
// academic titles, case and punctuation; names sharing a word ("Drs. SHODIKIN, M.Pd" / "Shodikin") are the same person.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip, type NipAt } from "./nips";
import { editDistance } from "./validateNip";

export const CODE = "SAKIP-NIP-003";

const TITLES = new Set(["dr", "drs", "dra", "ir", "h", "hj", "prof", "st", "se", "sh", "sag", "spd", "mpd", "msi", "mm", "mba", "map", "mip",
  "ssos", "sstp", "skom", "mkom", "sip", "ssi", "skm", "mkes", "ak", "sh", "mh", "ssn", "amd", "se", "mt", "sap", "spsi", "mpsi", "ma", "md", "ba", "s", "m", "a", "md"]);

/** Name words without titles ("Drs. SHODIKIN, M.Pd" -> ["shodikin"]). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/,/)
    .flatMap((part, i) => (i === 0 ? [part] : [])) // titles after the first comma are degrees
    .join(" ")
    .replace(/[^a-z\s.']/g, " ")
    .split(/[\s.]+/)
    .map((w) => w.replace(/'/g, ""))
    .filter((w) => w.length >= 2 && !TITLES.has(w));
}

function similar(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  return editDistance(a, b) <= (n >= 8 ? 2 : 1);
}

export const rule: Rule = {
  code: CODE,
  slug: "nip-names",
  family: "people",
  title: { id: "Satu NIP dipakai dua nama", en: "One NIP under two names" },
  severity: "error",
  messages: {
    default: {
      id: "NIP {nip} tertulis atas nama \"{nama}\" di sini, tetapi atas nama \"{namaLain}\" di {lain}.",
      en: "NIP {nip} is written for \"{nama}\" here, but for \"{namaLain}\" at {lain}.",
      suggestion: { id: "Satu NIP hanya milik satu orang: periksa NIP dan nama keduanya.", en: "A NIP belongs to one person only: check both NIPs and names." },
    },
  },
  help: {
    checks: {
      id: "Satu NIP 18 angka dengan nama-nama yang tidak berbagi satu kata pun (gelar dibuang; kata yang berbeda satu-dua ketikan dianggap sama: SHODIKIN / SUODIKIN salah eja, bukan orang lain). Nama diambil dari tabel pegawai dan kepala PK.",
      en: "One 18-digit NIP with names that share no word (titles and degrees dropped; a word one or two keystrokes away counts as the same: SHODIKIN / SUODIKIN is a misspelling, not another person). Names come from staff tables and PK headers.",
    },
    why: {
      id: "Satu NIP milik satu orang; dua nama berarti NIP salah salin, dan PK atau data pegawai menunjuk orang yang salah.",
      en: "A NIP belongs to one person; two names mean a NIP was copied wrongly, and a PK or a staff record points at the wrong person.",
    },
    fix: {
      id: "Periksa NIP dan nama keduanya pada data kepegawaian, lalu perbaiki yang salah.",
      en: "Check both NIPs and names against the staff records, then correct the wrong one.",
    },
    regulation: {
      id: "Peraturan Kepala BKN 22/2007 tentang Nomor Induk Pegawai Negeri Sipil; PermenPANRB 72/2020 (NI PPPK)",
      en: "BKN Head Regulation 22/2007 on the civil servant number (NIP); PermenPANRB 72/2020 (NI PPPK)",
    },
  },
  checkWorkbook(ctx) {
    const out: FindingDraft[] = [];
    const byNip = new Map<string, NipAt[]>();
    for (const n of collectNips(ctx)) {
      if (!n.name || n.numeric || n.digits.length !== 18 || !nameWords(n.name).length) continue;
      const arr = byNip.get(n.digits) ?? [];
      arr.push(n);
      byNip.set(n.digits, arr);
    }
    for (const [digits, list] of byNip) {
      const first = list[0];
      const firstWords = new Set(nameWords(first.name!));
      // One finding per other name (the first occurrence is the reference).
      const reported = new Set<string>();
      for (const n of list.slice(1)) {
        const w = nameWords(n.name!);
        // A shared word, or a word one or two keystrokes away (SHODIKIN / SUODIKIN): the same person, misspelt.
        if (w.some((x) => firstWords.has(x) || [...firstWords].some((y) => similar(x, y)))) continue;
        const k = w.join(" ");
        if (reported.has(k)) continue;
        reported.add(k);
        out.push({
          sheet: n.sheet,
          cell: addr(n),
          related: [{ sheet: first.sheet, cell: addr(first) }],
          params: { nip: formatNip(digits), nama: n.name!, namaLain: first.name!, lain: `${first.sheet}!${addr(first)}` },
          expected: first.name!,
          actual: n.name!,
          difference: null,
          key: `${digits}|${k}|${nameWords(first.name!).join(" ")}`,
        });
      }
    }
    return out;
  },
};
