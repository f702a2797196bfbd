// One validation run: read the snapshot with progress, run the engine, keep the result, cancel, re-run on the
// ribbon's event or on a workbook change.
import * as React from "react";
import { resolveSettings, type ValidationSettings } from "../../core/settings";
import type { CombinedWorkbook } from "../../core/workbook/combine";
import { readDocumentSet, type CompanionFile } from "../../excel/document-set";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { CancelledError, Capabilities, StoredSettings, WorkbookPort } from "../../excel/port";
import type { PaneResult, ValidateFn } from "../types";
import { Lang, t } from "../i18n";
import { errorText } from "./messages";

export type Phase = "idle" | "reading" | "checking" | "done";

export interface RunState {
  phase: Phase;
  running: boolean;
  progress: { done: number; total: number; sheet?: string };
  result: PaneResult | null;
  /** The snapshot the result was computed from (the chart reads its tables). */
  snapshot: WorkbookSnapshot | null;
  /** The document set of that run, when other files were opened beside the workbook. */
  set: CombinedWorkbook | undefined;
  /** Settings changed after the result was computed. */
  stale: boolean;
  markStale(): void;
  error: string | null;
  setError(msg: string | null): void;
  status: string;
  setStatus(msg: string): void;
  /** Bumps each time a run finishes, so the view can move focus to the summary. */
  finished: number;
  run(auto?: boolean): Promise<void>;
  cancel(): void;
}

export function useRunState(opts: {
  port: WorkbookPort;
  validate: ValidateFn;
  lang: Lang;
  caps: Capabilities;
  stored: StoredSettings;
  /** Files opened beside the workbook: validated with it as one document set. */
  companions?: CompanionFile[];
  /** Settings that last for the session only, never saved with the workbook (the official nomenclature). */
  session?: Partial<ValidationSettings>;
}): RunState {
  const { port, validate, lang, caps, stored } = opts;
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [progress, setProgress] = React.useState<{ done: number; total: number; sheet?: string }>({ done: 0, total: 0 });
  const [result, setResult] = React.useState<PaneResult | null>(null);
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [stale, setStale] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState("");
  const [finished, setFinished] = React.useState(0);
  const abort = React.useRef<AbortController | null>(null);
  const [set, setSet] = React.useState<CombinedWorkbook | undefined>(undefined);
  const storedRef = React.useRef(stored);
  storedRef.current = stored;
  const extraRef = React.useRef({ companions: opts.companions ?? [], session: opts.session ?? {} });
  extraRef.current = { companions: opts.companions ?? [], session: opts.session ?? {} };
  const hadResult = React.useRef(false);
  hadResult.current = !!result;

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
        const { companions, session } = extraRef.current;
        const read = await readDocumentSet(port, companions, (p) => setProgress({ done: p.sheetsDone, total: p.sheetsTotal, sheet: p.sheet }), ac.signal);
        const snap = read.snapshot;
        setPhase("checking");
        // Let "Memeriksa aturan…" paint before the engine takes the thread.
        await new Promise((r) => setTimeout(r, 0));
        if (ac.signal.aborted) throw new CancelledError();
        const settings = { ...resolveSettings(storedRef.current.validation), ...session, language: lang };
        const out = validate(snap, settings);
        setResult(out);
        setSnapshot(snap);
        setSet(read.set);
        setStale(false);
        setPhase("done");
        setStatus(auto ? t(lang, "autoRevalidated") : "");
        setFinished((n) => n + 1);
      } catch (e) {
        setPhase(hadResult.current ? "done" : "idle");
        if (e instanceof CancelledError || (e as Error)?.name === "AbortError") setStatus(t(lang, "cancelled"));
        else setError(errorText(lang, e));
      } finally {
        if (abort.current === ac) abort.current = null;
      }
    },
    [port, validate, lang],
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
      .catch((e) => setError(errorText(lang, e)));
    return () => {
      live = false;
      off?.();
    };
  }, [port, stored.autoValidate, caps.watch.ok, lang]);

  return {
    phase,
    running: phase === "reading" || phase === "checking",
    progress,
    result,
    snapshot,
    set,
    stale,
    markStale: () => setStale(hadResult.current),
    error,
    setError,
    status,
    setStatus,
    finished,
    run,
    cancel: () => abort.current?.abort(),
  };
}
