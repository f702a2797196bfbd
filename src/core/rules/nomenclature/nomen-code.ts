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
  slug: "nomen-code",
  family: "nomenclature",
  title: { id: "Kode tidak ada di nomenklatur resmi", en: "Code not in the official nomenclature" },
  severity: "warning",
  messages: {
    default: {
      id: "Kode {kode} (\"{nama}\") tidak ada di nomenklatur resmi {sumber}.",
      en: "Code {kode} (\"{nama}\") is not in the official nomenclature {sumber}.",
      suggestion: { id: "Periksa kodenya terhadap Kepmendagri tentang klasifikasi, kodefikasi, dan nomenklatur; atau perbarui daftar nomenklatur.", en: "Check the code against the Kepmendagri classification, codes and nomenclature, or update the nomenclature list." },
    },
  },
  help: {
    checks: {
      id: "Hanya bila pengguna memberi daftar nomenklatur resmi (sakip-validate --nomenklatur BERKAS; di panel, pengaturan nomenklatur). Setiap kode program (3 segmen), kegiatan (5) dan sub kegiatan (6) yang tertulis (\"1.02.02.2.01.0001 Nama\", atau kolom KODE di samping nama; titik atau spasi) harus ada di daftar. Kode placeholder X.XX.01... (program penunjang setiap urusan) berlaku untuk urusan dan bidang mana pun; kode yang tercantum untuk PROV dan KABKOT sah.",
      en: "Only when the user gives an official nomenclature list (sakip-validate --nomenklatur FILE; in the pane, the nomenclature setting). Every program (3 segments), kegiatan (5) and sub kegiatan (6) code the workbook prints (\"1.02.02.2.01.0001 Name\", or a KODE column beside the name; dots or spaces) must be in the list. The placeholder X.XX.01... (program penunjang of every urusan) stands for any urusan and bidang; codes listed for both PROV and KABKOT are valid.",
    },
    why: {
      id: "Kode yang tidak ada tidak bisa dipetakan ke APBD/SIPD: anggaran dan kinerjanya tidak tersambung ke dokumen resmi.",
      en: "A code that does not exist cannot be mapped to the regional budget (SIPD): its budget and performance do not connect to the official documents.",
    },
    fix: {
      id: "Perbaiki kodenya sesuai nomenklatur resmi, atau pakai daftar nomenklatur yang lebih baru bila kodenya baru.",
      en: "Correct the code to the official nomenclature, or use a newer list when the code is new.",
    },
    regulation: {
      id: "Permendagri 90/2019 tentang klasifikasi, kodefikasi dan nomenklatur perencanaan pembangunan dan keuangan daerah; Kepmendagri 050-5889/2021 beserta pemutakhirannya",
      en: "Permendagri 90/2019 on the classification, codes and nomenclature of regional planning and finance; Kepmendagri 050-5889/2021 and its updates",
    },
  },
  checkWorkbook(ctx) {
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
