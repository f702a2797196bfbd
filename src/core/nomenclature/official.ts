// The official nomenclature a user points the validator at (Kepmendagri 050-5889/2021 and its updates: urusan,
// bidang, program, kegiatan, sub kegiatan with their codes, names, indicators and units), read from any workbook
// that writes "code name" in one cell ("1.01.02.1.01.0001 Pembangunan USB") or the code in one cell and the name
// in the next. Plain data (JSON-safe), so the pane can keep it in memory and the CLI can load it once.
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { cellText } from "../tables/cells";

export type NomenclatureLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan";

export interface OfficialEntry {
  level: NomenclatureLevel;
  /** Names as written in the list (a code listed for PROV and KABKOT may carry two), first first. */
  names: string[];
}

export interface OfficialNomenclature {
  /** File or workbook it was read from, for messages. */
  source: string;
  /** Canonical code ("1.01.02.1.01.0001", placeholders "X.XX.01.1.01.0001") -> entry. */
  entries: Record<string, OfficialEntry>;
  /** Number of codes. */
  size: number;
}

/** A code as printed: dots, or spaces ("1 02 02 2 01 0001"); the national placeholder X / XX for urusan and bidang. */
const CODE_RE = /^\s*((?:\d{1,2}|X{1,2})(?:[.\s](?:\d{2}|X{2}))(?:[.\s]\d{2}(?:[.\s]\d[.\s]\d{2}(?:[.\s]\d{4})?)?)?)(?=\s|$|[.:\-–])\s*[.:\-–]?\s*(.*)$/i;

/** Segments of a canonical code -> its level (Permendagri 90/2019). */
export function levelOfCode(code: string): NomenclatureLevel | undefined {
  switch (code.split(".").length) {
    case 2: return "bidang";
    case 3: return "program";
    case 5: return "kegiatan";
    case 6: return "subkegiatan";
    default: return undefined;
  }
}

/** "1 02 02 2 01 0001" / "1.02.02.2.01.0001" -> "1.02.02.2.01.0001"; x -> X. */
export function canonicalCode(printed: string): string {
  return printed.trim().replace(/\s+/g, ".").toUpperCase();
}

/** A code at the start of a text, with the rest of the text as the name; undefined when none. */
export function splitCode(text: string): { code: string; name: string } | undefined {
  const m = CODE_RE.exec(text);
  if (!m) return undefined;
  const code = canonicalCode(m[1]);
  if (!levelOfCode(code)) return undefined;
  return { code, name: m[2].trim() };
}

/** Name -> comparable form: case, punctuation, spacing and a leading level word do not count. */
export function normOfficialName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(?:urusan pemerintahan bidang|urusan|sub kegiatan|subkegiatan|kegiatan|program)\s+/, "")
    .replace(/\s+/g, " ");
}

/** The list from a workbook. Codes seen twice with the same name are kept once; another name is added to names. */
export function nomenclatureFromWorkbook(wb: WorkbookSnapshot, source = wb.name): OfficialNomenclature {
  const entries: Record<string, OfficialEntry> = Object.create(null);
  let size = 0;
  const put = (code: string, name: string) => {
    if (!name || !/[a-z]/i.test(name)) return;
    const e = entries[code];
    if (!e) { entries[code] = { level: levelOfCode(code)!, names: [name] }; size++; return; }
    const n = normOfficialName(name);
    if (!e.names.some((x) => normOfficialName(x) === n)) e.names.push(name);
  };
  for (const s of wb.sheets) {
    let lastRow = -1;
    let pending: { code: string; col: number } | undefined;
    for (const c of s.cells) {
      if (c.row !== lastRow) { pending = undefined; lastRow = c.row; }
      const tx = cellText(c).trim();
      if (!tx) continue;
      if (pending && c.col > pending.col && !splitCode(tx)) { put(pending.code, tx); pending = undefined; continue; }
      const hit = splitCode(tx);
      if (!hit) continue;
      if (hit.name) put(hit.code, hit.name);
      else pending = { code: hit.code, col: c.col };
    }
  }
  return { source, entries, size };
}

/** The entry of a code: itself, else the national placeholder of its level (urusan and bidang as X.XX). */
export function officialEntry(nom: OfficialNomenclature, code: string): { entry: OfficialEntry; code: string } | undefined {
  const own = nom.entries[code];
  if (own) return { entry: own, code };
  const parts = code.split(".");
  if (parts.length < 3) return undefined;
  const placeholder = ["X", "XX", ...parts.slice(2)].join(".");
  const ph = nom.entries[placeholder];
  return ph ? { entry: ph, code: placeholder } : undefined;
}

/** True when the printed name is one of the official names (normalised). */
export function nameMatches(entry: OfficialEntry, printed: string): boolean {
  const n = normOfficialName(printed);
  return entry.names.some((x) => {
    const o = normOfficialName(x);
    // Program penunjang names end in the region ("... DAERAH PROVINSI" / "KABUPATEN/KOTA"): either is the name.
    return o === n || o.replace(/\s(?:provinsi|kabupaten kota|kabupaten|kota)$/, "") === n.replace(/\s(?:provinsi|kabupaten kota|kabupaten|kota)$/, "");
  });
}

/** A nomenclature passed through settings (from a workbook's document settings: anything) is usable. */
export function isNomenclature(v: unknown): v is OfficialNomenclature {
  const o = v as OfficialNomenclature;
  return !!o && typeof o === "object" && typeof o.entries === "object" && o.entries !== null && typeof o.size === "number";
}
