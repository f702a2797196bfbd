// Every word the pane shows, Indonesian first. Keys are English; values are { id, en }.
import type { Said } from "../port";
import { SEVERITY_LABEL_EN, SEVERITY_LABEL_ID } from "../presenters/common";

export type Lang = "id" | "en";

const S = {
  appTitle: { id: "SAKIP Tools — Validasi", en: "SAKIP Tools — Validation" },
  language: { id: "Bahasa", en: "Language" },
  switchToEn: { id: "English", en: "English" },
  switchToId: { id: "Bahasa Indonesia", en: "Bahasa Indonesia" },
  tabFindings: { id: "Temuan", en: "Findings" },
  tabSettings: { id: "Pengaturan", en: "Settings" },
  validate: { id: "Validasi Workbook", en: "Validate workbook" },
  validating: { id: "Memvalidasi…", en: "Validating…" },
  cancel: { id: "Batal", en: "Cancel" },
  cancelled: { id: "Validasi dibatalkan. Workbook tidak berubah.", en: "Validation cancelled. The workbook is unchanged." },
  reading: { id: "Membaca sheet {done} dari {total}{sheet}", en: "Reading sheet {done} of {total}{sheet}" },
  checking: { id: "Memeriksa aturan…", en: "Checking the rules…" },
  progressLabel: { id: "Kemajuan validasi", en: "Validation progress" },
  noFindings: { id: "Tidak ada temuan. Workbook lolos semua aturan yang aktif.", en: "No findings. The workbook passes every active rule." },
  summary: {
    id: "{n} temuan di {sheets} sheet ({tables} tabel dikenali, {rules} aturan dijalankan).",
    en: "{n} findings in {sheets} sheets ({tables} tables recognised, {rules} rules run).",
  },
  error: { id: SEVERITY_LABEL_ID.error, en: SEVERITY_LABEL_EN.error },
  warning: { id: SEVERITY_LABEL_ID.warning, en: SEVERITY_LABEL_EN.warning },
  info: { id: SEVERITY_LABEL_ID.info, en: SEVERITY_LABEL_EN.info },
  countsLabel: { id: "Jumlah temuan per tingkat", en: "Findings by severity" },
  filters: { id: "Saring", en: "Filter" },
  severity: { id: "Tingkat", en: "Severity" },
  rule: { id: "Aturan", en: "Rule" },
  allRules: { id: "Semua aturan", en: "All rules" },
  groupBy: { id: "Kelompokkan", en: "Group by" },
  bySheet: { id: "Per sheet", en: "By sheet" },
  byRule: { id: "Per aturan", en: "By rule" },
  expected: { id: "Seharusnya", en: "Expected" },
  actual: { id: "Tertulis", en: "Actual" },
  difference: { id: "Selisih", en: "Difference" },
  suggestion: { id: "Saran", en: "Suggestion" },
  related: { id: "Sel terkait", en: "Related cells" },
  goTo: { id: "Buka sel {cell}", en: "Go to cell {cell}" },
  ignore: { id: "Abaikan", en: "Ignore" },
  ignoreLabel: { id: "Abaikan temuan ini ({rule} di {cell})", en: "Ignore this finding ({rule} at {cell})" },
  unignore: { id: "Tampilkan lagi", en: "Show again" },
  ignoredCount: { id: "{n} temuan diabaikan", en: "{n} findings ignored" },
  showIgnored: { id: "Tampilkan yang diabaikan", en: "Show ignored" },
  ignoredBadge: { id: "diabaikan", en: "ignored" },
  showMore: { id: "Tampilkan {n} lagi", en: "Show {n} more" },
  mark: { id: "Tandai di sheet", en: "Mark on sheet" },
  unmark: { id: "Hapus tanda", en: "Remove marks" },
  marked: { id: "{n} sel ditandai.", en: "{n} cells marked." },
  markedSkipped: { id: " {n} sel dilewati (sheet terkunci, isian gradasi, atau batas tanda).", en: " {n} cells skipped (protected sheet, gradient fill, or mark limit)." },
  unmarked: { id: "Tanda dihapus; format {n} sel dipulihkan persis.", en: "Marks removed; the format of {n} cells restored exactly." },
  report: { id: "Buat laporan", en: "Create report" },
  reportDone: { id: "Laporan ditulis ke sheet baru \"{name}\".", en: "Report written to the new sheet \"{name}\"." },
  unavailable: { id: "Tidak tersedia di sini", en: "Not available here" },
  limited: { id: "Sebagian fitur tidak tersedia di Excel ini", en: "Some features are not available in this Excel" },
  settingsTitle: { id: "Pengaturan validasi", en: "Validation settings" },
  moneyTolerance: { id: "Toleransi selisih rupiah", en: "Rupiah tolerance" },
  moneyToleranceHint: { id: "0 = harus persis sama", en: "0 = must match exactly" },
  percentTolerance: { id: "Toleransi persen (poin)", en: "Percent tolerance (points)" },
  percentToleranceHint: { id: "Di luar pembulatan yang ditampilkan", en: "Beyond the rounding shown" },
  meritPreset: { id: "Bobot indeks merit", en: "Merit index weights" },
  meritIku: { id: "IKU (10/10/30/10/20/10/4/6)", en: "IKU (10/10/30/10/20/10/4/6)" },
  meritTeks: { id: "Teks PermenPANRB (20/10/25/10/15/10/5/5)", en: "PermenPANRB text (20/10/25/10/15/10/5/5)" },
  polarity: { id: "Polaritas bawaan indikator", en: "Default indicator polarity" },
  polPositif: { id: "Positif (makin tinggi makin baik)", en: "Positive (higher is better)" },
  polNegatif: { id: "Negatif (makin rendah makin baik)", en: "Negative (lower is better)" },
  polNegatifRasio: { id: "Negatif, rasio", en: "Negative, ratio" },
  rulesOnOff: { id: "Aturan aktif", en: "Active rules" },
  autoValidate: { id: "Validasi ulang otomatis saat workbook berubah", en: "Re-validate when the workbook changes" },
  save: { id: "Simpan pengaturan", en: "Save settings" },
  saved: { id: "Pengaturan disimpan di workbook.", en: "Settings saved in the workbook." },
  savedSession: { id: "Pengaturan dipakai untuk sesi ini (mode pratinjau tidak menyimpan ke file).", en: "Settings apply to this session (preview mode does not save to the file)." },
  invalidNumber: { id: "Masukkan angka 0 atau lebih", en: "Enter a number, 0 or more" },
  previewTitle: { id: "Mode pratinjau (di luar Excel)", en: "Preview mode (outside Excel)" },
  previewIntro: {
    id: "Halaman ini dibuka di luar Excel. Anda tetap dapat memvalidasi contoh workbook atau file .xlsx dari komputer Anda; file tidak dikirim ke mana pun.",
    en: "This page is open outside Excel. You can still validate the sample workbook or an .xlsx file from your computer; the file is not sent anywhere.",
  },
  openSample: { id: "Buka contoh: {name}", en: "Open sample: {name}" },
  openFile: { id: "Buka file .xlsx", en: "Open .xlsx file" },
  loaded: { id: "Workbook: {name}", en: "Workbook: {name}" },
  loadFailed: { id: "File tidak dapat dibuka: {msg}", en: "The file cannot be opened: {msg}" },
  gridTitle: { id: "Tampilan sheet (hanya baca)", en: "Sheet view (read-only)" },
  gridCaption: { id: "{sheet}, sel {cell}", en: "{sheet}, cell {cell}" },
  closeGrid: { id: "Tutup tampilan sheet", en: "Close sheet view" },
  sheetMissing: { id: "Sheet \"{sheet}\" tidak ditemukan.", en: "Sheet \"{sheet}\" not found." },
  unexpected: { id: "Terjadi kesalahan: {msg}", en: "Something went wrong: {msg}" },
  officeFailed: {
    id: "Office.js tidak dapat dimuat; halaman berjalan dalam mode pratinjau.",
    en: "Office.js could not be loaded; the page runs in preview mode.",
  },
  autoRevalidated: { id: "Workbook berubah: divalidasi ulang.", en: "The workbook changed: validated again." },
} satisfies Record<string, Said>;

export type Key = keyof typeof S;

export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const text = S[key][lang];
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

export function said(lang: Lang, s: Said): string {
  return lang === "en" ? s.en : s.id;
}
