// The pane: workbook state (settings, ignored, marks) + run state (validation) + the view.
import * as React from "react";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { TableMapping } from "../../core/settings";
import type { OfficialNomenclature } from "../../core/nomenclature/official";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { Capabilities, Said, WorkbookPort } from "../../excel/port";
import { readCompanionFiles, readNomenclatureFile, type CompanionFile, type PickedFile } from "../../excel/document-set";
import type { FixBatch } from "../../port";
import type { ChartData } from "../chart-data";
import type { RuleInfo, ValidateFn } from "../types";
import { Lang, t } from "../i18n";
import { errorText } from "../hooks/messages";
import { useRunState } from "../hooks/useRunState";
import { useWorkbookState } from "../hooks/useWorkbookState";
import { PaneView } from "./PaneView";
import { FixPanel, RuleFixPanel, useFixes } from "./FixPanel";

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

/** Files opened beside the workbook, the ones that could not be read, and the official nomenclature in use. */
export interface DocumentSetState {
  companions: CompanionFile[];
  failed: Array<{ name: string; reason: Said }>;
  nomenclature: OfficialNomenclature | null;
  nomenclatureError: Said | null;
  reading: boolean;
}

export function Pane({ port, validate, rules, lang, onLangChange, workbookName, cellView, renderExtra, chartData }: PaneProps) {
  const caps: Capabilities = React.useMemo(() => port.capabilities(), [port]);
  const errorSink = React.useRef<(e: unknown) => void>(() => undefined);
  const wb = useWorkbookState(port, lang, onLangChange, (e) => errorSink.current(e));
  const [docs, setDocs] = React.useState<DocumentSetState>({ companions: [], failed: [], nomenclature: null, nomenclatureError: null, reading: false });
  // The nomenclature lasts for the session: it is passed to each run, never saved with the workbook.
  const session = React.useMemo(() => (docs.nomenclature ? { nomenclature: docs.nomenclature } : {}), [docs.nomenclature]);
  const run = useRunState({ port, validate, lang, caps, stored: wb.stored, companions: docs.companions, session });
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
  // Sheets of the other files of a set are read-only: no fix, no selection in Excel.
  const origin = (sheet: string) => {
    const o = run.set?.origins.get(sheet);
    return o && o.file !== run.set!.workbook.name ? o : undefined;
  };
  const inWorkbook = (f: Finding) => !origin(f.sheet);
  // Null when there is nothing to add, so the memoised card of a finding without a fix is not drawn again.
  const extra = (f: Finding): React.ReactNode =>
    !(fixes.can && f.fix && inWorkbook(f)) && !renderExtra ? null : (
    <>
      {fixes.can && f.fix && inWorkbook(f) && (
        <FixPanel finding={f} lang={lang} applied={fixes.applied(f)} busy={fixes.busy} onApply={(c) => void fixes.apply([c])} onUndo={() => void fixes.undo(f.fingerprint)} />
      )}
      {renderExtra?.(f)}
    </>
  );
  // "Perbaiki semua" per rule: the batch it wrote stays undoable in one step while it is in the journal.
  const [ruleBatches, setRuleBatches] = React.useState<Record<string, string>>({});
  const ruleExtra = (rule: string, findings: Finding[]): React.ReactNode => {
    if (!fixes.can) return null;
    const id = ruleBatches[rule];
    const applied: FixBatch | undefined = id ? fixes.history.find((b) => b.id === id) : undefined;
    const title = rules.find((r) => r.code === rule);
    const name = title ? `${rule} (${lang === "en" ? title.title.en : title.title.id})` : rule;
    return (
      <RuleFixPanel
        rule={name}
        findings={findings.filter((f) => inWorkbook(f) && !fixes.applied(f))}
        lang={lang}
        busy={fixes.busy}
        applied={applied}
        onApply={(changes) =>
          void fixes.apply(changes).then((batch) => {
            if (batch) setRuleBatches((m) => ({ ...m, [rule]: batch.id }));
          })
        }
        onUndo={(batch) => void fixes.undo(undefined, batch.id)}
      />
    );
  };
  const visibleFindings = (run.result?.findings ?? []).filter((f) => !wb.ignored.has(f.fingerprint));

  const pickCompanions = async (files: PickedFile[]) => {
    setDocs((d) => ({ ...d, reading: true }));
    const read = await readCompanionFiles(files);
    setDocs((d) => {
      const names = new Set(read.files.map((f) => f.name));
      return {
        ...d,
        reading: false,
        companions: [...d.companions.filter((c) => !names.has(c.name)), ...read.files],
        failed: [...d.failed.filter((x) => !files.some((p) => p.name === x.name)), ...read.failed],
      };
    });
    if (read.files.length) run.markStale();
  };
  const pickNomenclature = async (file: PickedFile) => {
    setDocs((d) => ({ ...d, reading: true, nomenclatureError: null }));
    try {
      const nom = await readNomenclatureFile(file);
      setDocs((d) => ({ ...d, reading: false, nomenclature: nom }));
      run.markStale();
    } catch (e) {
      const reason = e && typeof e === "object" && "said" in e ? (e as { said: Said }).said : { id: `Berkas "${file.name}" tidak dapat dibaca.`, en: `File "${file.name}" cannot be read.` };
      setDocs((d) => ({ ...d, reading: false, nomenclatureError: reason }));
    }
  };

  const saveMapping = async (m: TableMapping) => {
    const others = (wb.stored.validation.mappings ?? []).filter((x) => !(x.sheet === m.sheet && x.headerRow === m.headerRow));
    await wb.saveSettings({ ...wb.stored, validation: { ...wb.stored.validation, mappings: [...others, m] } });
    run.markStale();
    run.setStatus(t(lang, "mappingSaved", { sheet: m.sheet }));
  };

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
      renderRuleExtra={ruleExtra}
      chartData={chartData}
      workbookName={workbookName ?? "Workbook"}
      exportFindings={visibleFindings}
      docs={docs}
      onPickCompanions={(files) => void pickCompanions(files)}
      onRemoveCompanion={(name) => {
        setDocs((d) => ({ ...d, companions: d.companions.filter((c) => c.name !== name), failed: d.failed.filter((x) => x.name !== name) }));
        run.markStale();
      }}
      onPickNomenclature={(file) => void pickNomenclature(file)}
      onClearNomenclature={() => {
        setDocs((d) => ({ ...d, nomenclature: null, nomenclatureError: null }));
        run.markStale();
      }}
      onSaveMapping={saveMapping}
      canMap={(sheet) => !origin(sheet)}
      onGo={(sheet: string, cell: string, related?: CellRef[]) => {
        const o = origin(sheet);
        // A cell of another file of the set: say where it is (that file is not open in Excel).
        if (o) return void run.setStatus(t(lang, "inOtherFile", { file: o.file, sheet: o.sheet, cell }));
        return act(() => port.selectCell(sheet, cell, related?.filter((r) => !origin(r.sheet))));
      }}
      onIgnore={(f) => act(() => wb.saveIgnored(new Set([...wb.ignored, f.fingerprint])))}
      onUnignore={(f) => {
        const next = new Set(wb.ignored);
        next.delete(f.fingerprint);
        return act(() => wb.saveIgnored(next));
      }}
      onMark={() =>
        act(async () => {
          const r = await port.highlight(visibleFindings.filter(inWorkbook));
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
