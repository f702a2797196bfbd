// The compact summary above the list: what was found, where, what could not be checked, and the chart.
import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChartMultiple16Regular, ShieldCheckmark24Regular, Warning16Regular } from "@fluentui/react-icons";
import { uncheckedSheets } from "../../core/coverage";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { TableMapping } from "../../core/settings";
import type { PaneResult } from "../types";
import { chartDataFrom, type ChartData } from "../chart-data";
import { Lang, t } from "../i18n";
import { CoverageView } from "./CoverageView";

const CapaianChart = React.lazy(() => import(/* webpackChunkName: "chart" */ "./CapaianChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "4px" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "2px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  clean: { display: "flex", columnGap: "8px", alignItems: "center", padding: "8px", borderRadius: tokens.borderRadiusMedium, background: tokens.colorPaletteGreenBackground1 },
});

export interface SummaryProps {
  result: PaneResult;
  snapshot: WorkbookSnapshot | null;
  ignored: Set<string>;
  lang: Lang;
  headingRef: React.Ref<HTMLHeadingElement>;
  onGo(sheet: string, cell: string): void;
  /** Chart data from a presenter; the pane's own adapter otherwise. */
  chartData?(wb: WorkbookSnapshot): ChartData;
  /** Mappings saved with the workbook, and how to save one (offered in the coverage view). */
  mappings?: TableMapping[];
  onSaveMapping?(m: TableMapping): Promise<void>;
  canMap?(sheet: string): boolean;
}

export function Summary({ result, snapshot, ignored, lang, headingRef, onGo, chartData = chartDataFrom, mappings, onSaveMapping, canMap }: SummaryProps) {
  const s = useStyles();
  const [coverageOpen, setCoverageOpen] = React.useState(false);
  const [chartOpen, setChartOpen] = React.useState(false);
  const active = result.findings.filter((f) => !ignored.has(f.fingerprint));
  const sheetsWithFindings = new Set(active.map((f) => f.sheet)).size;
  const unchecked = result.coverage ? uncheckedSheets(result.coverage) : [];
  const nothingRecognised = result.tableCount === 0;
  const chart = React.useMemo(() => (chartOpen && snapshot ? chartData(snapshot) : null), [chartOpen, snapshot, chartData]);

  let headline: string;
  if (active.length > 0) headline = `${t(lang, "findingsN", { n: active.length })} ${t(lang, "inSheets", { n: sheetsWithFindings })}`;
  else if (nothingRecognised) headline = t(lang, "noTables");
  else if (unchecked.length > 0) headline = t(lang, "noFindingsPartial");
  else headline = t(lang, "noFindings");
  const clean = active.length === 0 && !nothingRecognised && unchecked.length === 0;

  return (
    <div className={s.root}>
      <div className={clean ? s.clean : s.line}>
        {clean && <ShieldCheckmark24Regular aria-hidden="true" />}
        <h2 className={s.heading} ref={headingRef} tabIndex={-1} data-testid="summary">
          {headline}
        </h2>
      </div>
      <Text size={200} className={s.detail} data-testid="summary-detail">
        {t(lang, "summaryDetail", { read: result.sheetCount, tables: result.tableCount, rules: result.rulesRun.length })}
      </Text>
      <div className={s.line}>
        {result.coverage && (
          <Button
            size="small"
            appearance={unchecked.length ? "outline" : "subtle"}
            icon={unchecked.length ? <Warning16Regular /> : undefined}
            aria-expanded={coverageOpen}
            onClick={() => setCoverageOpen(!coverageOpen)}
            data-testid="unchecked"
          >
            {unchecked.length ? t(lang, "uncheckedSheets", { n: unchecked.length }) : t(lang, "coverageOpen")}
          </Button>
        )}
        {snapshot && (
          <Button size="small" appearance="subtle" icon={<ChartMultiple16Regular />} aria-expanded={chartOpen} onClick={() => setChartOpen(!chartOpen)} data-testid="chart-toggle">
            {t(lang, "chartShow")}
          </Button>
        )}
      </div>
      {coverageOpen && result.coverage && <CoverageView coverage={result.coverage} lang={lang} onGo={onGo} onClose={() => setCoverageOpen(false)} snapshot={snapshot} mappings={mappings} onSaveMapping={onSaveMapping} canMap={canMap} />}
      {chart &&
        (chart.points.length ? (
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <CapaianChart data={chart} lang={lang} onGo={onGo} />
          </React.Suspense>
        ) : (
          <Text size={200} data-testid="chart-none">
            {t(lang, "chartNone")}
          </Text>
        ))}
    </div>
  );
}
