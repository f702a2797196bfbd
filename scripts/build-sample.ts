// Builds the sample workbook assets/samples/lkjip-bkpsdm-lamongan-2022.xlsx from the seed's tables
// (LKjIP BKPSDM Kabupaten Lamongan 2022 and its PK appendices), kept as the seed wrote them, ERRORS INCLUDED.
// Run: npm run build:sample  (node scripts/build-sample.run.js: transpiles this file with the installed TypeScript).
//
// How cells are typed (what a planner's Excel holds after typing or pasting the seed's text):
// - PK budget amounts stay TEXT exactly as written ("Rp 26.000.000,00", "Rp 197,951,250.00", "Rp 750.000,00,00"):
//   they were pasted from Word.
// - Plain numbers become numbers: "260" -> 260; "21,44" -> 21.44 shown "21,44"; "4.850.842.200" -> 4850842200
//   shown "#,##0"; "6.086.801.563,36" -> number shown "#,##0.00"; "106,92%" -> 1.0692 shown "0.00%", "85%" -> 0.85 "0%".
// - Anything else stays text as written: "1 Dokumen", "N/A", "89.50" (a dot decimal in an Indonesian Excel),
//   "50.02%", "577.255.000.00", "106,92 %" (with a space).
// Layout normalisations (documented, not corrections): page-break artefacts of the PDF (a repeated header inside
// a table, a row split across pages) are joined; merged SASARAN / Jabatan cells span their continuation rows.
import type * as ExcelJSNs from "exceljs";
import * as D from "./build-sample.data";

type Workbook = ExcelJSNs.Workbook;
type Worksheet = ExcelJSNs.Worksheet;

export const SAMPLE_FILE = "assets/samples/lkjip-bkpsdm-lamongan-2022.xlsx";

interface Typed {
  value: string | number | null;
  numFmt?: string;
}

/** The value a planner's Indonesian Excel holds for the seed's text. */
export function typeCell(raw: string, opts: { amountsAsText?: boolean } = {}): Typed {
  const s = raw.trim();
  if (s === "") return { value: null };
  if (/^Rp/i.test(s)) return { value: s };
  let m: RegExpExecArray | null;
  if (/^\d+$/.test(s) && !(s.length > 1 && s.startsWith("0"))) return { value: Number(s) };
  if ((m = /^(\d+),(\d+)$/.exec(s))) return { value: Number(`${m[1]}.${m[2]}`), numFmt: "0." + "0".repeat(m[2].length) };
  if ((m = /^(\d+)%$/.exec(s))) return { value: round(Number(m[1]) / 100), numFmt: "0%" };
  if ((m = /^(\d+),(\d+)%$/.exec(s))) return { value: round(Number(`${m[1]}.${m[2]}`) / 100), numFmt: "0." + "0".repeat(m[2].length) + "%" };
  if (!opts.amountsAsText) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) return { value: Number(s.replace(/\./g, "")), numFmt: "#,##0" };
    if ((m = /^(\d{1,3}(?:\.\d{3})+),(\d{2})$/.exec(s))) return { value: Number(m[1].replace(/\./g, "") + "." + m[2]), numFmt: "#,##0.00" };
  }
  return { value: s };
}

function round(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

function rows(tsv: string): string[][] {
  return tsv.split("\n").map((l) => l.split("\t"));
}

function put(ws: Worksheet, r: number, c: number, raw: string | null | undefined, opts: { text?: boolean; bold?: boolean } = {}): void {
  if (raw === null || raw === undefined || raw === "") return;
  const cell = ws.getCell(r, c);
  if (opts.text) {
    cell.value = raw;
  } else {
    const t = typeCell(raw);
    if (t.value === null) return;
    cell.value = t.value;
    if (t.numFmt) cell.numFmt = t.numFmt;
  }
  if (opts.bold) cell.font = { bold: true };
  cell.alignment = { vertical: "top", wrapText: true };
}

function title(ws: Worksheet, r: number, text: string, width: number): void {
  ws.getCell(r, 1).value = text;
  ws.getCell(r, 1).font = { bold: true };
  ws.getCell(r, 1).alignment = { horizontal: "center", wrapText: true };
  if (width > 1) ws.mergeCells(r, 1, r, width);
}

function border(ws: Worksheet, top: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++)
    for (let c = 1; c <= right; c++) {
      ws.getCell(r, c).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }
}

interface TableOpts {
  /** Header rows at the start of the block (1 or 2; a "(1) (2) ..." row is detected and counted). */
  headerRows?: number;
  /** 1-based columns whose empty cells continue the merged cell above (SASARAN, Jabatan ...). */
  continueCols?: number[];
  /** Columns typed as text whatever they hold (e.g. PK budget amounts). */
  textCols?: number[];
  /** Extra merges inside the header, as [row offset, first col, last col]. */
  headerMerges?: Array<[number, number, number]>;
  width?: number;
}

/** Writes a tab-separated table at row r (1-based); returns the next free row. */
function table(ws: Worksheet, r: number, tsv: string, opts: TableOpts = {}): number {
  const data = rows(tsv);
  const width = opts.width ?? Math.max(...data.map((d) => d.length));
  let headerRows = opts.headerRows ?? 1;
  if (data[headerRows] && /^\(?1\)?$/.test((data[headerRows][0] ?? "").trim()) && /^\(?2\)?$/.test((data[headerRows][1] ?? "").trim())) headerRows++;
  const top = r;
  // Continuation rows (an empty SASARAN / Jabatan under a filled one) join the merged cell above.
  const groups = new Map<number, { start: number; end: number }>();
  const merges: Array<[number, number, number]> = [];
  const close = (col: number) => {
    const g = groups.get(col);
    if (g && g.end > g.start) merges.push([g.start, g.end, col]);
    groups.delete(col);
  };
  data.forEach((cells, i) => {
    const row = r + i;
    const isHeader = i < headerRows;
    const isTotal = cells.some((c) => /^\s*(JUMLAH|TOTAL)\s*:?\s*$/i.test(c));
    cells.forEach((raw, j) => {
      const col = j + 1;
      put(ws, row, col, raw, { text: isHeader || opts.textCols?.includes(col), bold: isHeader || isTotal });
    });
    if (isHeader) return;
    const cont = opts.continueCols ?? [];
    const empty = (col: number) => (cells[col - 1] ?? "").trim() === "";
    // A continuation row leaves every continued column empty; any other row starts new groups.
    const continues = !isTotal && cont.every(empty) && cells.some((c) => c.trim() !== "");
    for (const col of cont) {
      if (continues) {
        if (groups.has(col)) groups.get(col)!.end = row;
      } else {
        close(col);
        if (!isTotal && !empty(col)) groups.set(col, { start: row, end: row });
      }
    }
  });
  for (const col of opts.continueCols ?? []) close(col);
  for (const [a, b, col] of merges) ws.mergeCells(a, col, b, col);
  for (const [off, c1, c2] of opts.headerMerges ?? []) ws.mergeCells(top + off, c1, top + off, c2);
  border(ws, top, r + data.length - 1, width);
  return r + data.length;
}

interface Party {
  nama: string;
  jabatan: string;
  nip?: string;
}

interface Signer {
  label: "PIHAK PERTAMA" | "PIHAK KEDUA";
  jabatan: string;
  nama: string;
  pangkat?: string;
  nip?: string;
}

interface PkSpec {
  sheet: string;
  title: string;
  date: string;
  pertama: Party;
  kedua: Party;
  tables: { indicators: string; budget: string };
  /** The signature block under the appendix, as written there (left: PIHAK KEDUA, right: PIHAK PERTAMA). */
  sign: [Signer, Signer];
  source: string;
}

const KEPALA_JABATAN = "Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia Kabupaten Lamongan";
const SEKRETARIS_JABATAN = "Sekretaris Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia";
const SHODIKIN: Party = { nama: "Drs. SHODIKIN, M.Pd.", jabatan: KEPALA_JABATAN, nip: "19661019 198703 1 008" };
const HARIYANTO: Party = { nama: "HARIYANTO, S.Pd., M.IP.", jabatan: SEKRETARIS_JABATAN, nip: "19730721 199901 1 001" };
const ANNA: Party = { nama: "ANNA SOFHIA, S.Psi., M.M.", jabatan: "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", nip: "19760101 201101 2 009" };
const ARIEF: Party = { nama: "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", jabatan: "Kepala Bidang Mutasi dan Promosi ASN", nip: "19831005 200212 1 001" };
const IKE: Party = { nama: "IKE HARUM DIANTI, S.Kom, M.T.", jabatan: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", nip: "19780715 200312 2 007" };
const AHMAD: Party = { nama: "AHMAD MUNHIDLUL UMMAH, S.A.P., M.A.P.", jabatan: "Kepala Bidang Pengembangan Sumber Daya Manusia", nip: "19860330 201101 1 005" };

const KEPALA_SIGN: Signer = { label: "PIHAK KEDUA", jabatan: "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN", nama: "Drs. SHODIKIN, M.Pd.", pangkat: "Pembina Utama Muda", nip: "NIP. 19661019 198703 1 008" };
const SEKRETARIS_SIGN: Signer = { label: "PIHAK KEDUA", jabatan: "SEKRETARIS BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN", nama: "HARIYANTO, S.Pd., M.IP.", pangkat: "Pembina Tk. I", nip: "NIP. 19730721 199901 1 001" };
const ANNA_SIGN: Signer = { label: "PIHAK KEDUA", jabatan: "KEPALA BIDANG PENGADAAN, PEMBERHENTIAN DAN INFORMASI KEPEGAWAIAN ASN BKPSDM KABUPATEN LAMONGAN", nama: "ANNA SOFHIA, S.Psi., M.M.", pangkat: "Penata Tingkat I", nip: "NIP. 19760101 201101 2 009" };
const ARIEF_SIGN: Signer = { label: "PIHAK KEDUA", jabatan: "KEPALA BIDANG MUTASI DAN PROMOSI ASN BKPSDM KABUPATEN LAMONGAN", nama: "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", pangkat: "Pembina", nip: "NIP. 19831005 200212 1 001" };
const IKE_SIGN: Signer = { label: "PIHAK KEDUA", jabatan: "KEPALA BIDANG PENILAIAN KINERJA APARATUR DAN PENGHARGAAN", nama: "IKE HARUM DIANTI, S.Kom, M.T.", pangkat: "Pembina", nip: "NIP. 19780715 200312 2 007" };

const PERUBAHAN = "PERUBAHAN PERJANJIAN KINERJA TAHUN 2022";

export const PKS: PkSpec[] = [
  {
    sheet: "PK Kepala",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "Drs. SHODIKIN, M.Pd", jabatan: KEPALA_JABATAN, nip: "19661019 198703 1 008" },
    kedua: { nama: "Dr. YUHRONUR EFENDI, MBA.", jabatan: "Bupati Lamongan" },
    tables: D.pk_kepala,
    sign: [
      { label: "PIHAK KEDUA", jabatan: "BUPATI LAMONGAN", nama: "Dr. YUHRONUR EFENDI, MBA." },
      { label: "PIHAK PERTAMA", jabatan: "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN", nama: "Drs. SHODIKIN, M.Pd", pangkat: "Pembina Utama Muda", nip: "NIP. 19661019 198703 1 008" },
    ],
    source: "Lampiran IV, Perubahan PK 31 Oktober 2022 (seed lines 1941-2011)",
  },
  {
    sheet: "PK Sekretaris",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: HARIYANTO,
    kedua: SHODIKIN,
    tables: D.pk_sekretaris,
    sign: [KEPALA_SIGN, { label: "PIHAK PERTAMA", jabatan: "SEKRETARIS BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN", nama: "HARIYANTO, S.Pd., M.IP.", pangkat: "Pembina Tingkat I", nip: "NIP. 19730721 199901 1 001" }],
    source: "Lampiran IV, PK Sekretaris (seed lines 2015-2107)",
  },
  {
    sheet: "PK Kabid Pengadaan",
    title: PERUBAHAN,
    date: "Lamongan, 17 Mei 2022",
    pertama: ANNA,
    kedua: SHODIKIN,
    tables: D.pk_kabidPengadaan,
    sign: [{ ...KEPALA_SIGN, pangkat: "Pembina Tingkat I" }, { label: "PIHAK PERTAMA", jabatan: "KEPALA BIDANG PENGADAAN, PEMBERHENTIAN DAN INFORMASI KEPEGAWAIAN ASN BKPSDM KABUPATEN LAMONGAN", nama: "ANNA SOFHIA, S.Psi., M.M.", pangkat: "Penata Tingkat I", nip: "NIP. 19760101 201101 2 009" }],
    source: "Lampiran IV, PK Kabid Pengadaan (seed lines 2110-2188)",
  },
  {
    sheet: "PK Subkor Pengadaan",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "NOVAL, S.H.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Pengadaan Dan Pemberhentian ASN", nip: "19760803 200003 1 004" },
    kedua: ANNA,
    tables: D.pk_subkorPengadaan,
    // the appendix's signature spells PIHAK KEDUA "ANNA SOFIA" (seed line 2263)
    sign: [{ ...ANNA_SIGN, nama: "ANNA SOFIA, S.Psi., M.M." }, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR PENGADAAN DAN PEMBERHENTIAN ASN BKPSDM KABUPATEN LAMONGAN", nama: "NOVAL, S.H.", pangkat: "Penata Tingkat I", nip: "NIP. 19760803 200003 1 004" }],
    source: "Lampiran IV, PK Sub Koordinator Pengadaan dan Pemberhentian (seed lines 2191-2279)",
  },
  {
    sheet: "PK Subkor Fasilitasi Profesi",
    title: PERUBAHAN,
    date: "Lamongan, 17 Mei 2022",
    pertama: { nama: "ENDANG SRI ASTUTIK, S.A.P.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Fasilitas Profesi ASN", nip: "19670817 198803 2 012" },
    kedua: { ...ANNA, jabatan: "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Data Kepegawian ASN" },
    tables: D.pk_subkorProfesi,
    sign: [ANNA_SIGN, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR FASILITASI PROFESI ASN BKPSDM KABUPATEN LAMONGAN", nama: "ENDANG SRI ASTUTIK, S.A.P.", pangkat: "Penata Tingkat I", nip: "NIP. 19670817 198803 2 012" }],
    source: "Lampiran IV, PK Sub Koordinator Fasilitasi Profesi (seed lines 2283-2365)",
  },
  {
    sheet: "PK Subkor Data Informasi",
    title: PERUBAHAN,
    date: "Lamongan, 17 Mei 2022",
    pertama: { nama: "SRI BUDIARTI, S.H.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Pengelolaan Data Dan Informasi ASN", nip: "19720111 200312 2 005" },
    kedua: { ...ANNA, jabatan: "Kepala Bidang Pengadaan, Peberhentian dan Informasi Kepegawaian ASN" },
    tables: D.pk_subkorData,
    sign: [ANNA_SIGN, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR PENGELOLAAN DATA DAN INFORMASI ASN BKPSDM KABUPATEN LAMONGAN", nama: "SRI BUDIARTI, S.H.", pangkat: "Penata Tingkat I", nip: "NIP. 19720111 200312 2 005" }],
    source: "Lampiran IV, PK Sub Koordinator Pengelolaan Data dan Informasi (seed lines 2369-2446)",
  },
  {
    sheet: "PK Kabid Mutasi",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    // NIPs as the PK's first page prints them (seed lines 2481, 2489): the Kepala's has lost its first two digits
    pertama: { ...ARIEF, nip: "198310052002121001" },
    kedua: { ...SHODIKIN, jabatan: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lamongan", nip: "06610191987031008" },
    tables: D.pk_kabidMutasi,
    sign: [KEPALA_SIGN, { label: "PIHAK PERTAMA", jabatan: "KEPALA BIDANG MUTASI DAN PROMOSI ASN BKPSDM KABUPATEN LAMONGAN", nama: "ARIEF FAKHRUDDIN AL HAKIM, S.STP., M.AP.", pangkat: "Pembina", nip: "NIP. 19831005 200212 1 001" }],
    source: "Lampiran IV, PK Kabid Mutasi dan Promosi (seed lines 2455-2536)",
  },
  {
    sheet: "PK Subkor Kepangkatan",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "IMISARI, S.H.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Kepangkatan ASN", nip: "19650503 198907 2 002" },
    kedua: ARIEF,
    tables: D.pk_subkorKepangkatan,
    sign: [ARIEF_SIGN, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR KEPANGKATAN ASN BKPSDM KABUPATEN LAMONGAN", nama: "IMISARI.SH", pangkat: "Penata Tingkat I", nip: "NIP. 19650503 198907 2 002" }],
    source: "Lampiran IV, PK Sub Koordinator Kepangkatan (seed lines 2538-2618)",
  },
  {
    sheet: "PK Subkor Promosi",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "RUSYDI, S.H., M.H.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Promosi ASN", nip: "19690722 199302 1 001" },
    kedua: ARIEF,
    tables: D.pk_subkorPromosi,
    sign: [ARIEF_SIGN, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR PROMOSI ASN BKPSDM KABUPATEN LAMONGAN", nama: "RUSYDI, S.H., M.H.", pangkat: "Pembina", nip: "NIP. 19690722 199302 1 001" }],
    source: "Lampiran IV, PK Sub Koordinator Promosi (seed lines 2620-2703)",
  },
  {
    sheet: "PK Subkor Mutasi",
    title: PERUBAHAN,
    date: "Lamongan, 17 Mei 2022",
    pertama: { nama: "BAMBANG KRISMANTO, S.Kom.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Mutasi ASN", nip: "19740914 200902 1 003" },
    kedua: ARIEF,
    tables: D.pk_subkorMutasi,
    sign: [ARIEF_SIGN, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR MUTASI ASN BKPSDM KABUPATEN LAMONGAN", nama: "BAMBANG KRISMANTO, S.Kom.", pangkat: "Penata Tingkat I", nip: "NIP. 19740914 200902 1 003" }],
    source: "Lampiran IV, PK Sub Koordinator Mutasi (seed lines 2705-2789)",
  },
  {
    sheet: "PK Kabid Penilaian Kinerja",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: IKE,
    kedua: SHODIKIN,
    tables: D.pk_kabidPenilaian,
    sign: [{ ...KEPALA_SIGN, nama: "Drs. SHODIKIN, M.Pd" }, { label: "PIHAK PERTAMA", jabatan: "KEPALA BIDANG PENILAIAN KINERJA APARATUR DAN PENGHARGAAN BKPSDM KABUPATEN LAMONGAN", nama: "IKE HARUM DIANTI, S.Kom, M.T.", pangkat: "Pembina", nip: "NIP. 19780715 200312 2 007" }],
    source: "Lampiran IV, PK Kabid Penilaian Kinerja Aparatur dan Penghargaan (seed lines 2791-2872)",
  },
  {
    sheet: "PK Subkor Disiplin",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "AWANG SARI SP, S.E., M.Si.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Pembinaan Disiplin Dan Penghargaan ASN", nip: "19800601 200604 2 043" },
    kedua: { ...IKE, nama: "IKE HARUM DIANTI., S.Kom, M.T." },
    tables: D.pk_subkorDisiplin,
    sign: [{ ...IKE_SIGN, jabatan: "KEPALA BIDANG PENILAIAN KINERJA APARATUR DAN PENGHARGAAN PEGAWAI", nama: "IKE HARUM DIANTI, S.Kom., M.T." }, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR PEMBINAAN DISIPLIN DAN PENGHARGAAN ASN", nama: "AWANG SARI SP, SE., M.Si.", pangkat: "Pembina", nip: "NIP. 19800601 200604 2 043" }],
    source: "Lampiran IV, PK Sub Koordinator Pembinaan Disiplin dan Penghargaan (seed lines 2874-2958)",
  },
  {
    sheet: "PK Subkor Jabatan Fungsional",
    title: "PERJANJIAN KINERJA TAHUN 2022",
    date: "Lamongan, 2 Februari 2022",
    pertama: { nama: "ERYN YUSTINAH, S.Sos., M.Si", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Pembinaan Jabatan Fungsional ASN", nip: "19770510 200901 2 003" },
    kedua: { ...IKE, nama: "IKE HARUM DIANTI, S.Kom, M.T", jabatan: "Kepala Bidang Penilaian Kinerja Aparatur Dan Penghargaan" },
    tables: D.pk_subkorJf,
    sign: [{ ...IKE_SIGN, nama: "IKE HARUM DIANTI, S.Kom, M.T", nip: "NIP.19780715 200312 2 007" }, { label: "PIHAK PERTAMA", jabatan: "ANALIS SUMBER DAYA MANUSIA APARATUR SUB KOORDINATOR SUB BIDANG PEMBINAAN JABATAN FUNSIONAL ASN", nama: "ERYN YUSTINAH.s.Sos.MSi", pangkat: "Penata Tingkat I", nip: "NIP. 19770510 200901 2 003" }],
    source: "Lampiran IV, PK Sub Koordinator Pembinaan Jabatan Fungsional (seed lines 2962-3035)",
  },
  {
    sheet: "PK Subkor Penilaian Kinerja",
    title: "PERJANJIAN KINERJA TAHUN 2022",
    date: "Lamongan, 2 Februari 2022",
    pertama: { nama: "KUSNAINI, SE., M.M.", jabatan: "Kepala Sub Bidang Penialain Kinerja ASN", nip: "19741229 201001 1 003" },
    kedua: { ...IKE, jabatan: "Kepala Bidang Penilaian Kinerja Aparatur Dan Penghargaan" },
    tables: D.pk_subkorPenilaian,
    sign: [IKE_SIGN, { label: "PIHAK PERTAMA", jabatan: "KEPALA SUB BIDANG PENILAIAN KINERJA ASN", nama: "KUSNAINI, SE.,M.M.", pangkat: "Penata", nip: "NIP. 19741229 201001 1 003" }],
    source: "Lampiran IV, PK Sub Koordinator Penilaian Kinerja (seed lines 3039-3116)",
  },
  {
    sheet: "PK Kabid Pengembangan SDM",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: AHMAD,
    kedua: SHODIKIN,
    tables: D.pk_kabidPsdm,
    // the appendix's signature spells the Kepala "Drs. SUODIKIN" (seed line 3196)
    sign: [{ ...KEPALA_SIGN, nama: "Drs. SUODIKIN, M.Pd." }, { label: "PIHAK PERTAMA", jabatan: "KEPALA BIDANG PENGEMBANGAN SUMBER DAYA MANUSIA", nama: "AHMAD MUNHIDLUL UMMAH, S.A.P., M.A.P.", pangkat: "Penata Tingkat I", nip: "NIP. 19860330 201101 1 005" }],
    source: "Lampiran IV, PK Kabid Pengembangan SDM (seed lines 3123-3206)",
  },
  {
    sheet: "PK Subkor Evaluasi Kompetensi",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "SUMINEM, S.E.", jabatan: "Analis SDM Aparatur Ahli Muda Sub Koordinator Evaluasi Pengembangan Kompetensi SDM", nip: "19771116 200112 2 004" },
    kedua: { ...AHMAD, nama: "AHMAD MUNHIDLUL UMMAH, S.AP., M.A.P" },
    tables: D.pk_subkorEvaluasi,
    // the seed labels BOTH signatures "PIHAK PERTAMA" (seed lines 3281, 3289)
    sign: [{ label: "PIHAK PERTAMA", jabatan: "KEPALA BIDANG PENGEMBANGAN SUMBER DAYA MANUSIA", nama: "AHMAD MUNHIDLUL UMMAH, S.AP., M.A.P", pangkat: "Penata Tingkat I", nip: "NIP. 19860330 201101 1 005" }, { label: "PIHAK PERTAMA", jabatan: "ANALIS SDM APARATUR AHLI MUDA SUB KOORDINATOR EVALUASI PENGEMBANGAN KOMPETENSI SDM", nama: "SUMINEM, SE.", pangkat: "Penata Tingkat I", nip: "NIP. 19771116 200112 2 004" }],
    source: "Lampiran IV, PK Sub Koordinator Evaluasi Pengembangan Kompetensi SDM (seed lines 3208-3298)",
  },
  {
    sheet: "PK Kasubag Keuangan",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "AGUS SUPRAPTO, S.Sos., M.M.", jabatan: "Kepala Sub Bagian Keuangan", nip: "19740404 199503 1 004" },
    kedua: HARIYANTO,
    tables: D.pk_kasubagKeuangan,
    sign: [SEKRETARIS_SIGN, { label: "PIHAK PERTAMA", jabatan: "KASUBBAG KEUANGAN", nama: "AGUS SUPRPTO, S.Sos., M.M.", pangkat: "Pembina", nip: "NIP. 19740404 199503 1 004" }],
    source: "Lampiran IV, PK Kasubag Keuangan (seed lines 3301-3388)",
  },
  {
    sheet: "PK Kasubag Umum",
    title: PERUBAHAN,
    date: "Lamongan, 31 Oktober 2022",
    pertama: { nama: "CHONEEF INDAH FAJARWATI, S.H., M.Si.", jabatan: "Kepala Sub Bagian Umum Dan Kepegawaian", nip: "19650917 199403 2 006" },
    kedua: HARIYANTO,
    tables: D.pk_kasubagUmum,
    sign: [SEKRETARIS_SIGN, { label: "PIHAK PERTAMA", jabatan: "KASUBBAG UMUM DAN KEPEGAWAIAN", nama: "CHONEEF INDAH FAJARWATI, S.H., M.Si.", pangkat: "Pembina", nip: "NIP.19650917 199403 2 006" }],
    source: "Lampiran IV, PK Kasubag Umum dan Kepegawaian (seed lines 3392-3503)",
  },
  {
    sheet: "PK Kasubag Perencanaan",
    title: PERUBAHAN,
    date: "Lamongan, 17 Mei 2022",
    pertama: { nama: "SUTIANA, S.Kom., M.M.", jabatan: "Kepala Sub Bagian Perencanaan dan Evaluasi", nip: "19770614 200212 2 005" },
    kedua: { ...HARIYANTO, nama: "HARIYANTO, S.Pd., M.IP" },
    tables: D.pk_kasubagPerencanaan,
    sign: [{ ...SEKRETARIS_SIGN, pangkat: "Pembina" }, { label: "PIHAK PERTAMA", jabatan: "KASUBBAG PERENCANAAN DAN EVALUASI", nama: "SUTIANAH, S.Kom., M.M.", pangkat: "Pembina", nip: "NIP. 19770614 200212 2 005" }],
    source: "Lampiran IV, PK Kasubag Perencanaan dan Evaluasi (seed lines 3509-3587)",
  },
];

function party(ws: Worksheet, r: number, label: string, p: Party): number {
  put(ws, r, 2, label, { text: true, bold: true });
  put(ws, r + 1, 2, "Nama", { text: true });
  put(ws, r + 1, 3, p.nama, { text: true });
  put(ws, r + 2, 2, "Jabatan", { text: true });
  put(ws, r + 2, 3, p.jabatan, { text: true });
  if (!p.nip) return r + 3;
  put(ws, r + 3, 2, "NIP", { text: true });
  // NIPs are text, as they must be (an 18-digit number loses digits in Excel)
  ws.getCell(r + 3, 3).value = p.nip;
  ws.getCell(r + 3, 3).numFmt = "@";
  return r + 4;
}

function signatures(ws: Worksheet, r: number, date: string, sign: [Signer, Signer]): number {
  put(ws, r, 3, date, { text: true });
  r += 1;
  const lines = (s: Signer) => [s.label, s.jabatan, "", s.nama, s.pangkat ?? "", s.nip ?? ""];
  const left = lines(sign[0]);
  const right = lines(sign[1]);
  for (let i = 0; i < left.length; i++) {
    put(ws, r + i, 2, left[i], { text: true, bold: i === 0 || i === 3 });
    put(ws, r + i, 3, right[i], { text: true, bold: i === 0 || i === 3 });
  }
  return r + left.length;
}

function pkSheet(wb: Workbook, spec: PkSpec): void {
  const ws = wb.addWorksheet(spec.sheet);
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 48 }, { width: 22 }];
  title(ws, 1, spec.title, 4);
  title(ws, 2, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", 4);
  title(ws, 3, "KABUPATEN LAMONGAN", 4);
  let r = 5;
  r = party(ws, r, "PIHAK PERTAMA", spec.pertama) + 1;
  r = party(ws, r, "PIHAK KEDUA", spec.kedua) + 1;
  put(ws, r, 2, spec.date, { text: true });
  r += 2;
  title(ws, r, "LAMPIRAN " + spec.title, 4);
  r += 2;
  r = table(ws, r, spec.tables.indicators, { continueCols: [1, 2], width: 4 }) + 1;
  r = table(ws, r, spec.tables.budget, { textCols: [3], width: 4 }) + 2;
  signatures(ws, r, spec.date, spec.sign);
}

function titled(ws: Worksheet, r: number, lines: string[], width: number): number {
  for (const l of lines) title(ws, r++, l, width);
  return r + 1;
}

function sheetIku(wb: Workbook): void {
  const ws = wb.addWorksheet("Pengukuran Kinerja");
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 36 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 60 }];
  let r = titled(ws, 1, ["Tabel 3.1", "Pengukuran Capaian Kinerja Tahun 2022"], 7);
  r = table(ws, r, D.tabel31, { continueCols: [1, 2], width: 7 }) + 2;
  // the report's sign-off prints the Kepala's NIP with 19 digits (seed lines 35, 185, 1861)
  put(ws, r, 3, "Lamongan, Januari 2023", { text: true });
  put(ws, r + 1, 3, "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN", { text: true });
  put(ws, r + 3, 3, "Drs. SHODIKIN, M.Pd", { text: true, bold: true });
  put(ws, r + 4, 3, "Pembina Utama Muda", { text: true });
  put(ws, r + 5, 3, "NIP. 1996610191987031008", { text: true });
}

function sheetCapaianPejabat(wb: Workbook): void {
  const ws = wb.addWorksheet("Capaian Pejabat");
  ws.columns = [{ width: 24 }, { width: 36 }, { width: 36 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 36 }, { width: 16 }, { width: 16 }, { width: 12 }];
  const r = titled(ws, 1, ["Tabel 3.18", "Pencapaian Indikator Kinerja Sasaran Pejabat Struktural dan Sub Koordinator BKPSDM Kabupaten Lamongan Tahun 2022"], 10);
  table(ws, r, D.tabel318, { continueCols: [1], width: 10 });
}

function sheetCapaianEselon(wb: Workbook): void {
  const ws = wb.addWorksheet("Capaian Eselon");
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 36 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 16 }, { width: 12 }];
  let r = titled(ws, 1, ["LAMPIRAN III", "PENGUKURAN KINERJA TAHUN 2022", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMONGAN"], 9);
  // Split the appendix into its tables: title lines (no tab), a two-row header, data rows.
  const lines = D.lampiran3.split("\n");
  let titles: string[] = ["CAPAIAN KINERJA ESELON III", "SEKRETARIS BKPSDM KABUPATEN LAMONGAN TAHUN 2022"];
  let block: string[] = [];
  const flush = () => {
    if (!block.length) return;
    r = titled(ws, r, titles, 9);
    r = table(ws, r, block.join("\n"), { headerRows: 2, continueCols: [1, 2], width: 9, headerMerges: [[0, 4, 6], [0, 7, 9]] }) + 2;
    block = [];
    titles = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/\*\*/g, "");
    if (!l.includes("\t")) {
      flush();
      titles.push(l.trim());
    } else if (/^No\t/.test(l) && block.length > 0) {
      i++; // a header repeated by a page break: drop it and its second row
    } else block.push(l);
  }
  flush();
}

function sheetEfisiensi(wb: Workbook): void {
  const ws = wb.addWorksheet("Efisiensi");
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 24 }, { width: 30 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 12 }];
  let r = titled(ws, 1, ["Tabel 3.13 Alokasi per Sasaran Pembangunan (Cost Per-Outcome)"], 6);
  r = table(ws, r, D.tabel313, { continueCols: [1, 2, 3], width: 6 }) + 2;
  r = titled(ws, r, ["Tabel 3.14 Pencapaian Kinerja dan Anggaran Tahun 2022"], 9);
  r = table(ws, r, D.tabel314, { headerRows: 2, width: 9, headerMerges: [[0, 4, 6], [0, 7, 9]] }) + 2;
  r = titled(ws, r, ["Tabel 3.15 Efisiensi Penggunaan Sumber Daya Tahun 2022"], 6);
  table(ws, r, D.tabel315, { width: 6 });
}

function sheetSkm(wb: Workbook): void {
  const ws = wb.addWorksheet("SKM");
  ws.columns = [{ width: 6 }, { width: 42 }, { width: 18 }, { width: 18 }];
  let r = titled(ws, 1, ["Tabel 3.4 Nilai Unsur SKM BKPSDM Tahun 2022"], 4);
  r = table(ws, r, D.tabel34, { width: 4 }) + 1;
  // The IKM computation the report prints under the table (seed lines 1345-1351).
  put(ws, r, 2, "Jumlah responden", { text: true });
  put(ws, r, 3, "365");
  put(ws, r + 1, 2, "Jumlah unsur", { text: true });
  put(ws, r + 1, 3, "9");
  put(ws, r + 2, 2, "Nilai penimbang", { text: true });
  put(ws, r + 2, 3, "25");
  put(ws, r + 3, 2, "Nilai IKM", { text: true, bold: true });
  put(ws, r + 3, 3, "82,79");
}

function sheetMerit(wb: Workbook): void {
  const ws = wb.addWorksheet("Sistem Merit");
  ws.columns = [{ width: 6 }, { width: 42 }, { width: 12 }, { width: 14 }];
  let r = titled(ws, 1, ["Penilaian 8 Aspek Sistem Merit Tahun 2022", "Keputusan KASN Nomor 17/KEP.KASN/C/VII/2022"], 4);
  // Aspects and values: seed lines 1199-1206; weights: Tabel 2.3 (IKU), seed line 735.
  const tsv = [
    "No\tAspek\tBobot\tNilai",
    "1\tPerencanaan Kebutuhan\t10%\t40",
    "2\tPengadaan\t10%\t36",
    "3\tPengembangan Karir\t30%\t57,5",
    "4\tPromosi dan Mutasi\t10%\t20",
    "5\tManajemen Kinerja\t20%\t62,5",
    "6\tPenggajian, Penghargaan dan Disiplin\t10%\t35",
    "7\tPerlindungan dan Pelayanan\t4%\t10",
    "8\tSistem Informasi\t6%\t17",
    "\tNilai Total\t\t278",
  ].join("\n");
  const top = r;
  table(ws, r, tsv, { width: 4 });
  // The KASN decision's figures, in a small block beside the table (the seed states them in prose, l. 1194).
  const facts: Array<[string, string]> = [["Kategori", "III (Baik)"], ["Indeks", "0,68"], ["Target", "260"], ["Capaian", "106,92%"]];
  facts.forEach(([k, v], i) => {
    put(ws, top + i, 6, k, { text: true, bold: true });
    put(ws, top + i, 7, v, { text: k === "Kategori" });
  });
  ws.getColumn(6).width = 12;
  ws.getColumn(7).width = 14;
}

function sheetRealisasi(wb: Workbook): void {
  const ws = wb.addWorksheet("Realisasi Anggaran");
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 10 }];
  const r = titled(ws, 1, ["Tabel 3.17", "Plafon dan Realisasi Anggaran Belanja BKPSDM Kabupaten Lamongan Tahun 2022"], 6);
  table(ws, r, D.tabel317, { width: 6 });
}

function sheetRkt(wb: Workbook): void {
  const ws = wb.addWorksheet("RKT 2022");
  ws.columns = [{ width: 20 }, { width: 24 }, { width: 20 }, { width: 8 }, { width: 24 }, { width: 20 }, { width: 8 }, { width: 36 }, { width: 36 }, { width: 14 }, { width: 16 }, { width: 24 }];
  let r = titled(ws, 1, ["LAMPIRAN II", "RENCANA KINERJA TAHUNAN BKPSDM KABUPATEN LAMONGAN TAHUN 2022"], 12);
  // The seed repeats (and shifts) this header on every page; one aligned header is kept.
  const header = [
    "TUJUAN\tSASARAN STRATEGIS\tESELON II\t\t\t\t\tESELON III\t\tTARGET DAN SATUAN\tPLAFON ANGGARAN (Rp.)\tPENANGGUNG JAWAB",
    "\t\tINDIKATOR TUJUAN/SASARAN\tTARGET\tPROGRAM\tINDIKATOR SASARAN PROGRAM\tTARGET\tKEGIATAN\tINDIKATOR KINERJA\t\t\t",
    "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12",
  ];
  const body: string[] = [];
  const lines = D.lampiran2.split("\n").slice(1); // first line is the title
  for (let i = 0; i < lines.length; i++) {
    if (/^TUJUAN\t/.test(lines[i])) {
      i += 2; // header and column-number row
      continue;
    }
    body.push(lines[i]);
  }
  table(ws, r, [...header, ...body].join("\n"), { headerRows: 2, width: 12, headerMerges: [[0, 3, 7], [0, 8, 9]] });
}

function sheetRenstra(wb: Workbook): void {
  const ws = wb.addWorksheet("Renstra");
  ws.columns = [{ width: 24 }, { width: 36 }, { width: 26 }, { width: 12 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }];
  const lines = D.lampiran1.split("\n");
  const r = titled(ws, 1, ["LAMPIRAN I", lines[0], lines[1]], 9);
  table(ws, r, lines.slice(2).join("\n"), { headerRows: 2, width: 9, headerMerges: [[0, 4, 9]] });
}


/** Strips the HTML / LaTeX the seed's Tabel 2.3 cells carry, keeping their text. */
function plainText(s: string): string {
  return s
    .replace(/\\sum/g, "\u03a3")
    .replace(/<\/?(p|ol|li|ul)[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Bab II of the report: Tabel 2.2 .. 2.23 (the PK appendices as the report prints them), stacked on one sheet. */
function sheetBabII(wb: Workbook): void {
  const ws = wb.addWorksheet("Rekap PK Bab II");
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 48 }, { width: 22 }, { width: 20 }];
  let r = titled(ws, 1, ["BAB II PERENCANAAN DAN PERJANJIAN KINERJA", "C. Perjanjian Kinerja Tahun 2022"], 4);
  const lines = D.babII.split("\n");
  let block: string[] = [];
  let titles: string[] = [];
  const flushTable = () => {
    if (!block.length) return;
    const cells = block.map((l) => l.split("\t").map(plainText).join("\t"));
    const isIndicator = /SASARAN|KINERJA UTAMA/i.test(block[0]);
    r = table(ws, r, cells.join("\n"), { continueCols: isIndicator ? [1, 2] : undefined, textCols: isIndicator ? undefined : [3], width: Math.max(4, ...cells.map((c) => c.split("\t").length)) }) + 1;
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (!line.includes("\t")) {
      // Table titles and the short lines around them; the report's prose is left out.
      if (/^(Tabel|Perjanjian Kinerja|Kepala BKPSDM|Dan Informasi|Manajerial|Indikator Kinerja Utama \(IKU\)$|[a-c]\) Perjanjian|- \d\) Perjanjian|\d\) Perjanjian)/.test(line.trim()) && line.length < 160) {
        flushTable();
        titles.push(line.trim());
      }
      continue;
    }
    if (/^NO\.?\t/i.test(line)) {
      // a header repeated by a page break inside a table (Tabel 2.21): keep the table going
      if (block.length > 1 && block[0].split("\t")[1] === line.split("\t")[1] && titles.length === 0) continue;
      flushTable();
    }
    if (titles.length) {
      r = titled(ws, r, titles, 4) - 1;
      titles = [];
    }
    block.push(line);
  }
  flushTable();
}

/** Builds the sample workbook with the given exceljs module. */
export function buildSampleWorkbook(ExcelJS: typeof ExcelJSNs): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Tools for Excel (scripts/build-sample.ts)";
  wb.created = new Date(Date.UTC(2023, 0, 31));
  wb.modified = wb.created;
  for (const spec of PKS) pkSheet(wb, spec);
  sheetIku(wb);
  sheetCapaianPejabat(wb);
  sheetCapaianEselon(wb);
  sheetEfisiensi(wb);
  sheetSkm(wb);
  sheetMerit(wb);
  sheetRealisasi(wb);
  sheetRkt(wb);
  sheetRenstra(wb);
  sheetBabII(wb);
  return wb;
}

export default async function build(ExcelJS: typeof ExcelJSNs): Promise<Workbook> {
  return buildSampleWorkbook(ExcelJS);
}
