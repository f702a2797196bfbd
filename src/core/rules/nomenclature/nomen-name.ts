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
  slug: "nomen-name",
  family: "nomenclature",
  title: { id: "Nama tidak sesuai nomenklatur resmi", en: "Name differs from the official nomenclature" },
  severity: "warning",
  messages: {
    default: {
      id: "Kode {kode} tertulis \"{nama}\", padahal nama resminya \"{resmi}\" ({sumber}).",
      en: "Code {kode} is written \"{nama}\", but its official name is \"{resmi}\" ({sumber}).",
      suggestion: { id: "Pakai nama persis seperti nomenklatur resmi, atau periksa apakah kodenya yang salah.", en: "Use the name exactly as the official nomenclature writes it, or check whether the code is wrong." },
    },
  },
  help: {
    checks: {
      id: "Hanya bila pengguna memberi daftar nomenklatur resmi. Kode yang ada di daftar harus tertulis dengan nama resminya, setelah dinormalkan: huruf besar-kecil, tanda baca, spasi, kata awal Program/Kegiatan/Sub Kegiatan dan akhiran wilayah program penunjang (PROVINSI / KABUPATEN/KOTA) tidak dihitung. Kode yang tercantum dua kali (PROV dan KABKOT) cocok dengan salah satu namanya.",
      en: "Only when the user gives an official nomenclature list. A listed code must carry its official name after normalisation: case, punctuation, spacing, a leading Program/Kegiatan/Sub Kegiatan and the region suffix of the program penunjang (PROVINSI / KABUPATEN/KOTA) do not count. A code listed twice (PROV and KABKOT) matches either of its names.",
    },
    why: {
      id: "Nama yang berbeda dari nomenklatur menandakan kode yang salah pilih, atau nama yang diubah sendiri; keduanya memutus hubungan dengan APBD dan Renstra.",
      en: "A name other than the official one means a wrongly chosen code or a name edited by hand; both break the link with the budget and the Renstra.",
    },
    fix: {
      id: "Salin nama resmi dari nomenklatur, atau perbaiki kodenya bila namanya yang benar.",
      en: "Copy the official name from the nomenclature, or correct the code when the name is the right one.",
    },
    regulation: {
      id: "Permendagri 90/2019; Kepmendagri 050-5889/2021 beserta pemutakhirannya",
      en: "Permendagri 90/2019; Kepmendagri 050-5889/2021 and its updates",
    },
  },
  checkWorkbook(ctx) {
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
