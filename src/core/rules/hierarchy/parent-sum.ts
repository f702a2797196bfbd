// SAKIP-HIER-001: a parent (Program, Kegiatan) whose amount is not the sum of its children, wherever the
// hierarchy is known: codes, a Renja/RKT-like table listing levels, the PK chain with one parent item, or the
// national nomenclature of the Program Penunjang (Kasubag sub kegiatan under the Sekretaris' kegiatan).
import type { FindingDraft, Rule, RuleContext } from "../rule";
import type { BudgetItem } from "../../tables/table";
import { fmtRupiah, sumAmounts, toSenNumber } from "../../tables/amounts";
import { cellText, gridOf, parseA1, sheetByName } from "../../tables/cells";
import { short } from "../kit/labels";

export const CODE = "SAKIP-HIER-001";

const LEVEL_ID: Record<string, string> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" };

export const rule: Rule = {
  code: CODE,
  slug: "parent-sum",
  family: "hierarchy",
  title: { id: "Anggaran induk tidak sama dengan jumlah anggaran rinciannya", en: "Parent amount differs from the sum of its children" },
  severity: "error",
  messages: {
    default: {
      id: "Anggaran {level} \"{item}\" tertulis {actual}, padahal jumlah {count} {childLevel} {expected} (selisih {diff}; {via}).",
      en: "The amount of {levelEn} \"{item}\" reads {actual}, but its {count} children add up to {expected} (difference {diff}; {viaEn}).",
      suggestion: { id: "Samakan anggaran \"{item}\" dengan jumlah rinciannya, atau perbarui rincian di lembar bawahan.", en: "Make the amount of \"{item}\" equal to the sum of its items, or update the items on the subordinate sheets." },
    },
  },
  help: {
    checks: {
      id: "Anggaran Program atau Kegiatan dibandingkan dengan jumlah anggaran Kegiatan / Sub Kegiatan di bawahnya, di mana pun hierarkinya diketahui (kode, tata letak satu tabel Renja/RKT, rantai PK, nomenklatur). Galat bila hubungan berasal dari kode atau tata letak; peringatan bila dari rantai PK atau nomenklatur, atau memakai bacaan angka yang salah format. Butir yang anggarannya tersebar di baris tanpa nama tidak dibandingkan.",
      en: "A parent (Program, Kegiatan) against the sum of its children wherever the hierarchy is known (codes, the layout of one Renja/RKT table, the PK chain, the nomenclature). An error when the link comes from codes or the layout; a warning when it comes from the PK chain or the nomenclature, or uses a malformed amount's likely reading. Items whose amount is spread over unnamed rows are not compared.",
    },
    why: {
      id: "Anggaran mengalir dari Sub Kegiatan ke Kegiatan ke Program; induk yang tidak sama dengan rinciannya berarti salah satu dokumen belum diperbarui.",
      en: "Budgets roll up from Sub Kegiatan to Kegiatan to Program; a parent that differs from its children means one of the documents was not updated.",
    },
    fix: {
      id: "Samakan anggaran induk dengan jumlah rinciannya sesuai DPA, atau perbarui rincian di lembar bawahan.",
      en: "Make the parent's amount equal to its children's sum as in the DPA, or update the children on the subordinate sheets.",
    },
    regulation: {
      id: "Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
      en: "Permendagri 90/2019 (classification, codes and nomenclature of Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
    },
  },
  checkWorkbook(ctx) {
    const h = ctx.hierarchy;
    const tol = Math.round((ctx.settings.moneyTolerance ?? 0) * 100);
    const out: FindingDraft[] = [];
    for (const link of h.links) {
      const p = h.items[link.parent];
      const kids = link.children.map((i) => h.items[i]);
      if (!p || p.amount === null || p.partial || !kids.length || kids.some((k) => k.amount === null || k.partial)) continue;
      const sum = sumAmounts(kids.map((k) => k.amount!));
      const diff = toSenNumber(sum) - toSenNumber(p.amount);
      if (Math.abs(diff) <= tol) continue;
      const sureLevel = (x: BudgetItem) => x.levelFrom === "code" || x.levelFrom === "label";
      const inferred = link.via === "pk" || link.via === "nomenclature" || p.likely || kids.some((k) => k.likely) ||
        (link.via === "layout" && !(sureLevel(p) && kids.every(sureLevel)));
            const crossSheet = kids.some((k) => k.sheet !== p.sheet);
      const via = link.via === "code" ? "menurut kode" : link.via === "layout" ? "menurut susunan tabel"
        : link.via === "nomenclature" ? (crossSheet ? "menurut nomenklatur Permendagri 90/2019 dan PK bawahan" : "menurut nomenklatur Permendagri 90/2019")
        : "menurut PK bawahan (PIHAK KEDUA)";
      const viaEn = link.via === "code" ? "by code" : link.via === "layout" ? "by the table layout"
        : link.via === "nomenclature" ? (crossSheet ? "by the Permendagri 90/2019 nomenclature and the subordinates' PKs" : "by the Permendagri 90/2019 nomenclature")
        : "by the subordinates' PKs (PIHAK KEDUA)";
      out.push({
        sheet: p.sheet, cell: p.cell, severity: inferred ? "warning" : "error",
        related: kids.flatMap((k) => k.amountCells.map((c) => ({ sheet: k.sheet, cell: c }))),
        params: {
          level: LEVEL_ID[p.level ?? ""] ?? "butir", levelEn: p.level ?? "item", item: short(p.label), actual: shown(ctx, p),
          count: kids.length, childLevel: crossSheet ? "rinciannya di PK bawahan" : "rinciannya", expected: fmtRupiah(sum),
          diff: fmtRupiah(Math.abs(diff) / 100), via, viaEn,
        },
        expected: fmtRupiah(sum), actual: shown(ctx, p), difference: diff / 100,
        key: `${p.code ?? p.key}|${link.via}|${kids.map((k) => k.code ?? k.key).sort().join(";")}`,
      });
    }
    return out;
  },
};

export function shown(ctx: RuleContext, it: BudgetItem): string {
  const s = sheetByName(ctx.workbook, it.sheet);
  const pos = parseA1(it.cell);
  const t = s && pos ? cellText(gridOf(s).get(pos.row, pos.col)) : "";
  return t || fmtRupiah(it.amount ?? 0);
}

