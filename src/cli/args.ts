// Command-line arguments of sakip-validate. Pure: no process access, so it is testable.

export type OutputFormat = "text" | "json" | "html";

export interface CliOptions {
  inputs: string[];
  format: OutputFormat;
  out?: string;
  /** Language of the text and HTML reports (JSON keeps the Indonesian `message`, as its contract says). */
  lang: "id" | "en";
  help: boolean;
  version: boolean;
  /** Validate every input file as one document set (sheets named "file › sheet"), one report. */
  combine: boolean;
  /** Compare two versions of a document: each "FILE" or "FILE#SHEET" (see src/cli/documentSet.ts). */
  compare?: [string, string];
  /** Official nomenclature list (code, level, name) every code is checked against. */
  nomenclature?: string;
}

export class UsageError extends Error {}

export const USAGE_ID = `Pemakaian: sakip-validate [BERKAS_ATAU_FOLDER ...] [--format text|json|html] [--out BERKAS]

Memeriksa buku kerja .xlsx Perjanjian Kinerja (PK) dan tabel SAKIP: jumlah yang tidak cocok,
anggaran yang berbeda antarlembar, capaian/serapan/efisiensi yang salah hitung, angka yang salah
tulis, NIP yang tidak valid.

  BERKAS_ATAU_FOLDER   berkas .xlsx, atau folder (semua .xlsx di dalamnya). Tanpa berkas:
                       buku kerja contoh (LKjIP BKPSDM Kabupaten Lamongan 2022).
  --format, -f         text (bawaan, laporan berbahasa Indonesia), json, atau html
  --out, -o BERKAS     tulis laporan ke BERKAS, bukan ke layar
  --lang id|en         bahasa laporan text/html (bawaan id; JSON tetap memuat pesan berbahasa Indonesia)
  --gabung             periksa semua berkas sebagai satu set dokumen (lembar "berkas › lembar"),
                       aturan antarlembar berlaku antarberkas; satu laporan
  --bandingkan A B     bandingkan dua versi dokumen (A dan B: BERKAS atau BERKAS#LEMBAR) dan
                       daftar yang berubah: target, anggaran, indikator ditambah/dihapus
  --nomenklatur BERKAS daftar nomenklatur resmi (Kepmendagri): setiap kode harus ada dan namanya sama
  --help, -h           tampilkan bantuan ini

Kode keluar: 0 tidak ada galat, 1 ada temuan bertingkat galat, 2 berkas tidak dapat dibaca.

Usage: sakip-validate [FILE_OR_FOLDER ...] [--format text|json|html] [--out PATH] [--lang id|en]
       [--gabung] [--bandingkan A B] [--nomenklatur FILE]
Exit codes: 0 no error finding, 1 some error findings, 2 an input cannot be read.
`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { inputs: [], format: "text", lang: "id", help: false, version: false, combine: false };
  const takeValue = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith("-") && v !== "-")) throw new UsageError(`Opsi ${flag} memerlukan nilai.`);
    return v;
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles || !a.startsWith("-") || a === "-") {
      opts.inputs.push(a);
      continue;
    }
    if (a === "--") {
      onlyFiles = true;
      continue;
    }
    const eq = a.indexOf("=");
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    switch (flag) {
      case "--format":
      case "-f": {
        const v = (inline ?? takeValue(i, flag)).toLowerCase();
        if (inline === undefined) i++;
        if (v !== "text" && v !== "json" && v !== "html") throw new UsageError(`Format "${v}" tidak dikenal; pilih text, json, atau html.`);
        opts.format = v;
        break;
      }
      case "--out":
      case "-o": {
        const v = inline ?? takeValue(i, flag);
        if (inline === undefined) i++;
        opts.out = v;
        break;
      }
      case "--lang":
      case "--bahasa": {
        const v = (inline ?? takeValue(i, flag)).toLowerCase();
        if (inline === undefined) i++;
        if (v !== "id" && v !== "en") throw new UsageError(`Bahasa "${v}" tidak dikenal; pilih id atau en.`);
        opts.lang = v;
        break;
      }
      case "--gabung":
      case "--combine":
        opts.combine = true;
        break;
      case "--bandingkan":
      case "--compare": {
        if (inline !== undefined) throw new UsageError(`Opsi ${flag} memerlukan dua nilai: ${flag} A B.`);
        const a = argv[i + 1], b = argv[i + 2];
        if (a === undefined || b === undefined || a.startsWith("-") || b.startsWith("-")) throw new UsageError(`Opsi ${flag} memerlukan dua nilai: ${flag} A B.`);
        opts.compare = [a, b];
        i += 2;
        break;
      }
      case "--nomenklatur":
      case "--nomenclature": {
        const v = inline ?? takeValue(i, flag);
        if (inline === undefined) i++;
        opts.nomenclature = v;
        break;
      }
      case "--help":
      case "-h":
        opts.help = true;
        break;
      case "--version":
      case "-v":
        opts.version = true;
        break;
      default:
        throw new UsageError(`Opsi "${a}" tidak dikenal.`);
    }
  }
  return opts;
}
