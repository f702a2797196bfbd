// The pane: workbook state (settings, ignored, marks) + run state (validation) + the view.
import * as React from "react";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { Capabilities, WorkbookPort } from "../../excel/port";
import type { ChartData } from "../chart-data";
import type { RuleInfo, ValidateFn } from "../types";
import { Lang, t } from "../i18n";
import { errorText } from "../hooks/messages";
import { useRunState } from "../hooks/useRunState";
import { useWorkbookState } from "../hooks/useWorkbookState";
import { PaneView } from "./PaneView";
import { FixPanel, useFixes } from "./FixPanel";

export interface PaneProps {
  port: WorkbookPort;
  validate: ValidateFn;
  rules: RuleInfo[];
  lang: Lang;
  onLangChange?(lang: Lang): void;
  /** Name shown in reports. */
  workbookName?: string;
  /** The read-only cell view to draw inside the card last opened (preview on a narrow pane). */
  cellView?: React.ReactNode;
  /** Extra actions under a finding (fixes), given by the host. */
  renderExtra?(f: Finding): React.ReactNode;
  /** The chart's data from a presenter; the pane's own adapter otherwise. */
  chartData?(wb: WorkbookSnapshot): ChartData;
}

export function Pane({ port, validate, rules, lang, onLangChange, workbookName, cellView, renderExtra, chartData }: PaneProps) {
  const caps: Capabilities = React.useMemo(() => port.capabilities(), [port]);
  const errorSink = React.useRef<(e: unknown) => void>(() => undefined);
  const wb = useWorkbookState(port, lang, onLangChange, (e) => errorSink.current(e));
  const run = useRunState({ port, validate, lang, caps, stored: wb.stored });
  errorSink.current = (e) => run.setError(errorText(lang, e));
  const [busy, setBusy] = React.useState(false);

  const act = async (fn: () => Promise<string | void>) => {
    setBusy(true);
    run.setError(null);
    try {
      const msg = await fn();
      if (msg) run.setStatus(msg);
    } catch (e) {
      run.setError(errorText(lang, e));
    } finally {
      setBusy(false);
    }
  };
  // Fixes write only when asked, through the port's journal, so each one can be undone exactly.
  const fixes = useFixes(port, lang, (msg, err) => {
    run.setError(err);
    if (msg) run.setStatus(msg);
  });
  const extra = (f: Finding): React.ReactNode => (
    <>
      {fixes.can && f.fix && (
        <FixPanel finding={f} lang={lang} applied={fixes.applied(f)} busy={fixes.busy} onApply={(c) => void fixes.apply([c])} onUndo={() => void fixes.undo(f.fingerprint)} />
      )}
      {renderExtra?.(f)}
    </>
  );
  const visibleFindings = (run.result?.findings ?? []).filter((f) => !wb.ignored.has(f.fingerprint));

  return (
    <PaneView
      lang={lang}
      caps={caps}
      rules={rules}
      wb={wb}
      run={run}
      busy={busy}
      cellView={cellView}
      renderExtra={extra}
      chartData={chartData}
      onGo={(sheet: string, cell: string, related?: CellRef[]) => act(() => port.selectCell(sheet, cell, related))}
      onIgnore={(f) => act(() => wb.saveIgnored(new Set([...wb.ignored, f.fingerprint])))}
      onUnignore={(f) => {
        const next = new Set(wb.ignored);
        next.delete(f.fingerprint);
        return act(() => wb.saveIgnored(next));
      }}
      onMark={() =>
        act(async () => {
          const r = await port.highlight(visibleFindings);
          wb.setMarked(await port.hasHighlight());
          return t(lang, "marked", { n: r.painted }) + (r.skipped ? t(lang, "markedSkipped", { n: r.skipped }) : "");
        })
      }
      onUnmark={() =>
        act(async () => {
          const n = await port.clearHighlight();
          wb.setMarked(false);
          return t(lang, "unmarked", { n });
        })
      }
      onReport={() =>
        act(async () => {
          const name = await port.writeReport(visibleFindings, { workbookName: workbookName ?? "Workbook", language: lang, generatedAt: new Date() });
          return t(lang, "reportDone", { name });
        })
      }
      onSaveSettings={async (next) => {
        await wb.saveSettings(next);
        run.markStale();
      }}
    />
  );
}
