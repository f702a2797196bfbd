// SAKIP-NIP-004: one person, one spelling. The same NIP under names that are one or two keystrokes apart
// ("ANNA SOFIA" / "ANNA SOFHIA", "BUDI SANTOSO" / "BUDI SANTOSA") is the same person written two ways: a signed
// document must carry one spelling. Names are compared word by word, without titles, case or punctuation: the same
// number of words, each equal or a slip away, at least one different. A NIP under two clearly different people is
// SAKIP-NIP-003 (an error), a shortened name ("ARIEF FAKHRUDDIN" for "ARIEF FAKHRUDDIN AL HAKIM") neither.
import { distance } from "fastest-levenshtein";
import type { Rule, FindingDraft } from "../rule";
import type { CellRef } from "../../findings/finding";
import { collectNips, addr, formatNip, type NipAt } from "./nips";
import { nameWords } from "./nip-names";

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
  slug: "nip-spelling",
  family: "people",
  title: { id: "Satu orang, satu ejaan nama", en: "One person, one spelling" },
  severity: "warning",
  messages: {
    default: {
      id: "NIP {nip} tertulis atas nama \"{nama}\" di sini ({tempat}), tetapi \"{namaLain}\" di {lain}. Ejaan nama satu orang harus sama di semua dokumen yang ditandatangani.",
      en: "NIP {nip} is written \"{nama}\" here ({tempat}), but \"{namaLain}\" at {lain}. One person's name must be spelt the same in every signed document.",
      suggestion: { id: "Samakan ejaan nama sesuai SK/data kepegawaian resmi.", en: "Use one spelling, as in the official appointment decree / staff records." },
    },
  },
  help: {
    checks: {
      id: "NIP 18 angka yang sama dengan nama yang kata-katanya sama tetapi berbeda satu-dua ketikan (\"ANNA SOFIA\" / \"ANNA SOFHIA\", \"BUDI SANTOSO\" / \"BUDI SANTOSA\"). Gelar, huruf besar-kecil dan tanda baca tidak dihitung; kata per kata: sama, atau 1 ketikan untuk kata 4-7 huruf, 2 untuk kata 8 huruf ke atas; nama yang disingkat atau lebih panjang bukan salah eja. Ejaan pertama (urutan workbook) menjadi acuan; setiap ejaan lain satu temuan yang menyebut semua tempatnya. Nama dipotong 60 karakter dan hanya dibandingkan dalam satu NIP.",
      en: "The same 18-digit NIP under names with the same words one or two keystrokes apart (\"ANNA SOFIA\" / \"ANNA SOFHIA\", \"BUDI SANTOSO\" / \"BUDI SANTOSA\"). Titles, case and punctuation do not count; word for word: equal, or 1 edit for words of 4-7 letters, 2 from 8 letters (fastest-levenshtein); a shortened or longer name is not a slip. The first spelling in workbook order is the reference; each other spelling is one finding naming every place of both. Names are cut at 60 characters and only compared within one NIP (near-linear). Two different people under one NIP are SAKIP-NIP-003.",
    },
    why: {
      id: "PK dan laporan ditandatangani pejabat yang disebut namanya; dua ejaan untuk satu orang membuat dokumen yang ditandatangani tidak konsisten dan menyulitkan pencocokan dengan data kepegawaian.",
      en: "A PK and its reports are signed by named officials; two spellings of one person make signed documents disagree and hamper matching with the staff records.",
    },
    fix: {
      id: "Pakai satu ejaan, sesuai SK atau data kepegawaian resmi, di semua lembar dan berkas.",
      en: "Use one spelling, as in the appointment decree or the staff records, on every sheet and file.",
    },
    regulation: {
      id: "PermenPANRB 53/2014 (PK ditandatangani pejabat yang disebut namanya); Peraturan Kepala BKN 22/2007 (NIP sebagai identitas tunggal PNS)",
      en: "PermenPANRB 53/2014 (a PK is signed by named officials); BKN Head Regulation 22/2007 (the NIP as a civil servant's one identity)",
    },
  },
  checkWorkbook(ctx) {
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
