// "Cakupan pemeriksaan": what each sheet was checked against, and the figures no table claimed.
import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss16Regular, LocationArrow16Regular, TableEdit16Regular } from "@fluentui/react-icons";
import type { Coverage, SheetStatus } from "../../core/coverage";
import type { TableMapping } from "../../core/settings";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { Lang, Key, t } from "../i18n";
import { MappingEditor } from "./MappingEditor";

const useStyles = makeStyles({
  wrap: {
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: "6px" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  summary: { cursor: "pointer", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", overflowWrap: "anywhere" },
  inner: { margin: "4px 0 4px 16px", padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
});

const STATUS: Record<SheetStatus, { key: Key; colour: "success" | "warning" | "danger" | "subtle" }> = {
  checked: { key: "covChecked", colour: "success" },
  partial: { key: "covPartial", colour: "warning" },
  unchecked: { key: "covUnchecked", colour: "danger" },
  empty: { key: "covEmpty", colour: "subtle" },
};
const ORDER: SheetStatus[] = ["unchecked", "partial", "checked", "empty"];

export interface CoverageViewProps {
  coverage: Coverage;
  lang: Lang;
  onGo(sheet: string, cell: string): void;
  onClose(): void;
  /** The snapshot validated (the mapping editor reads the sheet's header texts from it). */
  snapshot?: WorkbookSnapshot | null;
  /** Mappings saved with the workbook. */
  mappings?: TableMapping[];
  /** Offered on sheets that could not be checked: "Petakan tabel ini…". */
  onSaveMapping?(m: TableMapping): Promise<void>;
  /** Whether a sheet can be mapped (the sheets of other files opened for comparison cannot). */
  canMap?(sheet: string): boolean;
}

export function CoverageView({ coverage, lang, onGo, onClose, snapshot, mappings = [], onSaveMapping, canMap = () => true }: CoverageViewProps) {
  const s = useStyles();
  const [mapping, setMapping] = React.useState<string | null>(null);
  const headRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headRef.current?.focus(), []);
  const sheets = [...coverage.sheets].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <section className={s.wrap} aria-labelledby="sakip-coverage-title" data-testid="coverage">
      <div className={s.head}>
        <h2 id="sakip-coverage-title" ref={headRef} tabIndex={-1} style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>
          {t(lang, "coverageTitle")}
        </h2>
        <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} onClick={onClose} data-testid="coverage-close">
          {t(lang, "coverageClose")}
        </Button>
      </div>
      <ul className={s.list}>
        {sheets.map((sh) => {
          const st = STATUS[sh.status];
          const snap = canMap(sh.sheet) ? snapshot?.sheets.find((x) => x.name === sh.sheet) : undefined;
          return (
            <li key={sh.sheet} data-testid="coverage-sheet" data-status={sh.status}>
              <details open={sh.status === "unchecked" || sh.status === "partial" ? undefined : undefined}>
                <summary className={s.summary}>
                  <Text weight="semibold">{sh.sheet}</Text>
                  <Badge appearance="tint" color={st.colour} size="small">
                    {t(lang, st.key)}
                  </Badge>
                </summary>
                <ul className={s.inner}>
                  {sh.tables.map((tb) => (
                    <li key={tb.range}>
                      <Text size={200}>
                        {t(lang, "covTable", { kind: t(lang, `kind_${tb.kind}` as Key), range: tb.range, rows: tb.rowCount, n: tb.rowCount })}
                      </Text>
                      {tb.mapped && (
                        <>
                          {" "}
                          <Badge appearance="tint" color="informative" size="small" data-testid="coverage-mapped">
                            {t(lang, "mapped")}
                          </Badge>
                        </>
                      )}
                    </li>
                  ))}
                  {sh.uncovered.map((b) => (
                    <li key={b.range}>
                      <Text size={200}>
                        {t(lang, "covBlock", { range: b.range, n: b.figureCount, reason: lang === "en" ? b.reason.en : b.reason.id })}
                      </Text>{" "}
                      <Button size="small" appearance="subtle" icon={<LocationArrow16Regular />} onClick={() => onGo(b.sheet, b.range)}>
                        {t(lang, "covGo", { range: `${b.sheet}!${b.range}` })}
                      </Button>
                    </li>
                  ))}
                  {sh.tables.length === 0 && sh.uncovered.length === 0 && (
                    <li>
                      <Text size={200}>{t(lang, "covEmpty")}</Text>
                    </li>
                  )}
                </ul>
              </details>
              {onSaveMapping && snap && (sh.status === "unchecked" || sh.status === "partial") && mapping !== sh.sheet && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<TableEdit16Regular />}
                  onClick={() => setMapping(sh.sheet)}
                  aria-label={t(lang, "mapThisLabel", { sheet: sh.sheet })}
                  data-testid="map-table"
                >
                  {t(lang, "mapThis")}
                </Button>
              )}
              {onSaveMapping && snap && mapping === sh.sheet && (
                <MappingEditor
                  lang={lang}
                  sheet={snap}
                  existing={mappings.find((m) => m.sheet === sh.sheet)}
                  onCancel={() => setMapping(null)}
                  onSave={async (m) => {
                    await onSaveMapping(m);
                    setMapping(null);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
