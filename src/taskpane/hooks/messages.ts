import { PortError } from "../../excel/port";
import { Lang, said, t } from "../i18n";

/** What a failure says to the user: a port's own bilingual message, else a short generic one. */
export function errorText(lang: Lang, e: unknown): string {
  if (e instanceof PortError) return said(lang, e.said);
  const err = e as { messageEn?: string; message?: string };
  if (lang === "en" && err?.messageEn) return err.messageEn;
  return t(lang, "unexpected", { msg: err?.message ?? String(e) });
}
