// SAKIP-NOMEN-001: a program, kegiatan or sub kegiatan code that the official nomenclature the user gave does not
// hold (Permendagri 90/2019 and Kepmendagri 050-5889/2021 fix every code a regional budget may use). Runs only
// when a nomenclature is given (`--nomenklatur FILE`, the pane's setting). The national placeholder
// "X.XX.01..." (program penunjang of every urusan) stands for any urusan and bidang.
import type { Rule, FindingDraft } from "../rule";
import { officialEntry } from "../../nomenclature/official";
import { printedCodes } from "./codes";

export const CODE = "SAKIP-NOMEN-001";

export const rule: Rule = {
  code: CODE,
  title: { id: "Kode tidak ada di nomenklatur resmi", en: "Code not in the official nomenclature" },
  severity: "warning",
  messages: {
    default: {
      id: "Kode {kode} (\"{nama}\") tidak ada di nomenklatur resmi {sumber}.",
      en: "Code {kode} (\"{nama}\") is not in the official nomenclature {sumber}.",
      suggestion: "Periksa kodenya terhadap Kepmendagri tentang klasifikasi, kodefikasi, dan nomenklatur; atau perbarui daftar nomenklatur.",
    },
  },
  run(ctx) {
    const nom = ctx.settings.nomenclature;
    if (!nom) return [];
    const out: FindingDraft[] = [];
    for (const p of printedCodes(ctx.workbook)) {
      if (officialEntry(nom, p.code)) continue;
      out.push({
        sheet: p.sheet,
        cell: p.cell,
        params: { kode: p.code, nama: p.name.length > 80 ? p.name.slice(0, 79) + "…" : p.name || "tanpa nama", sumber: nom.source },
        expected: null,
        actual: p.code,
        key: `${p.code}|${p.name}`,
      });
    }
    return out;
  },
};
