// SAKIP-NIP-003: one NIP under two different names (staff lists, PK signatures). Names are compared without
// academic titles, case and punctuation; names sharing a word ("Drs. SHODIKIN, M.Pd" / "Shodikin") are the same person.
import type { Rule, FindingDraft } from "../rule";
import { collectNips, addr, formatNip, type NipAt } from "./nips";
import { editDistance } from "../../formulas/nip";

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
  title: { id: "Satu NIP dipakai dua nama", en: "One NIP under two names" },
  severity: "error",
  messages: {
    default: {
      id: "NIP {nip} tertulis atas nama \"{nama}\" di sini, tetapi atas nama \"{namaLain}\" di {lain}.",
      en: "NIP {nip} is written for \"{nama}\" here, but for \"{namaLain}\" at {lain}.",
      suggestion: "Satu NIP hanya milik satu orang: periksa NIP dan nama keduanya.",
    },
  },
  run(ctx) {
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
