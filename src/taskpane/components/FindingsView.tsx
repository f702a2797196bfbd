import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellRef, Finding, Severity } from "../../core/findings/finding";
import type { RuleInfo } from "../types";
import { Lang, t } from "../i18n";
import { FindingCard, severityColour } from "./FindingCard";
import { RuleFixPanel } from "./FixPanel";
import type { FixChange } from "../../port";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Cards rendered per group before "show more": keeps thousands of findings from freezing the pane. */
export const PAGE = 50;

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "4px", margin: 0, padding: 0, listStyle: "none" },
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    // A fieldset is min-content wide by default: let it shrink to a 320 px pane.
    minWidth: 0,
  },
  sevs: { display: "flex", flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  groupHead: { overflowWrap: "anywhere" },
});

export interface FindingsViewProps {
  findings: Finding[];
  lang: Lang;
  rules: RuleInfo[];
  ignored: Set<string>;
  onGo(sheet: string, cell: string, related?: CellRef[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
  /** Fix actions (src/taskpane/components/FixPanel.tsx useFixes), where the port can write. */
  fixes?: { can: boolean; busy: boolean; applied(f: Finding): boolean; apply(changes: FixChange[]): void; undo(fingerprint?: string): void };
}

/** A callback whose identity never changes but always calls the latest function: memoised cards do not re-render
 *  because the parent made new closures. */
function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = React.useRef(fn);
  ref.current = fn;
  return React.useCallback((...args: A) => ref.current(...args), []);
}

export function FindingsView({ findings, lang, rules, ignored, onGo: go, onIgnore: ignore, onUnignore: unignore, fixes }: FindingsViewProps) {
  const onFix = useStable((c: FixChange) => fixes?.apply([c]));
  const onUndoFix = useStable((f: Finding) => fixes?.undo(f.fingerprint));
  const canFix = !!fixes?.can;
  const onGo = useStable(go);
  const onIgnore = useStable(ignore);
  const onUnignore = useStable(unignore);
  const s = useStyles();
  const [sevOn, setSevOn] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [rule, setRule] = React.useState<string>("");
  const [groupBy, setGroupBy] = React.useState<"sheet" | "rule">("sheet");
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [shown, setShown] = React.useState<Record<string, number>>({});

  const active = findings.filter((f) => !ignored.has(f.fingerprint));
  const ignoredCount = findings.length - active.length;
  const counts = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const f of active) counts[f.severity]++;
  const title = (code: string) => {
    const r = rules.find((x) => x.code === code);
    return r ? `${code} — ${lang === "en" ? r.title.en : r.title.id}` : code;
  };
  const codes = [...new Set(findings.map((f) => f.rule))].sort();
  const visible = (showIgnored ? findings : active).filter((f) => sevOn[f.severity] && (!rule || f.rule === rule));
  const groups = new Map<string, Finding[]>();
  for (const f of visible) {
    const k = groupBy === "sheet" ? f.sheet : f.rule;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const keys = [...groups.keys()];
  // Open groups are kept across filters (no remount of thousands of cards); a group that (re)appears among the
  // first three opens, as on the first render.
  const [openItems, setOpenItems] = React.useState<string[]>(() => keys.slice(0, 3));
  const firstThree = keys.slice(0, 3).join("\u0000");
  const lastFirstThree = React.useRef(firstThree);
  if (lastFirstThree.current !== firstThree) {
    lastFirstThree.current = firstThree;
    const add = keys.slice(0, 3).filter((k) => !openItems.includes(k));
    if (add.length) setOpenItems([...openItems, ...add]);
  }

  return (
    <section aria-label={t(lang, "tabFindings")} style={{ display: "flex", flexDirection: "column", rowGap: 8 }}>
      <ul className={s.counts} aria-label={t(lang, "countsLabel")} data-testid="counts">
        {SEVERITIES.map((sev) => (
          <li key={sev}>
            <Badge appearance="tint" color={severityColour[sev]} data-testid={`count-${sev}`}>
              {`${counts[sev]} ${t(lang, sev)}`}
            </Badge>
          </li>
        ))}
      </ul>
      <fieldset className={s.filters}>
        <legend>{t(lang, "filters")}</legend>
        <div className={s.sevs} role="group" aria-label={t(lang, "severity")}>
          {SEVERITIES.map((sev) => (
            <Checkbox
              key={sev}
              label={t(lang, sev)}
              checked={sevOn[sev]}
              onChange={(_, d) => setSevOn({ ...sevOn, [sev]: d.checked === true })}
            />
          ))}
        </div>
        <Field label={t(lang, "rule")} style={{ minWidth: 0 }}>
          {/* Long rule titles must not widen the pane: the native select shrinks to the column. */}
          <Select
            value={rule}
            onChange={(_, d) => setRule(d.value)}
            data-testid="rule-filter"
            style={{ minWidth: 0, maxWidth: "100%" }}
            select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}
          >
            <option value="">{t(lang, "allRules")}</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {title(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(lang, "groupBy")}>
          <RadioGroup layout="horizontal" value={groupBy} onChange={(_, d) => setGroupBy(d.value as "sheet" | "rule")}>
            <Radio value="sheet" label={t(lang, "bySheet")} />
            <Radio value="rule" label={t(lang, "byRule")} />
          </RadioGroup>
        </Field>
        {ignoredCount > 0 && (
          <Switch
            checked={showIgnored}
            onChange={(_, d) => setShowIgnored(d.checked)}
            label={`${t(lang, "showIgnored")} (${t(lang, "ignoredCount", { n: ignoredCount })})`}
          />
        )}
      </fieldset>
      {keys.length > 0 && (
        <Accordion
          multiple
          collapsible
          openItems={openItems}
          onToggle={(_, d) => setOpenItems((d.openItems as string[]) ?? [])}
        >
          {keys.map((k) => {
            const list = groups.get(k)!;
            const limit = shown[k] ?? PAGE;
            return (
              <AccordionItem value={k} key={k} data-testid="group">
                <AccordionHeader size="small">
                  <span className={s.groupHead}>
                    {groupBy === "rule" ? title(k) : k} ({list.length})
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {canFix && groupBy === "rule" && <RuleFixPanel findings={list} lang={lang} busy={fixes!.busy} onApply={(c) => fixes!.apply(c)} />}
                  <ul className={s.list}>
                    {list.slice(0, limit).map((f) => (
                      <FindingCard
                        key={f.fingerprint + f.cell}
                        finding={f}
                        lang={lang}
                        ignored={ignored.has(f.fingerprint)}
                        onGo={onGo}
                        onIgnore={onIgnore}
                        onUnignore={onUnignore}
                        canFix={canFix}
                        fixApplied={canFix && fixes!.applied(f)}
                        fixBusy={fixes?.busy}
                        onFix={onFix}
                        onUndoFix={onUndoFix}
                      />
                    ))}
                  </ul>
                  {list.length > limit && (
                    <Button size="small" onClick={() => setShown({ ...shown, [k]: limit + PAGE })}>
                      {t(lang, "showMore", { n: Math.min(list.length - limit, PAGE) })}
                    </Button>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
      {ignoredCount > 0 && !showIgnored && <Text size={200}>{t(lang, "ignoredCount", { n: ignoredCount })}</Text>}
    </section>
  );
}
