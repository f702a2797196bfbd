// Text shown to users comes in Indonesian first, English beside it.

/** Text shown to users, in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}
