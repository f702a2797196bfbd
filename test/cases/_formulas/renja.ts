// A Renja evaluation sheet as agencies fill it, with the formulas Excel users write: per sub kegiatan capaian and
// serapan, kegiatan rows that SUM their sub kegiatan, a program row that adds its kegiatan rows, a JUMLAH row.
// Each golden case of the formula family builds this and changes one thing.
import type * as ExcelJSNs from "exceljs";

export interface Sub { code: string; name: string; target: number; real: number; pagu: number; realRp: number }
export interface Keg { code: string; name: string; subs: Sub[] }

export const KEGIATAN: Keg[] = [
  { code: "1.02.01.2.01", name: "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", subs: [
    { code: "1.02.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", target: 3, real: 3, pagu: 45000000, realRp: 43250000 },
    { code: "1.02.01.2.01.0002", name: "Koordinasi dan Penyusunan Dokumen RKA-SKPD", target: 2, real: 2, pagu: 30000000, realRp: 29100000 },
    { code: "1.02.01.2.01.0006", name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", target: 4, real: 3, pagu: 25000000, realRp: 21800000 },
    { code: "1.02.01.2.01.0007", name: "Evaluasi Kinerja Perangkat Daerah", target: 2, real: 2, pagu: 20000000, realRp: 19500000 },
  ] },
  { code: "1.02.01.2.02", name: "Kegiatan Administrasi Keuangan Perangkat Daerah", subs: [
    { code: "1.02.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", target: 14, real: 14, pagu: 5367060000, realRp: 5201450000 },
    { code: "1.02.01.2.02.0003", name: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", target: 12, real: 12, pagu: 15000000, realRp: 14970550 },
    { code: "1.02.01.2.02.0005", name: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", target: 1, real: 1, pagu: 10000000, realRp: 9962900 },
    { code: "1.02.01.2.02.0007", name: "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", target: 12, real: 11, pagu: 15000000, realRp: 13900000 },
  ] },
  { code: "1.02.01.2.06", name: "Kegiatan Administrasi Umum Perangkat Daerah", subs: [
    { code: "1.02.01.2.06.0001", name: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", target: 12, real: 12, pagu: 18500000, realRp: 18240000 },
    { code: "1.02.01.2.06.0002", name: "Penyediaan Peralatan dan Perlengkapan Kantor", target: 25, real: 22, pagu: 62000000, realRp: 57310500 },
  ] },
];

export const COLS = { kode: "A", uraian: "B", indikator: "C", target: "D", real: "E", capaian: "F", pagu: "G", realRp: "H", serapan: "I" };
export const HEADER = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];
export const FIRST_ROW = 4; // 1-based row of the program row

export interface Layout {
  program: number;
  kegiatan: number[];
  subs: number[][];
  jumlah: number;
}

/** Cell values; a formula is { formula, result } with its result computed here (what Excel would have cached). */
export type Value = number | string | { formula: string; result: number | { error: string } };

/** The sheet's cells before any change: address -> value. */
export function renjaCells(kegiatan: Keg[] = KEGIATAN): { cells: Map<string, Value>; layout: Layout } {
  const cells = new Map<string, Value>();
  let r = FIRST_ROW;
  const layout: Layout = { program: r, kegiatan: [], subs: [], jumlah: 0 };
  cells.set(`A${r}`, "1.02.01");
  cells.set(`B${r}`, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
  r++;
  let progPagu = 0, progReal = 0;
  const kegCaps: number[] = [];
  for (const k of kegiatan) {
    const kr = r++;
    layout.kegiatan.push(kr);
    cells.set(`A${kr}`, k.code);
    cells.set(`B${kr}`, k.name);
    const rows: number[] = [];
    for (const s of k.subs) {
      const sr = r++;
      rows.push(sr);
      cells.set(`A${sr}`, s.code);
      cells.set(`B${sr}`, s.name);
      cells.set(`C${sr}`, `Jumlah dokumen ${s.name.toLowerCase()}`);
      cells.set(`D${sr}`, s.target);
      cells.set(`E${sr}`, s.real);
      cells.set(`F${sr}`, { formula: `E${sr}/D${sr}`, result: s.real / s.target });
      cells.set(`G${sr}`, s.pagu);
      cells.set(`H${sr}`, s.realRp);
      cells.set(`I${sr}`, { formula: `H${sr}/G${sr}`, result: s.realRp / s.pagu });
    }
    layout.subs.push(rows);
    const pagu = k.subs.reduce((a, s) => a + s.pagu, 0);
    const real = k.subs.reduce((a, s) => a + s.realRp, 0);
    progPagu += pagu;
    progReal += real;
    const first = rows[0], last = rows[rows.length - 1];
    cells.set(`G${kr}`, { formula: `SUM(G${first}:G${last})`, result: pagu });
    cells.set(`H${kr}`, { formula: `SUM(H${first}:H${last})`, result: real });
    cells.set(`I${kr}`, { formula: `H${kr}/G${kr}`, result: real / pagu });
    // A kegiatan's capaian: the average of its sub kegiatan's (rate indicators are averaged, not added).
    const caps = k.subs.map((s) => s.real / s.target);
    cells.set(`F${kr}`, { formula: `AVERAGE(F${first}:F${last})`, result: caps.reduce((a, b) => a + b, 0) / caps.length });
    kegCaps.push(caps.reduce((a, b) => a + b, 0) / caps.length);
  }
  const p = layout.program;
  cells.set(`G${p}`, { formula: layout.kegiatan.map((k) => `G${k}`).join("+"), result: progPagu });
  cells.set(`H${p}`, { formula: layout.kegiatan.map((k) => `H${k}`).join("+"), result: progReal });
  cells.set(`I${p}`, { formula: `H${p}/G${p}`, result: progReal / progPagu });
  cells.set(`F${p}`, { formula: `AVERAGE(${layout.kegiatan.map((k) => `F${k}`).join(",")})`, result: kegCaps.reduce((a, b) => a + b, 0) / kegCaps.length });
  const j = r;
  layout.jumlah = j;
  cells.set(`B${j}`, "JUMLAH");
  cells.set(`G${j}`, { formula: `G${p}`, result: progPagu });
  cells.set(`H${j}`, { formula: `H${p}`, result: progReal });
  cells.set(`I${j}`, { formula: `H${j}/G${j}`, result: progReal / progPagu });
  return { cells, layout };
}

/** Writes the cells as a sheet "Evaluasi Renja" with its title and header, number formats as agencies use. */
export function writeRenja(ExcelJS: typeof ExcelJSNs, cells: Map<string, Value>, sheetName = "Evaluasi Renja"): ExcelJSNs.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.getCell("A1").value = "EVALUASI HASIL RENJA SEKRETARIAT DAERAH TAHUN 2024";
  HEADER.forEach((h, i) => (ws.getCell(2, i + 1).value = h));
  HEADER.forEach((_h, i) => (ws.getCell(3, i + 1).value = `(${i + 1})`));
  for (const [addr, v] of cells) {
    const c = ws.getCell(addr);
    c.value = v as any;
    const col = addr.replace(/\d+$/, "");
    if (col === "F" || col === "I") c.numFmt = "0.00%";
    if (col === "G" || col === "H") c.numFmt = "#,##0";
  }
  return wb;
}

/** The golden cases' workbook: the Renja sheet with `edit` applied to its cells. */
export function renjaCase(ExcelJS: typeof ExcelJSNs, edit: (cells: Map<string, Value>, layout: Layout) => void = () => {}): ExcelJSNs.Workbook {
  const { cells, layout } = renjaCells();
  edit(cells, layout);
  return writeRenja(ExcelJS, cells);
}

/** Value of a cell of the map (a formula's cached result), for computing an edited formula's result. */
export function num(cells: Map<string, Value>, addr: string): number {
  const v = cells.get(addr);
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && typeof v.result === "number") return v.result;
  return 0;
}
