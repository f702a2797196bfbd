// What the pane draws from its two states. Both tabs stay mounted: going to Pengaturan and back keeps the
// filters, grouping and open groups, and unsaved settings.
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  Dismiss16Regular,
  DocumentTable16Regular,
  Globe16Regular,
  Highlight16Regular,
  Play16Filled,
  TableSearch20Regular,
} from "@fluentui/react-icons";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { Capabilities, StoredSettings } from "../../excel/port";
import type { ChartData } from "../chart-data";
import type { RuleInfo } from "../types";
import type { RunState } from "../hooks/useRunState";
import type { WorkbookState } from "../hooks/useWorkbookState";
import { Lang, said, t } from "../i18n";
import type { TableMapping } from "../../core/settings";
import type { PickedFile } from "../../excel/document-set";
import { FindingsView } from "./FindingsView";
import { ExportButtons } from "./ExportButtons";
import { CompareFiles } from "./CompareFiles";
import { NomenclatureSetting } from "./NomenclatureSetting";
import type { DocumentSetState } from "./Pane";
import { SettingsPanel } from "./SettingsPanel";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "6px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "6px", alignItems: "center" },
  empty: { display: "flex", flexDirection: "column", alignItems: "center", rowGap: "4px", padding: "16px 8px", textAlign: "center", color: tokens.colorNeutralForeground2 },
});

export interface PaneViewProps {
  lang: Lang;
  caps: Capabilities;
  rules: RuleInfo[];
  wb: WorkbookState;
  run: RunState;
  busy: boolean;
  cellView?: React.ReactNode;
  renderExtra?(f: Finding): React.ReactNode;
  /** Under a rule's group (and above the list when one rule is filtered): "Perbaiki semua". */
  renderRuleExtra?(rule: string, findings: Finding[]): React.ReactNode;
  chartData?(wb: WorkbookSnapshot): ChartData;
  /** Name of the workbook, for exported reports. */
  workbookName: string;
  /** What an export holds: the findings not ignored. */
  exportFindings: Finding[];
  docs: DocumentSetState;
  onPickCompanions(files: PickedFile[]): void;
  onRemoveCompanion(name: string): void;
  onPickNomenclature(file: PickedFile): void;
  onClearNomenclature(): void;
  onSaveMapping(m: TableMapping): Promise<void>;
  canMap?(sheet: string): boolean;
  onGo(sheet: string, cell: string, related?: CellRef[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
  onMark(): void;
  onUnmark(): void;
  onReport(): void;
  onSaveSettings(next: StoredSettings): Promise<void>;
}

export function PaneView(p: PaneViewProps) {
  const { lang, caps, rules, wb, run, busy } = p;
  const s = useStyles();
  const [tab, setTab] = React.useState<"findings" | "settings">("findings");
  const [dirty, setDirty] = React.useState(false);
  const summaryRef = React.useRef<HTMLHeadingElement>(null);
  const validateRef = React.useRef<HTMLButtonElement>(null);

  // After a run, focus goes to its summary, never to <body>.
  React.useEffect(() => {
    if (run.finished) summaryRef.current?.focus();
  }, [run.finished]);

  const limits = (Object.keys(caps) as Array<keyof Capabilities>).filter((k) => !caps[k]?.ok && caps[k]?.reason);
  const progressText =
    run.phase === "checking"
      ? t(lang, "checking")
      : t(lang, "reading", { done: run.progress.done, total: run.progress.total || "?", sheet: run.progress.sheet ? ` (${run.progress.sheet})` : "" });
  const result = run.result;
  const revalidate = () => {
    setTab("findings");
    void run.run();
  };

  return (
    <div className={s.root}>
      <div className={s.row} style={{ justifyContent: "space-between" }}>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as "findings" | "settings")} size="small">
          <Tab value="findings">{t(lang, "tabFindings")}</Tab>
          <Tab value="settings" data-testid="settings-tab">
            {dirty ? t(lang, "unsavedTab") : t(lang, "tabSettings")}
          </Tab>
        </TabList>
        <Button
          size="small"
          appearance="subtle"
          icon={<Globe16Regular />}
          onClick={wb.switchLang}
          aria-label={`${t(lang, "language")}: ${lang === "id" ? "English" : "Bahasa Indonesia"}`}
          lang={lang === "id" ? "en" : "id"}
        >
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

      <div hidden={tab !== "settings"} data-testid="settings-panel">
        <div style={{ marginBottom: 12 }}>
          <CompareFiles
            lang={lang}
            files={p.docs.companions.map((c) => c.name)}
            failed={p.docs.failed}
            busy={p.docs.reading}
            onPick={p.onPickCompanions}
            onRemove={p.onRemoveCompanion}
          />
        </div>
        <NomenclatureSetting
          lang={lang}
          current={p.docs.nomenclature}
          error={p.docs.nomenclatureError}
          busy={p.docs.reading}
          onPick={p.onPickNomenclature}
          onClear={p.onClearNomenclature}
        />
        <SettingsPanel
          key={wb.loadedVersion}
          lang={lang}
          value={wb.stored}
          rules={rules}
          watch={caps.watch}
          persist={caps.persist}
          onSave={p.onSaveSettings}
          onDirtyChange={setDirty}
          onRevalidate={result ? revalidate : undefined}
        />
      </div>

      {/* A plain wrapper carries `hidden`: a styled display would override it. */}
      <div hidden={tab !== "findings"}>
      <div className={s.root}>
        <div className={s.row}>
          <Button ref={validateRef} appearance="primary" icon={<Play16Filled />} onClick={() => void run.run()} disabled={run.running || !caps.read.ok}>
            {run.running ? t(lang, "validating") : t(lang, "validate")}
          </Button>
          {run.running && (
            <Button icon={<Dismiss16Regular />} onClick={run.cancel}>
              {t(lang, "cancel")}
            </Button>
          )}
          {result && caps.highlight.ok && (
            <Button size="small" icon={<Highlight16Regular />} onClick={p.onMark} disabled={busy || run.running || result.findings.every((f) => wb.ignored.has(f.fingerprint))}>
              {t(lang, "mark")}
            </Button>
          )}
          {caps.highlight.ok && wb.marked && (
            <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} onClick={p.onUnmark} disabled={busy}>
              {t(lang, "unmark")}
            </Button>
          )}
          {result && caps.report.ok && (
            <Button size="small" icon={<DocumentTable16Regular />} onClick={p.onReport} disabled={busy || run.running}>
              {t(lang, "report")}
            </Button>
          )}
          {result && caps.export?.ok && (
            <ExportButtons
              findings={p.exportFindings}
              lang={lang}
              workbookName={p.workbookName}
              sheetNames={run.snapshot?.sheets.map((x) => x.name)}
              disabled={run.running}
              onError={(m) => run.setError(m)}
            />
          )}
        </div>
        {p.docs.companions.length > 0 && (
          <Text size={200} data-testid="companions-note">
            {t(lang, "withCompanions", { n: p.docs.companions.length, names: p.docs.companions.map((c) => c.name).join(", ") })}
          </Text>
        )}
        {!caps.read.ok && caps.read.reason && <Text>{said(lang, caps.read.reason)}</Text>}
        {run.running && (
          <div>
            <ProgressBar
              aria-label={t(lang, "progressLabel")}
              value={run.phase === "checking" ? undefined : run.progress.total ? run.progress.done / run.progress.total : 0}
              thickness="large"
            />
            <Text size={200}>{progressText}</Text>
          </div>
        )}
        {run.error && (
          <MessageBar intent="error" layout="multiline" aria-label={run.error}>
            <MessageBarBody data-testid="error">{run.error}</MessageBarBody>
          </MessageBar>
        )}
        {dirty && (
          <MessageBar intent="warning" layout="multiline" data-testid="unsaved" aria-label={t(lang, "unsavedSettings")}>
            <MessageBarBody>{t(lang, "unsavedSettings")}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setTab("settings")}>
                {t(lang, "backToSettings")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {run.stale && result && (
          <MessageBar intent="warning" layout="multiline" data-testid="stale" aria-label={t(lang, "stale")}>
            <MessageBarBody>{t(lang, "stale")}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" icon={<ArrowClockwise16Regular />} onClick={revalidate} disabled={run.running}>
                {t(lang, "revalidate")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div role="status" aria-live="polite" data-testid="status">
          {run.status}
        </div>
        {!result && !run.running && caps.read.ok && (
          <div className={s.empty} data-testid="start">
            <TableSearch20Regular aria-hidden="true" />
            <Text weight="semibold">{t(lang, "startTitle")}</Text>
            <Text size={200}>{t(lang, "startText")}</Text>
          </div>
        )}
        {result && (
          <Summary
            result={result}
            snapshot={run.snapshot}
            ignored={wb.ignored}
            lang={lang}
            headingRef={summaryRef}
            onGo={p.onGo}
            chartData={p.chartData}
            mappings={wb.stored.validation.mappings}
            onSaveMapping={p.onSaveMapping}
            canMap={p.canMap}
          />
        )}
        {result && result.findings.length > 0 && (
          <FindingsView
            findings={result.findings}
            lang={lang}
            rules={rules}
            ignored={wb.ignored}
            onGo={p.onGo}
            onIgnore={p.onIgnore}
            onUnignore={p.onUnignore}
            cellView={p.cellView}
            renderExtra={p.renderExtra}
            renderRuleExtra={p.renderRuleExtra}
            onNoCardLeft={() => summaryRef.current?.focus()}
          />
        )}
      </div>
      </div>
    </div>
  );
}
