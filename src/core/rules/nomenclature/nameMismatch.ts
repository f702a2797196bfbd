// SAKIP-NOMEN-002: a known code printed with another name than the official one. Names are compared normalised
// (case, punctuation, spacing, a leading "Program"/"Kegiatan"/"Sub Kegiatan" do not count; the region suffix of the
// program penunjang neither). A code listed twice (PROV and KABKOT) matches either of its names.
import type { Rule, FindingDraft } from "../rule";
import { officialEntry, nameMatches } from "../../nomenclature/official";
import { printedCodes } from "./codes";

export const CODE = "SAKIP-NOMEN-002";

const clip = (s: string) => (s.length > 100 ? s.slice(0, 99) + "…" : s);

export const rule: Rule = {
  code: CODE,
  title: { id: "Nama tidak sesuai nomenklatur resmi", en: "Name differs from the official nomenclature" },
  severity: "warning",
  messages: {
    default: {
      id: "Kode {kode} tertulis \"{nama}\", padahal nama resminya \"{resmi}\" ({sumber}).",
      en: "Code {kode} is written \"{nama}\", but its official name is \"{resmi}\" ({sumber}).",
      suggestion: "Pakai nama persis seperti nomenklatur resmi, atau periksa apakah kodenya yang salah.",
    },
  },
  run(ctx) {
    const nom = ctx.settings.nomenclature;
    if (!nom) return [];
    const out: FindingDraft[] = [];
    for (const p of printedCodes(ctx.workbook)) {
      if (!p.name) continue;
      const hit = officialEntry(nom, p.code);
      if (!hit || nameMatches(hit.entry, p.name)) continue;
      const official = hit.entry.names[0];
      out.push({
        sheet: p.sheet,
        cell: p.nameCell,
        related: p.nameCell !== p.cell ? [{ sheet: p.sheet, cell: p.cell }] : [],
        params: { kode: p.code, nama: clip(p.name), resmi: clip(official), sumber: nom.source },
        expected: official,
        actual: p.name,
        key: `${p.code}|${p.name}`,
      });
    }
    return out;
  },
};
