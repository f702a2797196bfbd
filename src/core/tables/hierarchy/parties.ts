// The parties of the PK chain: a PK's PIHAK KEDUA is the PIHAK PERTAMA of another sheet, matched by NIP, then by
// name without titles, then by jabatan; an official's older PK is superseded by a later one (PK PERUBAHAN).
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { PkHeader, PkLink, PkParty, RecognizedTables } from "../table";
import { normName } from "../normalize";

/** Person name without titles ("Drs. SHODIKIN, M.Pd" -> "SHODIKIN"). */
export function personKey(name: string | undefined): string {
  if (!name) return "";
  const main = name.replace(/\*\*/g, "").split(",")[0];
  return main
    .replace(/\b(?:dr|drs|dra|ir|h|hj|prof|apt|ns)\.\s*/gi, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, " ")
    .trim();
}

function nipKey(nip: string | undefined): string {
  const d = (nip ?? "").replace(/\D/g, "");
  return d.length >= 15 ? d : "";
}

const partyKeys = new WeakMap<PkParty, { nip: string; nama: string; jabatan: string }>();
function keysOf(p: PkParty): { nip: string; nama: string; jabatan: string } {
  let k = partyKeys.get(p);
  if (!k) partyKeys.set(p, (k = { nip: nipKey(p.nip), nama: personKey(p.nama), jabatan: p.jabatan ? normName(p.jabatan) : "" }));
  return k;
}

function sameParty(a: PkParty, b: PkParty): "nip" | "nama" | "jabatan" | undefined {
  const x = keysOf(a);
  const y = keysOf(b);
  if (x.nip && x.nip === y.nip) return "nip";
  if (x.nama && x.nama === y.nama) return "nama";
  if (x.jabatan && x.jabatan === y.jabatan) return "jabatan";
  return undefined;
}

const MONTH_NO: Record<string, number> = { januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, september: 9, oktober: 10, nopember: 11, november: 11, desember: 12 };
function dateKey(h: PkHeader): number {
  const m = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(h.date ?? "");
  if (!m) return 0;
  return parseInt(m[3], 10) * 10000 + (MONTH_NO[m[2].toLowerCase()] ?? 0) * 100 + parseInt(m[1], 10);
}

/** Parties indexed by each of their keys: the candidates for sameParty without comparing every pair. */
class PartyIndex {
  private readonly maps = { nip: new Map<string, number[]>(), nama: new Map<string, number[]>(), jabatan: new Map<string, number[]>() };
  add(p: PkParty, i: number): void {
    const k = keysOf(p);
    for (const kind of ["nip", "nama", "jabatan"] as const) {
      if (!k[kind]) continue;
      const list = this.maps[kind].get(k[kind]);
      if (list) list.push(i);
      else this.maps[kind].set(k[kind], [i]);
    }
  }
  /** Positions that may be the same party (ascending, distinct); the caller confirms with sameParty. */
  candidates(p: PkParty): number[] {
    const k = keysOf(p);
    const out = new Set<number>();
    for (const kind of ["nip", "nama", "jabatan"] as const) if (k[kind]) for (const i of this.maps[kind].get(k[kind]) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
}

/** Subordinate sheet -> superior sheet, through PIHAK KEDUA = another sheet's PIHAK PERTAMA.
 *  When an official has several PK sheets (original and PERUBAHAN), the latest dated one (else the last) is used. */
export function pkChain(wb: WorkbookSnapshot, rec: RecognizedTables): PkLink[] {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const hs = rec.pkHeaders;
  // Keep one sheet per official.
  const latest: PkHeader[] = [];
  const seen = new PartyIndex();
  for (const h of hs) {
    // The first kept official who is the same party (an index entry may be stale after a replacement: confirm).
    const i = seen.candidates(h.pihakPertama).find((j) => sameParty(latest[j].pihakPertama, h.pihakPertama)) ?? -1;
    if (i < 0) {
      seen.add(h.pihakPertama, latest.length);
      latest.push(h);
    } else {
      const o = latest[i];
      if (dateKey(h) > dateKey(o) || (dateKey(h) === dateKey(o) && (order.get(h.sheet) ?? 0) > (order.get(o.sheet) ?? 0))) {
        latest[i] = h;
        seen.add(h.pihakPertama, i);
      }
    }
  }
  const firsts = new PartyIndex();
  latest.forEach((o, i) => firsts.add(o.pihakPertama, i));
  const links: PkLink[] = [];
  for (const h of latest) {
    if (!h.pihakKedua.nama && !h.pihakKedua.jabatan && !h.pihakKedua.nip) continue;
    const cands = firsts
      .candidates(h.pihakKedua)
      .map((j) => latest[j])
      .filter((o) => o.sheet !== h.sheet)
      .map((o) => ({ o, by: sameParty(h.pihakKedua, o.pihakPertama) }))
      .filter((x) => x.by);
    if (cands.length !== 1) continue;
    links.push({ sheet: h.sheet, superiorSheet: cands[0].o.sheet, by: cands[0].by! });
  }
  return links;
}

/** Sheets holding an older PK of an official who has a later one (original PK vs PK PERUBAHAN): their figures
 *  were replaced on purpose, so they are not compared with the rest. */
export function supersededSheets(wb: WorkbookSnapshot, rec: RecognizedTables): Set<string> {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const out = new Set<string>();
  const hs = rec.pkHeaders;
  const index = new PartyIndex();
  hs.forEach((h, i) => index.add(h.pihakPertama, i));
  for (const h of hs) {
    for (const j of index.candidates(h.pihakPertama)) {
      const o = hs[j];
      if (o === h || !sameParty(h.pihakPertama, o.pihakPertama)) continue;
      const newer = dateKey(o) > dateKey(h) || (dateKey(o) === dateKey(h) && (order.get(o.sheet) ?? 0) > (order.get(h.sheet) ?? 0));
      if (newer) out.add(h.sheet);
    }
  }
  return out;
}
