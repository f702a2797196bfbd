// Generator of CONSISTENT SAKIP workbooks (exceljs), at any size: the benchmarks use 1x/2x/4x, tests a tiny one.
//
// Layout follows the seed's PK appendices (reference/000_2b9818f4668612ce.txt): one sheet per official with the
// PK header (PIHAK PERTAMA / PIHAK KEDUA: Nama, Jabatan, NIP), the LAMPIRAN indicator table
// (NO. | SASARAN | INDIKATOR KINERJA | TARGET, with a "(1) (2) (3) (4)" row) and the budget table
// (NO. | PROGRAM / KEGIATAN / SUB KEGIATAN | ANGGARAN (Rp.) | KET.) closed by JUMLAH, then the signatures.
// The PK chain is Kepala (Programs) -> Kepala Bidang (Kegiatan of one Program) -> Kasubag / Sub Koordinator
// (Sub Kegiatan of one Kegiatan): every PIHAK KEDUA is the official whose PK lists the parent item, and every
// parent amount is the sum of its children, so totals add up and agree across sheets.
// A measurement sheet (two-row header Kinerja: Target | Realisasi | Capaian, Anggaran: Pagu | Realisasi | Capaian)
// holds tens of thousands of rows whose capaian are right at the precision shown (0.00%).
// Everything is deterministic (seeded), so two runs produce the same workbook.
import ExcelJS from "exceljs";

export interface GenerateOptions {
  /** Size multiplier for the defaults below (1 = 200 PK sheets, 10.000 measurement rows). */
  scale?: number;
  /** Number of PK sheets wanted (the chain shape rounds it down a little). Default 200 x scale. */
  pkSheets?: number;
  /** Rows of the measurement table. Default 10.000 x scale. */
  measurementRows?: number;
  /** Deliberate errors: this many measurement rows get a wrong capaian kinerja (for findings benchmarks). */
  wrongCapaian?: number;
  /** PRNG seed. */
  seed?: number;
  /** Reuse one base name across levels (Program X, Kegiatan X, Sub Kegiatan X are still different items): a
   *  precision probe for the engine's name matching, off by default. */
  sharedLevelNames?: boolean;
  /** Write every total, capaian and serapan as a formula with its cached result, as Excel saves a workbook whose
   *  figures are computed (PK JUMLAH = SUM over the items; measurement capaian = E/D, serapan = H/G). */
  formulas?: boolean;
  year?: number;
}

export interface InjectedError {
  sheet: string;
  cell: string;
  stated: number;
  expected: number;
}

export interface GeneratedFacts {
  pkSheets: number;
  programs: number;
  kegiatan: number;
  subKegiatan: number;
  measurementRows: number;
  /** Non-empty cells written, all sheets. */
  cells: number;
  /** Sum of every Program, in rupiah (= the Kepala's JUMLAH). */
  totalBudget: number;
  sheetNames: string[];
  measurementSheet: string;
  injected: InjectedError[];
}

export const MEASUREMENT_SHEET = "Pengukuran Kinerja";
const AGENCY = "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA";
const REGION = "KABUPATEN LAMONGAN";
const MONEY_FORMAT = '"Rp "#,##0';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["AHMAD", "BUDI", "SITI", "DEWI", "EKO", "FITRI", "GUNAWAN", "HARIYANTO", "INDAH", "JOKO", "KARTIKA",
  "LUKMAN", "MUHAMMAD", "NUR", "OKTAVIA", "PUTRI", "RAHMAT", "SRI", "TEGUH", "UMI", "WAHYU", "YULI", "ZAINAL", "ARIF",
  "BAMBANG", "CAHYO", "DIAN", "ENDANG", "FAJAR", "HENDRA", "IRAWAN", "LESTARI"];
const LAST = ["SANTOSO", "WIBOWO", "RAHAYU", "PRASETYO", "HIDAYAT", "KURNIAWAN", "SETIAWAN", "LESTARI", "SUSANTO",
  "PURNOMO", "HARTONO", "SAPUTRA", "WIJAYA", "NUGROHO", "FIRMANSYAH", "MAULANA", "ANGGRAINI", "PERMATASARI",
  "SUHARTO", "EFENDI", "SHODIKIN", "HANDAYANI", "SYAHPUTRA", "UTOMO", "RAMADHAN", "SULISTYO", "WULANDARI",
  "ARDIANSYAH", "SUGIARTO", "PRATAMA", "HASANAH", "MULYADI"];
const TITLES = ["S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.Pd., M.Pd.", "S.STP., M.Si.", "S.T.", "S.AP.", "M.M."];
const VERBS = ["Penyediaan", "Pengelolaan", "Pembinaan", "Pengembangan", "Penyelenggaraan", "Pemeliharaan",
  "Peningkatan", "Koordinasi", "Fasilitasi", "Evaluasi", "Perencanaan", "Pelaksanaan"];
const OBJECTS = ["Administrasi Kepegawaian", "Jabatan Fungsional", "Kompetensi Teknis", "Data Kepegawaian",
  "Sistem Informasi ASN", "Mutasi ASN", "Promosi ASN", "Kepangkatan ASN", "Penilaian Kinerja ASN",
  "Disiplin ASN", "Penghargaan ASN", "Pensiun ASN", "Pengadaan ASN", "Kesejahteraan Pegawai",
  "Barang Milik Daerah", "Administrasi Keuangan", "Dokumen Perencanaan", "Pelatihan Dasar", "Diklat Kepemimpinan",
  "Uji Kompetensi", "Sertifikasi Jabatan", "Arsip Kepegawaian", "Layanan Konsultasi ASN", "Pemetaan Talenta"];
const PLACES = ["Tingkat Daerah", "Perangkat Daerah", "Kecamatan", "Kelurahan", "Unit Pelaksana Teknis",
  "Sekretariat", "Bidang Teknis", "Wilayah Utara", "Wilayah Selatan", "Wilayah Timur", "Wilayah Barat", "Terpadu"];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
  "November", "Desember"];

interface Person {
  name: string;
  jabatan: string;
  nip?: string; // "19661019 198703 1 008"
  rank?: string;
}

interface Indicator {
  sasaran: string;
  indikator: string;
  /** Either a percent (fraction) or a count with a unit. */
  target: { kind: "percent"; value: number } | { kind: "count"; value: number; unit: string };
}

interface BudgetItem {
  name: string;
  amount: number; // whole rupiah
  children: BudgetItem[];
  indicator: Indicator;
  owner?: Person; // the official whose PK lists this item's children
}

/** A unique item name for index i, built from word lists (no digits unless the lists run out). */
function itemName(prefix: string, i: number): string {
  const v = VERBS[i % VERBS.length];
  const o = OBJECTS[Math.floor(i / VERBS.length) % OBJECTS.length];
  const p = PLACES[Math.floor(i / (VERBS.length * OBJECTS.length)) % PLACES.length];
  const round = Math.floor(i / (VERBS.length * OBJECTS.length * PLACES.length));
  return `${prefix}${v} ${o} ${p}${round ? ` Tahap ${round + 1}` : ""}`;
}

function makeNip(rand: () => number, i: number): string {
  const year = 1965 + Math.floor(rand() * 26);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const tmtYear = year + 22 + Math.floor(rand() * 8);
  const tmtMonth = 1 + Math.floor(rand() * 12);
  const sex = rand() < 0.5 ? 1 : 2;
  const seq = 1 + (i % 999);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${year}${p2(month)}${p2(day)} ${tmtYear}${p2(tmtMonth)} ${sex} ${String(seq).padStart(3, "0")}`;
}

function makePerson(rand: () => number, i: number, jabatan: string): Person {
  // Unique names: first x last (1024 pairs) then a second given name; titles vary.
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const extra = Math.floor(i / (FIRST.length * LAST.length));
  const middle = extra ? ` ${FIRST[(extra * 7) % FIRST.length]}` : "";
  const title = TITLES[i % TITLES.length];
  const ranks = ["Penata", "Penata Tingkat I", "Pembina", "Pembina Tingkat I", "Pembina Utama Muda"];
  return { name: `${first}${middle} ${last}, ${title}`, jabatan, nip: makeNip(rand, i), rank: ranks[i % ranks.length] };
}

function makeIndicator(rand: () => number, itemName: string, i: number): Indicator {
  const sasaran = `Terwujudnya ${itemName.replace(/^(Program|Kegiatan|Sub Kegiatan) /, "").toLowerCase()} yang baik`;
  if (i % 5 < 3) {
    const pct = [1, 1, 0.95, 0.9, 0.85, 1, 0.8][i % 7];
    return { sasaran, indikator: `Persentase ${itemName.toLowerCase()} yang terlaksana tepat waktu`, target: { kind: "percent", value: pct } };
  }
  const units = ["dokumen", "laporan", "ASN", "kegiatan"];
  return {
    sasaran,
    indikator: `Jumlah ${units[i % units.length]} ${itemName.toLowerCase()} yang diselesaikan`,
    target: { kind: "count", value: 2 + Math.floor(rand() * 40), unit: units[i % units.length] },
  };
}

/** Round half away from zero to 4 decimals (a percent with 2 decimals), on integers to avoid float drift. */
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A realisasi whose ratio to target is not within 1% of a display boundary, so the stated capaian is unambiguous. */
function safeRatio(t: number, r: number, step: number): number {
  for (let k = 0; k < 20; k++) {
    const scaled = (r / t) * 10000;
    const frac = scaled - Math.floor(scaled);
    if (Math.abs(frac - 0.5) > 0.02) return r;
    r += step;
  }
  return r;
}

interface SheetWriter {
  ws: ExcelJS.Worksheet;
  row: number;
  cells: number;
}

function put(w: SheetWriter, col: number, value: ExcelJS.CellValue, numFmt?: string): void {
  const cell = w.ws.getCell(w.row, col);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  if (value !== null && value !== undefined && value !== "") w.cells++;
}

function line(w: SheetWriter, values: (ExcelJS.CellValue | undefined)[], formats: (string | undefined)[] = []): void {
  values.forEach((v, c) => {
    if (v !== undefined && v !== null) put(w, c + 1, v, formats[c]);
  });
  w.row++;
}

/** ws.mergeCells checks every existing merge first (quadratic over thousands of merged SASARAN cells);
 *  ours never overlap, so merge against an empty index and add the result back. */
function merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  const w = ws as unknown as { _merges: Record<string, unknown> };
  const all = w._merges;
  w._merges = {};
  try {
    ws.mergeCells(top, left, bottom, right);
  } finally {
    const added = w._merges;
    w._merges = all;
    Object.assign(all, added);
  }
}

function targetCell(t: Indicator["target"]): [ExcelJS.CellValue, string | undefined] {
  return t.kind === "percent" ? [t.value, "0%"] : [`${t.value} ${t.unit}`, "@"];
}

function writePartyBlock(w: SheetWriter, p: Person): void {
  line(w, ["Nama", ":", p.name]);
  line(w, ["Jabatan", ":", p.jabatan]);
  if (p.nip) line(w, ["NIP", ":", p.nip], [undefined, undefined, "@"]);
}

function writeSignatures(w: SheetWriter, first: Person, second: Person, date: string): void {
  line(w, [undefined, undefined, date]);
  line(w, ["PIHAK KEDUA", undefined, "PIHAK PERTAMA"]);
  line(w, [second.jabatan.toUpperCase(), undefined, first.jabatan.toUpperCase()]);
  w.row += 2;
  line(w, [second.name, undefined, first.name]);
  line(w, [second.rank ?? null, undefined, first.rank ?? null]);
  line(w, [second.nip ? `NIP. ${second.nip}` : null, undefined, first.nip ? `NIP. ${first.nip}` : null]);
}

function writePk(
  wb: ExcelJS.Workbook,
  sheetName: string,
  first: Person,
  second: Person,
  level: "PROGRAM" | "KEGIATAN" | "SUB KEGIATAN",
  items: BudgetItem[],
  year: number,
  date: string,
  formulas = false,
): number {
  const ws = wb.addWorksheet(sheetName);
  ws.columns = [{ width: 8 }, { width: 48 }, { width: 56 }, { width: 22 }, { width: 10 }];
  const w: SheetWriter = { ws, row: 1, cells: 0 };
  line(w, [`PERJANJIAN KINERJA TAHUN ${year}`]);
  merge(ws, w.row - 1, 1, w.row - 1, 4);
  line(w, [AGENCY]);
  line(w, [REGION]);
  w.row++;
  line(w, ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini :"]);
  writePartyBlock(w, first);
  line(w, ["Selanjutnya disebut PIHAK PERTAMA."]);
  writePartyBlock(w, second);
  line(w, ["Selaku atasan langsung dari PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."]);
  line(w, ["PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan."]);
  w.row++;
  writeSignatures(w, first, second, date);
  w.row += 2;

  line(w, [`LAMPIRAN PERJANJIAN KINERJA TAHUN ${year}`]);
  line(w, [AGENCY]);
  w.row++;
  line(w, ["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET"]);
  line(w, ["(1)", "(2)", "(3)", "(4)"]);
  items.forEach((it, i) => {
    const [tv, tf] = targetCell(it.indicator.target);
    line(w, [`${i + 1}.`, it.indicator.sasaran, it.indicator.indikator, tv], [undefined, undefined, undefined, tf]);
  });
  w.row++;
  line(w, ["NO.", level, "ANGGARAN (Rp.)", "KET."]);
  let total = 0;
  const firstItem = w.row;
  items.forEach((it, i) => {
    line(w, [i + 1, it.name, it.amount, "APBD"], [undefined, undefined, MONEY_FORMAT]);
    total += it.amount;
  });
  const jumlah: ExcelJS.CellValue = formulas ? { formula: `SUM(C${firstItem}:C${w.row - 1})`, result: total } : total;
  line(w, ["JUMLAH", undefined, jumlah], [undefined, undefined, MONEY_FORMAT]);
  merge(ws, w.row - 1, 1, w.row - 1, 2);
  w.row++;
  writeSignatures(w, first, second, date);
  return w.cells;
}

/** Builds the workbook in memory. */
export function buildConsistentWorkbook(opts: GenerateOptions = {}): { workbook: ExcelJS.Workbook; facts: GeneratedFacts } {
  const scale = opts.scale ?? 1;
  const wantedSheets = Math.max(3, Math.round(opts.pkSheets ?? 200 * scale));
  const measurementRows = Math.max(1, Math.round(opts.measurementRows ?? 10000 * scale));
  const year = opts.year ?? 2024;
  const rand = mulberry32(opts.seed ?? 20240102);

  // Chain shape: 1 Kepala + P Kepala Bidang + P*k Sub Koordinator = wantedSheets (k <= 10).
  const k = wantedSheets >= 111 ? 10 : Math.max(1, Math.floor(Math.sqrt(wantedSheets - 1)));
  const programs = Math.max(1, Math.floor((wantedSheets - 1) / (k + 1)));

  let personIndex = 0;
  let kegIndex = 0;
  let subIndex = 0;
  // One name counter for all levels: a Program, a Kegiatan and a Sub Kegiatan never share a base name
  // (they are different items; the engine must not pair them, and a consistent workbook should not invite it).
  let nameIndex = 0;
  let indIndex = 0;
  const kepala: Person = makePerson(rand, personIndex++, `Kepala ${AGENCY.replace(/\b(\w)(\w*)/g, (_m, a, b) => a + b.toLowerCase())} ${REGION.replace(/\b(\w)(\w*)/g, (_m, a, b) => a + b.toLowerCase())}`);
  const bupati: Person = { name: "Dr. YUHRONUR EFENDI, MBA.", jabatan: "Bupati Lamongan" };

  const tree: BudgetItem[] = [];
  for (let p = 0; p < programs; p++) {
    const pname = itemName("Program ", opts.sharedLevelNames ? p : nameIndex++);
    const kabid = makePerson(rand, personIndex++, `Kepala Bidang ${pname.replace(/^Program /, "")}`);
    const kegs: BudgetItem[] = [];
    for (let q = 0; q < k; q++) {
      const kname = itemName("Kegiatan ", opts.sharedLevelNames ? kegIndex : nameIndex++);
      kegIndex++;
      const subkor = makePerson(rand, personIndex++, `Sub Koordinator ${kname.replace(/^Kegiatan /, "")}`);
      const subs: BudgetItem[] = [];
      const nSubs = 3 + Math.floor(rand() * 3);
      for (let s = 0; s < nSubs; s++) {
        const sname = itemName("Sub Kegiatan ", opts.sharedLevelNames ? subIndex : nameIndex++);
        subIndex++;
        const amount = (5 + Math.floor(rand() * 400)) * 1_250_000; // whole rupiah, realistic magnitudes
        subs.push({ name: sname, amount, children: [], indicator: makeIndicator(rand, sname, indIndex++) });
      }
      const amount = subs.reduce((a, s) => a + s.amount, 0);
      kegs.push({ name: kname, amount, children: subs, indicator: makeIndicator(rand, kname, indIndex++), owner: subkor });
    }
    const amount = kegs.reduce((a, s) => a + s.amount, 0);
    tree.push({ name: pname, amount, children: kegs, indicator: makeIndicator(rand, pname, indIndex++), owner: kabid });
  }

  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Tools bench generator";
  const date = `Lamongan, 2 ${MONTHS[0]} ${year}`;
  const names: string[] = [];
  let cells = 0;
  let sheetNo = 0;
  const sheetName = (role: string) => {
    const n = `PK ${String(++sheetNo).padStart(3, "0")} ${role}`;
    names.push(n);
    return n;
  };
  cells += writePk(wb, sheetName("Kepala"), kepala, bupati, "PROGRAM", tree, year, date, opts.formulas);
  for (const p of tree) {
    cells += writePk(wb, sheetName("Kabid"), p.owner!, kepala, "KEGIATAN", p.children, year, date, opts.formulas);
    for (const kg of p.children) {
      cells += writePk(wb, sheetName("Subkor"), kg.owner!, p.owner!, "SUB KEGIATAN", kg.children, year, date, opts.formulas);
    }
  }

  // Measurement table: first the Sub Kegiatan indicators (same targets as in the PKs, pagu = their budget),
  // then further indicators up to the wanted row count.
  const ws = wb.addWorksheet(MEASUREMENT_SHEET);
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 50 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 18 }, { width: 18 }, { width: 12 }];
  const w: SheetWriter = { ws, row: 1, cells: 0 };
  line(w, [`PENGUKURAN KINERJA TAHUN ${year}`]);
  line(w, [`${AGENCY} ${REGION}`]);
  w.row++;
  line(w, ["No", "Sasaran Strategis", "Indikator Kinerja", "Kinerja", undefined, undefined, "Anggaran"]);
  line(w, [undefined, undefined, undefined, "Target", "Realisasi", "Capaian", "Pagu", "Realisasi", "Capaian"]);
  const h = w.row - 2;
  merge(ws, h, 1, h + 1, 1);
  merge(ws, h, 2, h + 1, 2);
  merge(ws, h, 3, h + 1, 3);
  merge(ws, h, 4, h, 6);
  merge(ws, h, 7, h, 9);

  const subs: BudgetItem[] = tree.flatMap((p) => p.children.flatMap((kg) => kg.children));
  const wrong = new Set<number>();
  const nWrong = Math.min(opts.wrongCapaian ?? 0, measurementRows);
  for (let i = 0; wrong.size < nWrong; i++) wrong.add(Math.floor((i * measurementRows) / nWrong));
  const injected: InjectedError[] = [];

  let sasaranStart = -1;
  for (let i = 0; i < measurementRows; i++) {
    let ind: Indicator;
    let pagu: number;
    if (i < subs.length) {
      ind = subs[i].indicator;
      pagu = subs[i].amount;
    } else {
      const n = i - subs.length;
      ind = makeIndicator(rand, `${itemName("", n % 3456)} Unit ${Math.floor(n / 2) + 1}`, indIndex++);
      // Two indicators per sasaran (the second row continues a merged SASARAN cell).
      ind = { ...ind, sasaran: `Terwujudnya layanan unit ${Math.floor(n / 2) + 1} yang baik` };
      pagu = (5 + Math.floor(rand() * 400)) * 1_250_000;
    }
    let tNum: number;
    let rNum: number;
    const [tv, tf] = targetCell(ind.target);
    let rFmt: string;
    if (ind.target.kind === "percent") {
      tNum = ind.target.value;
      rNum = round4(tNum * (0.7 + rand() * 0.5));
      rNum = round4(safeRatio(tNum, rNum, 0.0001));
      rFmt = "0.00%";
    } else {
      tNum = ind.target.value;
      rNum = Math.max(1, Math.round(tNum * (0.6 + rand() * 0.6)));
      rFmt = "0";
      if (Math.abs(((rNum / tNum) * 10000) % 1 - 0.5) <= 0.02) rNum += 1;
    }
    const capaian = round4(rNum / tNum);
    const realAnggaran = safeRatio(pagu, Math.round(pagu * (0.8 + rand() * 0.2)), -1);
    const serapan = round4(realAnggaran / pagu);
    const first = sasaranStart < 0 || i < subs.length || (i - subs.length) % 2 === 0;
    let statedCapaian = capaian;
    if (wrong.has(i)) {
      // Wrong under every polarity (a validator may accept the negative readings 2 - c and 1 / c when none is stated).
      const readings = [capaian, 2 - capaian, 1 / capaian];
      for (const delta of [0.05, 0.07, 0.09, 0.11]) {
        statedCapaian = round4(capaian + delta);
        if (readings.every((x) => Math.abs(statedCapaian - x) > 0.001)) break;
      }
      injected.push({ sheet: MEASUREMENT_SHEET, cell: `F${w.row}`, stated: statedCapaian, expected: capaian });
    }
    const r = w.row;
    const capaianCell: ExcelJS.CellValue = opts.formulas && !wrong.has(i) ? { formula: `E${r}/D${r}`, result: statedCapaian } : statedCapaian;
    const serapanCell: ExcelJS.CellValue = opts.formulas ? { formula: `H${r}/G${r}`, result: serapan } : serapan;
    line(
      w,
      [i + 1, first ? ind.sasaran : undefined, ind.indikator, tv, rNum, capaianCell, pagu, realAnggaran, serapanCell],
      [undefined, undefined, undefined, tf, rFmt, "0.00%", MONEY_FORMAT, MONEY_FORMAT, "0.00%"],
    );
    if (first) {
      sasaranStart = w.row - 1;
    } else {
      merge(ws, sasaranStart, 2, w.row - 1, 2);
    }
  }
  cells += w.cells;
  names.push(MEASUREMENT_SHEET);

  return {
    workbook: wb,
    facts: {
      pkSheets: sheetNo,
      programs,
      kegiatan: kegIndex,
      subKegiatan: subIndex,
      measurementRows,
      cells,
      totalBudget: tree.reduce((a, p) => a + p.amount, 0),
      sheetNames: names,
      measurementSheet: MEASUREMENT_SHEET,
      injected,
    },
  };
}

/** Builds and serialises to an .xlsx buffer. */
export async function generateXlsxBuffer(opts: GenerateOptions = {}): Promise<{ buffer: Buffer; facts: GeneratedFacts }> {
  const { workbook, facts } = buildConsistentWorkbook(opts);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, facts };
}

/** Builds and writes an .xlsx file. */
export async function writeConsistentWorkbook(path: string, opts: GenerateOptions = {}): Promise<GeneratedFacts> {
  const { workbook, facts } = buildConsistentWorkbook(opts);
  await workbook.xlsx.writeFile(path);
  return facts;
}

// CLI: node -r ./bench/register.js bench/generate.ts OUT.xlsx [scale] [wrongCapaian]
if (require.main === module) {
  const [out, scale, wrongCapaian] = process.argv.slice(2);
  if (!out) {
    console.error("usage: node -r ./bench/register.js bench/generate.ts OUT.xlsx [scale] [wrongCapaian]");
    process.exit(2);
  }
  writeConsistentWorkbook(out, { scale: scale ? Number(scale) : 1, wrongCapaian: wrongCapaian ? Number(wrongCapaian) : 0 })
    .then((f) => console.log(JSON.stringify({ ...f, sheetNames: f.sheetNames.length, injected: f.injected.length })))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
