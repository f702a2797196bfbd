// SAKIP-MERIT-002: a stated merit category (I Buruk 100-174, II Kurang 175-249, III Baik 250-324,
// IV Sangat Baik 325-400, KASN) that does not match the total, and a stated index outside that category's band.
import type { Rule, FindingDraft } from "../rule";
import { a1, cellText } from "../../tables/cells";
import { formatNumberId } from "../../numbers/money";
import { colsWith } from "../kit/columns";
import { cellShown } from "../../numbers/cell";
import { aspectRows, totalRows, labelOf, kategoriOf, readKategori, KATEGORI_LABEL, INDEKS_LABEL, INDEKS_BAND } from "./common";

export const CODE = "SAKIP-MERIT-002";

export const rule: Rule = {
  code: CODE,
  slug: "merit-kategori",
  family: "merit",
  title: { id: "Kategori atau indeks sistem merit tidak sesuai nilainya", en: "Merit category or index does not match the score" },
  severity: "error",
  messages: {
    default: {
      id: "Kategori sistem merit tertulis \"{actual}\", padahal nilai {nilai} termasuk kategori {expected}.",
      en: "The merit category is stated as \"{actual}\", but a score of {nilai} is category {expected}.",
      suggestion: { id: "Ganti kategori menjadi {expected} (I 100-174, II 175-249, III 250-324, IV 325-400).", en: "Change the category to {expected} (I 100-174, II 175-249, III 250-324, IV 325-400)." },
    },
    indeks: {
      id: "Indeks sistem merit tertulis {actual}, di luar rentang {expected} untuk kategori {kategori} (nilai {nilai}).",
      en: "The merit index is stated as {actual}, outside the range {expected} of category {kategori} (score {nilai}).",
      suggestion: { id: "Periksa indeks: untuk nilai {nilai} indeksnya di rentang {expected}.", en: "Check the index: for a score of {nilai} it lies in {expected}." },
    },
  },
  help: {
    checks: {
      id: "Kategori yang tertulis di baris total atau di bawah aspek (kolom KATEGORI per aspek tidak dibaca) dibandingkan dengan rentang KASN I 100-174, II 175-249, III 250-324, IV 325-400 dari nilai total yang tertulis (angka romawi lebih dulu; \"Kurang\" diterima untuk I dan II). Varian indeks: indeks di luar rentang kategorinya (III: 0,61-0,80).",
      en: "The category stated on the total's row or under the aspects (a per-aspect KATEGORI column is not read) against the KASN bands I 100-174, II 175-249, III 250-324, IV 325-400 of the stated total (roman numeral first; \"Kurang\" is accepted for I and II). Variant indeks: a stated index outside its category's band (III: 0.61-0.80).",
    },
    why: {
      id: "Kategori sistem merit adalah hasil yang dilaporkan ke KASN; kategori yang tidak sesuai nilainya tidak dapat dipertahankan saat verifikasi.",
      en: "The merit category is what is reported to KASN; a category that does not match the score will not survive verification.",
    },
    fix: {
      id: "Tulis kategori (dan indeks) yang sesuai nilai total (atau =SAKIP.MERIT_SCORE(...;;\"kategori\")).",
      en: "Write the category (and index) that matches the total (or =SAKIP.MERIT_SCORE(...;;\"kategori\")).",
    },
    regulation: {
      id: "PermenPANRB 40/2018 tentang Pedoman Sistem Merit; pedoman penilaian mandiri Sistem Merit KASN",
      en: "PermenPANRB 40/2018 on the merit system; KASN's merit self-assessment guidelines",
    },
  },
  tables: ["merit"],
  checkTable(t, grid, ctx) {
    const out: FindingDraft[] = [];
    const nc = colsWith(t, "nilai")[0];
    // The score: the stated total, else the sum of the aspects.
    let nilai: number | undefined;
    let nilaiText = "";
    let nilaiCell: string | undefined;
    if (nc !== undefined) {
      for (const tr of totalRows(grid, t)) {
        const s = cellShown(grid.get(tr.row, nc));
        if (s && !s.percent) { nilai = s.value; nilaiText = s.text; nilaiCell = a1(tr.row, nc); break; }
      }
      if (nilai === undefined) {
        const vals = aspectRows(grid, t).map((a) => a.nilai?.value).filter((v): v is number => v !== undefined);
        if (vals.length >= 2) { nilai = vals.reduce((a, b) => a + b, 0); nilaiText = formatNumberId(nilai, 2).replace(/,00$/, ""); }
      }
    }
    if (nilai === undefined || nilai < 100 || nilai > 400) return out;
    const want = kategoriOf(nilai);
    const related = nilaiCell ? [{ sheet: t.sheet, cell: nilaiCell }] : [];
    // Stated categories: the KATEGORI column, or a row labelled Kategori / Predikat.
    const cats: Array<{ row: number; col: number; text: string }> = [];
    // A KATEGORI column may grade each aspect; only the total's row (or the rows below the aspects) states the
    // category of the score.
    const aspects = aspectRows(grid, t);
    const lastAspect = aspects.length ? aspects[aspects.length - 1].row.row : t.headerBottom;
    const catRows = new Set([...totalRows(grid, t).map((r) => r.row)]);
    for (let r = lastAspect + 1; r <= t.bottom; r++) catRows.add(r);
    for (const kc of colsWith(t, "kategori"))
      for (const r of [...catRows].sort((a, b) => a - b)) {
        const tx = cellText(grid.get(r, kc));
        if (tx && readKategori(tx).length) cats.push({ row: r, col: kc, text: tx });
      }
    for (const r of t.rows) {
      const label = labelOf(grid, t, r);
      if (KATEGORI_LABEL.test(label)) {
        for (let c = t.left; c <= t.right; c++) {
          const tx = cellText(grid.get(r.row, c));
          if (tx && tx !== label && readKategori(tx).length && !cats.some((x) => x.row === r.row && x.col === c)) { cats.push({ row: r.row, col: c, text: tx }); break; }
        }
      }
      if (INDEKS_LABEL.test(label) && !KATEGORI_LABEL.test(label)) {
        for (let c = t.left; c <= t.right; c++) {
          const s = cellShown(grid.get(r.row, c));
          if (!s || s.percent || s.value > 1 || s.value <= 0) continue;
          const [lo, hi] = INDEKS_BAND[want.roman];
          // Compared at the precision shown: 0,6 shown holds for a band starting at 0,61.
          const half = 0.5 * Math.pow(10, -s.decimals);
          if (s.value + half < lo || s.value - half > hi) {
            const expected = `${formatNumberId(lo, 2)}-${formatNumberId(hi, 2)}`;
            out.push({
              sheet: t.sheet, cell: a1(r.row, c), related,
              params: { actual: s.text, expected, kategori: `${want.roman} (${want.kata})`, nilai: nilaiText },
              expected, actual: s.text, difference: null, variant: "indeks", key: `indeks|${nilaiText}|${s.text}`,
            });
          }
          break;
        }
      }
    }
    for (const c of cats) {
      if (readKategori(c.text).includes(want.roman)) continue;
      const expected = `${want.roman} (${want.kata})`;
      out.push({
        sheet: t.sheet, cell: a1(c.row, c.col), related,
        params: { actual: c.text, expected, nilai: nilaiText },
        expected, actual: c.text, difference: null, key: `kategori|${nilaiText}|${c.text}`,
      });
    }
    return out;
  },
};
