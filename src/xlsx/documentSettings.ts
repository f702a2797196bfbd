// Office document settings (Office.context.document.settings) as stored in an .xlsx: the add-in's web extension
// part, xl/webextensions/webextension*.xml, holds <we:property name="KEY" value="JSON"/>. The CLI reads the
// validation settings the pane saved there (the planner's table mappings among them) from the file itself.
import { entryData, listZipEntries } from "./limits";

function unescapeXml(s: string): string {
  return s.replace(/&(?:quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-f]+));/gi, (m, dec, hex) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ "&quot;": '"', "&apos;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" } as Record<string, string>)[m.toLowerCase()];
  });
}

/** Every document setting of the file's web extension parts, parsed from JSON; {} when there are none. */
export function readDocumentSettings(bytes: Uint8Array, inflateRaw?: (data: Uint8Array) => Uint8Array): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = listZipEntries(bytes);
  if (!entries) return out;
  for (const e of entries) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(e.name)) continue;
    const raw = entryData(bytes, e);
    if (!raw) continue;
    let data: Uint8Array;
    try {
      data = e.method === 8 ? (inflateRaw ? inflateRaw(raw) : new Uint8Array()) : raw;
    } catch {
      continue;
    }
    const xml = new TextDecoder("utf-8").decode(data);
    const re = /<(?:\w+:)?property\b[^>]*?\bname="([^"]*)"[^>]*?\bvalue="([^"]*)"/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      try {
        out[unescapeXml(m[1])] = JSON.parse(unescapeXml(m[2]));
      } catch {
        // A value that is not JSON is not one of ours.
      }
    }
  }
  return out;
}
