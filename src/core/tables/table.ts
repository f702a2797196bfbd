// Tables recognised in a sheet, by their header words (not by position).

export type TableKind =
  | "indicator" // SASARAN | INDIKATOR | TARGET | SATUAN | POLARITAS
  | "budget" // PROGRAM/KEGIATAN/SUB KEGIATAN/URAIAN/KODE | ANGGARAN/PAGU | KET, closed by JUMLAH/TOTAL
  | "measurement" // TARGET | REALISASI | CAPAIAN | PAGU | REALISASI | SERAPAN | SISA
  | "efficiency" // capaian kinerja | serapan anggaran | efisiensi
  | "skm" // per-unsur totals, NRR, IKM, or raw answers
  | "merit" // aspek | bobot | skor | nilai
  | "staff" // NAMA | NIP | JABATAN
  | "list"; // KODE | NAMA, or PROGRAM | KEGIATAN | SUB KEGIATAN: a nomenclature or code list, nothing to add up

/** What a column means, whatever its header says. */
export type ColumnRole =
  | "no" | "sasaran" | "indikator" | "target" | "satuan" | "polaritas"
  | "program" | "kegiatan" | "subkegiatan" | "uraian" | "kode" | "anggaran" | "ket"
  | "realisasi" | "capaian" | "pagu" | "realisasi_anggaran" | "capaian_anggaran" | "serapan" | "sisa" | "efisiensi"
  | "capaian_kinerja" | "share"
  | "unsur" | "jumlah_nilai" | "responden" | "nrr" | "nrr_tertimbang" | "ikm" | "mutu" | "jawaban"
  | "aspek" | "bobot" | "skor" | "nilai" | "nilai_maks" | "kategori"
  | "nama" | "nip" | "jabatan" | "pangkat"
  | "other";

export interface TableColumn {
  role: ColumnRole;
  /** 0-based column index in the sheet. */
  col: number;
  /** Header text as written (multi-row headers joined with " / "). */
  header: string;
  /** Group title over the column where its header has one ("Target Kinerja", "Realisasi Triwulan I"). */
  group?: string;
  /** What a paired column holds: kinerja (K), rupiah (Rp) or percent. */
  measure?: "K" | "Rp" | "%";
  /** Year the column is for ("2026" under "Target Kinerja"). */
  year?: number;
  /** Quarter the column is for (Triwulan I..IV). */
  quarter?: 1 | 2 | 3 | 4;
  /** Multiplier from the amounts as written to rupiah ("(dalam juta rupiah)" -> 1 000 000). */
  scale?: number;
  /** Unit stated in the header ("Target (%)" -> "%"). */
  unit?: string;
  /** A total over years/quarters ("Jumlah") or the end-of-period value ("Akhir periode"). */
  aggregate?: "jumlah" | "akhir";
  /** Number of the column in the table's column-number row ("(7)" -> 7). */
  number?: number;
}

/** A data row: an item, a group heading (Program, Kegiatan ...), or a JUMLAH/TOTAL row. */
export interface TableRow {
  /** 0-based row index in the sheet. */
  row: number;
  kind: "item" | "group" | "total" | "subtotal";
  /** Hierarchy level where known: "program" | "kegiatan" | "subkegiatan". */
  level?: "program" | "kegiatan" | "subkegiatan";
  /** Budget code like "1.02.01.2.01.0001" where the row has one. */
  code?: string;
  /** The row's label (uraian, indicator name, aspect name ...), normalised whitespace. */
  label?: string;
  /** Rows spanned when a merged SASARAN/PROGRAM continues (first row .. last row). */
  lastRow?: number;
  /** True when the row's label comes from a merged cell that started on an earlier row (same item continues). */
  continued?: boolean;
}

export interface RecognizedTable {
  kind: TableKind;
  sheet: string;
  /** 0-based inclusive bounds, header included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** First and last header row (0-based, inclusive), column-number row "(1) (2)" included. */
  headerTop: number;
  headerBottom: number;
  columns: TableColumn[];
  rows: TableRow[];
  /** Text just above the header ("Tabel 2.4 Perjanjian Kinerja ..."), where there is one. */
  title?: string;
  /** Column number (as printed in the column-number row) -> 0-based sheet column. */
  columnNumbers?: Record<number, number>;
  /** What the column-number row declares ("13 = 9 + 10 + 11 + 12", "8=(7/6)"), as expressions over column numbers. */
  declared?: import("./declared").DeclaredRelation[];
  /** Where the Program > Kegiatan > Sub Kegiatan levels of the rows came from. */
  hierarchySource?: "code" | "label" | "numbering" | "indent" | "formula" | "mapping" | "none";
  /** True when the table comes from a mapping the user gave (settings.mappings). */
  mapped?: boolean;
  /** Footer rows of the form under the data (average achievement, predikat), 0-based inclusive. */
  footer?: { top: number; bottom: number };
}

/** PK header: PIHAK PERTAMA (the official) and PIHAK KEDUA (the superior). */
export interface PkParty {
  nama?: string;
  jabatan?: string;
  nip?: string;
  /** Where the NIP was read, for findings. */
  nipCell?: { row: number; col: number };
}

export interface PkHeader {
  sheet: string;
  pihakPertama: PkParty;
  pihakKedua: PkParty;
  year?: number;
  /** The date line as written ("Lamongan, 31 Oktober 2022"), where found. */
  date?: string;
}

/** Tables and PK headers of a workbook: what the hierarchy is built from. */
export interface RecognizedTables {
  tables: RecognizedTable[];
  pkHeaders: PkHeader[];
}

export interface RecognizedWorkbook extends RecognizedTables {
  /** Program > Kegiatan > Sub Kegiatan links found in the workbook (codes, Renja-like sheets, PK chain). */
  hierarchy: Hierarchy;
  /** Sheets whose recognition failed (the rest of the workbook is still checked). */
  errors?: Array<{ sheet: string; message: string }>;
}

// Program > Kegiatan > Sub Kegiatan links (built by tables/hierarchy/ from the recognised tables).

export type Level = "program" | "kegiatan" | "subkegiatan";

export interface BudgetItem {
  id: number;
  sheet: string;
  /** Index into RecognizedWorkbook.tables. */
  table: number;
  row: number;
  /** Rows of this item (continuation rows under a merged name included). */
  rows: number[];
  kind: "item" | "group";
  level?: Level;
  /** Where the level comes from: codes and "Program/Kegiatan ..." labels are sure; the rest is inferred. */
  levelFrom?: "code" | "label" | "header" | "column" | "nomenclature" | "jabatan" | "indent";
  code?: string;
  label: string;
  /** normName(label), for matching across sheets. */
  key: string;
  /** Rupiah (exact to the sen), or null when the amount cell is empty/unreadable. */
  amount: number | null;
  /** A1 of the amount cell (first row), and of every amount cell summed. */
  cell: string;
  amountCells: string[];
  amountCol: number;
  /** True when unnamed amounts follow the item (its amount may be split over rows): not compared. */
  partial?: boolean;
  /** True when the amount is the likely reading of malformed text. */
  likely?: boolean;
  /** "budget": a PK/Renja budget table (ANGGARAN); "measurement": pagu of a measurement table. */
  source: "budget" | "measurement";
}

export interface HierarchyLink {
  parent: number;
  children: number[];
  via: "code" | "layout" | "pk" | "nomenclature";
}

export interface PkLink {
  /** The subordinate's sheet and its superior's sheet. */
  sheet: string;
  superiorSheet: string;
  by: "nip" | "nama" | "jabatan";
}

export interface Hierarchy {
  items: BudgetItem[];
  links: HierarchyLink[];
  pkLinks: PkLink[];
  /** Superior sheets whose PK items could not be linked one by one to their subordinates' items. */
  unlinkedSuperiors: string[];
}
