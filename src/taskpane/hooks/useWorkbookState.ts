// What travels with the workbook: settings, ignored findings, leftover marks. Loaded once per port.
import * as React from "react";
import { DEFAULT_STORED, StoredSettings, WorkbookPort } from "../../excel/port";
import type { Lang } from "../i18n";

export interface WorkbookState {
  stored: StoredSettings;
  /** Bumps when settings arrive from the workbook (the settings form re-reads them), not when the user saves. */
  loadedVersion: number;
  ignored: Set<string>;
  marked: boolean;
  setMarked(on: boolean): void;
  saveSettings(next: StoredSettings): Promise<void>;
  saveIgnored(next: Set<string>): Promise<void>;
  switchLang(): void;
}

export function useWorkbookState(port: WorkbookPort, lang: Lang, onLangChange: ((l: Lang) => void) | undefined, onError: (e: unknown) => void): WorkbookState {
  const [stored, setStored] = React.useState<StoredSettings>(DEFAULT_STORED);
  const [loadedVersion, setLoadedVersion] = React.useState(0);
  const [ignored, setIgnored] = React.useState<Set<string>>(new Set());
  const [marked, setMarked] = React.useState(false);
  const userSaved = React.useRef(false);

  React.useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [st, ig, hm] = await Promise.all([port.loadSettings(), port.loadIgnored(), port.hasHighlight()]);
        if (!live) return;
        // Settings saved by the user meanwhile win over the (older) ones just read.
        if (!userSaved.current) {
          setStored(st);
          setLoadedVersion((v) => v + 1);
        }
        setIgnored(new Set(ig));
        setMarked(hm);
        if (st.validation.language && st.validation.language !== lang) onLangChange?.(st.validation.language);
      } catch (e) {
        if (live) onError(e);
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const saveSettings = React.useCallback(
    async (next: StoredSettings) => {
      userSaved.current = true;
      await port.saveSettings(next);
      setStored(next);
    },
    [port],
  );
  const saveIgnored = React.useCallback(
    async (next: Set<string>) => {
      setIgnored(next);
      await port.saveIgnored([...next]);
    },
    [port],
  );
  const switchLang = () => {
    const next: Lang = lang === "id" ? "en" : "id";
    onLangChange?.(next);
    const st = { ...stored, validation: { ...stored.validation, language: next } };
    userSaved.current = true;
    setStored(st);
    void port.saveSettings(st).catch(() => undefined);
  };
  return { stored, loadedVersion, ignored, marked, setMarked, saveSettings, saveIgnored, switchLang };
}
