import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { CellRef, Finding } from "../../core/findings/finding";
import { resolveSettings } from "../../core/settings";
import { CancelledError, Capabilities, DEFAULT_STORED, PortError, StoredSettings, WorkbookPort } from "../../excel/port";
import type { RuleInfo, ValidateFn } from "../types";
import type { ValidationResult } from "../../core/validate";
import { Lang, said, t } from "../i18n";
import { FindingsView } from "./FindingsView";
import { SettingsPanel } from "./SettingsPanel";
import { useFixes, fixText } from "./FixPanel";
import { ExportButtons } from "./ExportButtons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "6px", alignItems: "center" },
});

type Phase = "idle" | "reading" | "checking" | "done";

export interface PaneProps {
  port: WorkbookPort;
  validate: ValidateFn;
  rules: RuleInfo[];
  lang: Lang;
  onLangChange?(lang: Lang): void;
  /** Name shown in reports. */
  workbookName?: string;
}

function message(lang: Lang, e: unknown): string {
  if (e instanceof PortError) return said(lang, e.said);
  const err = e as { messageEn?: string; message?: string };
  if (lang === "en" && err?.messageEn) return err.messageEn;
  return t(lang, "unexpected", { msg: err?.message ?? String(e) });
}

export function Pane({ port, validate, rules, lang, onLangChange, workbookName }: PaneProps) {
  const s = useStyles();
  const caps: Capabilities = React.useMemo(() => port.capabilities(), [port]);
  const [tab, setTab] = React.useState<"findings" | "settings">("findings");
  const [stored, setStored] = React.useState<StoredSettings>(DEFAULT_STORED);
  // The settings form is re-created when settings arrive from the workbook, not when the user saves.
  const [loadedVersion, setLoadedVersion] = React.useState(0);
  const [ignored, setIgnored] = React.useState<Set<string>>(new Set());
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [progress, setProgress] = React.useState<{ done: number; total: number; sheet?: string }>({ done: 0, total: 0 });
  const [result, setResult] = React.useState<ValidationResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState("");
  const fixes = useFixes(port, lang, (msg, err) => {
    setError(err);
    if (msg) setStatus(msg);
  });
  const [marked, setMarked] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const abort = React.useRef<AbortController | null>(null);
  const userSaved = React.useRef(false);
  const storedRef = React.useRef(stored);
  storedRef.current = stored;

  // Settings, ignored findings and leftover marks travel with the workbook.
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
        if (live) setError(message(lang, e));
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const run = React.useCallback(
    async (auto = false) => {
      abort.current?.abort();
      const ac = new AbortController();
      abort.current = ac;
      setError(null);
      setStatus("");
      setPhase("reading");
      setProgress({ done: 0, total: 0 });
      try {
        const snapshot = await port.readSnapshot((p) => setProgress({ done: p.sheetsDone, total: p.sheetsTotal, sheet: p.sheet }), ac.signal);
        setPhase("checking");
        // Let "Memeriksa aturan…" paint before the engine takes the thread.
        await new Promise((r) => setTimeout(r, 0));
        if (ac.signal.aborted) throw new CancelledError();
        const settings = { ...resolveSettings(storedRef.current.validation), language: lang };
        const out = validate(snapshot, settings);
        setResult(out);
        setPhase("done");
        const n = out.findings.length;
        setStatus(
          (auto ? t(lang, "autoRevalidated") + " " : "") +
            t(lang, "summary", { n, sheets: out.sheetCount, tables: out.tableCount, rules: out.rulesRun.length }),
        );
      } catch (e) {
        setPhase(result ? "done" : "idle");
        if (e instanceof CancelledError || (e as Error)?.name === "AbortError") setStatus(t(lang, "cancelled"));
        else setError(message(lang, e));
      } finally {
        if (abort.current === ac) abort.current = null;
      }
    },
    [port, validate, lang, result],
  );

  const runRef = React.useRef(run);
  runRef.current = run;

  // The ribbon's "validasiWorkbook" command (src/commands) asks through a window event.
  React.useEffect(() => {
    const onAsk = () => void runRef.current();
    window.addEventListener("sakip:validate", onAsk);
    return () => window.removeEventListener("sakip:validate", onAsk);
  }, []);

  // Optional re-validation on change: only when switched on and the host supports it.
  React.useEffect(() => {
    if (!stored.autoValidate || !caps.watch.ok || !port.onChanged) return;
    let off: (() => void) | undefined;
    let live = true;
    void port
      .onChanged(() => void runRef.current(true))
      .then((u) => (live ? (off = u) : u()))
      .catch((e) => setError(message(lang, e)));
    return () => {
      live = false;
      off?.();
    };
  }, [port, stored.autoValidate, caps.watch.ok, lang]);

  const act = async (fn: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    try {
      const msg = await fn();
      if (msg) setStatus(msg);
    } catch (e) {
      setError(message(lang, e));
    } finally {
      setBusy(false);
    }
  };

  const go = (sheet: string, cell: string, related?: CellRef[]) => act(() => port.selectCell(sheet, cell, related));
  const setIgnoredAndSave = (next: Set<string>) =>
    act(async () => {
      setIgnored(next);
      await port.saveIgnored([...next]);
    });
  const visibleFindings = (result?.findings ?? []).filter((f) => !ignored.has(f.fingerprint));

  const mark = () =>
    act(async () => {
      const r = await port.highlight(visibleFindings);
      setMarked(await port.hasHighlight());
      return t(lang, "marked", { n: r.painted }) + (r.skipped ? t(lang, "markedSkipped", { n: r.skipped }) : "");
    });
  const unmark = () =>
    act(async () => {
      const n = await port.clearHighlight();
      setMarked(false);
      return t(lang, "unmarked", { n });
    });
  const report = () =>
    act(async () => {
      const name = await port.writeReport(visibleFindings, {
        workbookName: workbookName ?? "Workbook",
        language: lang,
        generatedAt: new Date(),
      });
      return t(lang, "reportDone", { name });
    });
  const saveSettings = async (next: StoredSettings) => {
    userSaved.current = true;
    await port.saveSettings(next);
    setStored(next);
  };
  const switchLang = () => {
    const next: Lang = lang === "id" ? "en" : "id";
    onLangChange?.(next);
    const st = { ...stored, validation: { ...stored.validation, language: next } };
    userSaved.current = true;
    setStored(st);
    void port.saveSettings(st).catch(() => undefined);
  };

  const running = phase === "reading" || phase === "checking";
  const limits = (Object.keys(caps) as Array<keyof Capabilities>).filter((k) => caps[k]?.ok === false && caps[k]?.reason);
  const progressText =
    phase === "checking"
      ? t(lang, "checking")
      : t(lang, "reading", { done: progress.done, total: progress.total || "?", sheet: progress.sheet ? ` (${progress.sheet})` : "" });

  return (
    <div className={s.root}>
      <div className={s.row} style={{ justifyContent: "space-between" }}>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as "findings" | "settings")} size="small">
          <Tab value="findings">{t(lang, "tabFindings")}</Tab>
          <Tab value="settings">{t(lang, "tabSettings")}</Tab>
        </TabList>
        <Button size="small" appearance="subtle" onClick={switchLang} aria-label={`${t(lang, "language")}: ${lang === "id" ? "English" : "Bahasa Indonesia"}`} lang={lang === "id" ? "en" : "id"}>
          {lang === "id" ? t(lang, "switchToEn") : t(lang, "switchToId")}
        </Button>
      </div>

      {limits.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <details>
              <summary>
                <MessageBarTitle>{t(lang, "limited")}</MessageBarTitle> ({limits.length})
              </summary>
              <ul style={{ margin: "4px 0 0", paddingLeft: 18 }} data-testid="limits">
                {limits.map((k) => (
                  <li key={k}>{said(lang, caps[k]!.reason!)}</li>
                ))}
              </ul>
            </details>
          </MessageBarBody>
        </MessageBar>
      )}

      {tab === "settings" ? (
        <SettingsPanel
          key={loadedVersion}
          lang={lang}
          value={stored}
          rules={rules}
          watch={caps.watch}
          persist={caps.persist}
          onSave={saveSettings}
        />
      ) : (
        <>
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void run()} disabled={running || !caps.read.ok}>
              {running ? t(lang, "validating") : t(lang, "validate")}
            </Button>
            {running && <Button onClick={() => abort.current?.abort()}>{t(lang, "cancel")}</Button>}
          </div>
          {!caps.read.ok && caps.read.reason && <Text>{said(lang, caps.read.reason)}</Text>}
          {running && (
            <div>
              <ProgressBar
                aria-label={t(lang, "progressLabel")}
                value={phase === "checking" ? undefined : progress.total ? progress.done / progress.total : 0}
                thickness="large"
              />
              <Text size={200}>{progressText}</Text>
            </div>
          )}
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody data-testid="error">{error}</MessageBarBody>
            </MessageBar>
          )}
          <div role="status" aria-live="polite" data-testid="status">
            {status}
          </div>
          {result && result.findings.length === 0 && <Text>{t(lang, "noFindings")}</Text>}
          {result && (
            <div className={s.row}>
              {caps.highlight.ok && (
                <Button onClick={mark} disabled={busy || running || visibleFindings.length === 0}>
                  {t(lang, "mark")}
                </Button>
              )}
              {caps.report.ok && (
                <Button onClick={report} disabled={busy || running}>
                  {t(lang, "report")}
                </Button>
              )}
              {caps.export?.ok && (
                <ExportButtons findings={visibleFindings} lang={lang} workbookName={workbookName ?? "Workbook"} disabled={busy || running} onError={setError} />
              )}
              {caps.chart?.ok && result.chart && port.insertChart && (
                <Button onClick={() => act(async () => {
                    const name = await port.insertChart!(result.chart!, lang);
                    return lang === "en" ? `Chart inserted on the new sheet "${name}".` : `Grafik disisipkan di sheet baru "${name}".`;
                  })} disabled={busy || running}>
                  {lang === "en" ? "Create chart" : "Buat grafik"}
                </Button>
              )}
            </div>
          )}
          {fixes.can && fixes.history.length > 0 && (
            <div className={s.row}>
              <Button onClick={() => fixes.undo()} disabled={fixes.busy} data-testid="undo-last-fix">
                {fixText(lang, "undo")} ({fixes.history[fixes.history.length - 1].changes.length})
              </Button>
            </div>
          )}
          {caps.highlight.ok && marked && (
            <div className={s.row}>
              <Button onClick={unmark} disabled={busy}>
                {t(lang, "unmark")}
              </Button>
            </div>
          )}
          {result && result.findings.length > 0 && (
            <FindingsView
              findings={result.findings}
              lang={lang}
              rules={rules}
              ignored={ignored}
              onGo={go}
              fixes={fixes}
              onIgnore={(f: Finding) => setIgnoredAndSave(new Set([...ignored, f.fingerprint]))}
              onUnignore={(f: Finding) => {
                const next = new Set(ignored);
                next.delete(f.fingerprint);
                void setIgnoredAndSave(next);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

