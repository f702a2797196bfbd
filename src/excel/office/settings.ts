// Settings and ignored findings, stored with the workbook (document settings).
import { DEFAULT_STORED, type StoredSettings } from "../../port";
import type { OfficeHost } from "./host";
import { persistSettings } from "./journal";

export const SETTINGS_KEY = "sakip.settings";
export const IGNORED_KEY = "sakip.ignored";

export function loadSettings(host: OfficeHost): StoredSettings {
  const raw = host.settings.get(SETTINGS_KEY) as Partial<StoredSettings> | null;
  if (!raw || typeof raw !== "object") return { ...DEFAULT_STORED };
  return {
    validation: raw.validation && typeof raw.validation === "object" ? raw.validation : {},
    autoValidate: raw.autoValidate === true,
  };
}

export async function saveSettings(host: OfficeHost, settings: StoredSettings): Promise<void> {
  host.settings.set(SETTINGS_KEY, settings);
  await persistSettings(host);
}

export function loadIgnored(host: OfficeHost): string[] {
  const raw = host.settings.get(IGNORED_KEY);
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : [];
}

export async function saveIgnored(host: OfficeHost, fingerprints: string[]): Promise<void> {
  host.settings.set(IGNORED_KEY, [...new Set(fingerprints)]);
  await persistSettings(host);
}
