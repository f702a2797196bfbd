// SAKIP-NIP-004: one person, one spelling. The same NIP under names that are one or two keystrokes apart
// ("ANNA SOFIA" / "ANNA SOFHIA", "BUDI SANTOSO" / "BUDI SANTOSA") is the same person written two ways: a signed
// document must carry one spelling. Names are compared word by word, without titles, case or punctuation: the same
// number of words, each equal or a slip away, at least one different. A NIP under two clearly different people is
// SAKIP-NIP-003 (an error), a shortened name ("ARIEF FAKHRUDDIN" for "ARIEF FAKHRUDDIN AL HAKIM") neither.
import { distance } from "fastest-levenshtein";
import type { Rule, FindingDraft } from "../rule";
import type { CellRef } from "../../findings/finding";
import { collectNips, addr, formatNip, type NipAt } from "./nips";
import { nameWords } from "./nipNames";

export const CODE = "SAKIP-NIP-004";

/** Longest name compared (in characters): longer names are cut, so a comparison costs a bounded time. */
const MAX_NAME = 60;
/** Related cells listed per finding; the rest are counted. */
const MAX_RELATED = 10;

/** Two words that are the same word misspelt: 1 edit for 4-7 letters, 2 from 8 letters. */
export function slip(a: string, b: string): boolean {
  if (a === b) return false;
  const n = Math.min(a.length, b.length);
  if (n < 4 || Math.abs(a.length - b.length) > 2) return false;
  return distance(a, b) <= (n >= 8 ? 2 : 1);
}

/** The same name spelt differently: word for word equal or a slip, at least one slip. */
export function spellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!slip(a[i], b[i])) return false;
    slips++;
  }
  return slips > 0;
}

const wordsOf = (name: string) => nameWords(name.slice(0, MAX_NAME));

interface Spelling {
  key: string;
  words: string[];
  /** As first written. */
  shown: string;
  at: NipAt[];
}

export const rule: Rule = {
  code: CODE,
  title: { id: "Satu orang, satu ejaan nama", en: "One person, one spelling" },
  severity: "warning",
  messages: {
    default: {
      id: "NIP {nip} tertulis atas nama \"{nama}\" di sini ({tempat}), tetapi \"{namaLain}\" di {lain}. Ejaan nama satu orang harus sama di semua dokumen yang ditandatangani.",
      en: "NIP {nip} is written \"{nama}\" here ({tempat}), but \"{namaLain}\" at {lain}. One person's name must be spelt the same in every signed document.",
      suggestion: "Samakan ejaan nama sesuai SK/data kepegawaian resmi.",
    },
  },
  run(ctx) {
    const out: FindingDraft[] = [];
    // Group by NIP first: names are only compared within one NIP, so the work stays near-linear.
    const byNip = new Map<string, NipAt[]>();
    for (const n of collectNips(ctx)) {
      if (!n.name || n.numeric || n.digits.length !== 18) continue;
      const list = byNip.get(n.digits);
      if (list) list.push(n);
      else byNip.set(n.digits, [n]);
    }
    for (const [digits, list] of byNip) {
      if (list.length < 2) continue;
      const spellings: Spelling[] = [];
      const byKey = new Map<string, Spelling>();
      for (const n of list) {
        const words = wordsOf(n.name!);
        if (!words.length) continue;
        const key = words.join(" ");
        let s = byKey.get(key);
        if (!s) {
          s = { key, words, shown: n.name!.trim(), at: [] };
          byKey.set(key, s);
          spellings.push(s);
        }
        s.at.push(n);
      }
      if (spellings.length < 2) continue;
      const ref = spellings[0];
      for (const s of spellings.slice(1)) {
        if (!spellingVariant(ref.words, s.words)) continue;
        const where = (xs: NipAt[]) => {
          const shown = xs.slice(0, 3).map((x) => `${x.sheet}!${addr(x)}`);
          return shown.join(", ") + (xs.length > 3 ? ` dan ${xs.length - 3} lainnya` : "");
        };
        const first = s.at[0];
        const related: CellRef[] = [...s.at.slice(1), ...ref.at].slice(0, MAX_RELATED).map((x) => ({ sheet: x.sheet, cell: addr(x) }));
        out.push({
          sheet: first.sheet,
          cell: addr(first),
          related,
          params: { nip: formatNip(digits), nama: s.shown, tempat: where(s.at), namaLain: ref.shown, lain: where(ref.at) },
          expected: ref.shown,
          actual: s.shown,
          difference: null,
          key: `${digits}|${s.key}|${ref.key}`,
        });
      }
    }
    return out;
  },
};
