// The regulations rules cite in their help (docs/rules.md), one entry per source, shared by the rules that rest on it.
import type { Bilingual } from "../../text";

export const SOURCES = {
  /** SAKIP and the Perjanjian Kinerja. */
  performanceAgreement: {
    id: "Perpres 29/2014 tentang SAKIP; PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja dan reviu LKjIP)",
    en: "Perpres 29/2014 on SAKIP; PermenPANRB 53/2014 (performance agreements, performance reporting and the review of the LKjIP)",
  },
  /** Program / Kegiatan / Sub Kegiatan nomenclature. */
  nomenclature: {
    id: "Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
    en: "Permendagri 90/2019 (classification, codes and nomenclature of Program, Kegiatan, Sub Kegiatan); PermenPANRB 53/2014",
  },
  /** Regional budget execution. */
  regionalFinance: {
    id: "PP 12/2019 tentang Pengelolaan Keuangan Daerah (realisasi belanja tidak melampaui pagu DPA); PermenPANRB 53/2014",
    en: "PP 12/2019 on regional financial management (spending stays within the DPA ceiling); PermenPANRB 53/2014",
  },
  /** The public satisfaction survey. */
  publicSatisfaction: {
    id: "PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat",
    en: "PermenPANRB 14/2017 (guidelines for the public satisfaction survey, SKM)",
  },
  /** The merit system. */
  meritSystem: {
    id: "PermenPANRB 40/2018 tentang Pedoman Sistem Merit; pedoman penilaian mandiri Sistem Merit KASN",
    en: "PermenPANRB 40/2018 on the merit system; KASN's merit self-assessment guidelines",
  },
  /** The civil servant number (NIP). */
  civilServantNumber: {
    id: "Peraturan Kepala BKN 22/2007 tentang Nomor Induk Pegawai Negeri Sipil; PermenPANRB 72/2020 (NI PPPK)",
    en: "BKN Head Regulation 22/2007 on the civil servant number (NIP); PermenPANRB 72/2020 (NI PPPK)",
  },
  /** Figures that recompute (no specific regulation). */
  recomputableFigures: {
    id: "Tidak ada aturan khusus: angka laporan kinerja harus dapat dihitung ulang (PermenPANRB 53/2014); Excel berbahasa Indonesia menulis 1.234.567,89",
    en: "No specific regulation: the figures of a performance report must recompute (PermenPANRB 53/2014); Indonesian Excel writes 1.234.567,89",
  },
} satisfies Record<string, Bilingual>;
