// The list of findings: search, collapsible filters with counts, groups, next / previous, and a virtualised list
// (only the cards near the viewport are in the DOM, however many findings there are).
import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDown16Regular,
  ArrowUp16Regular,
  ChevronDoubleDown16Regular,
  ChevronDoubleUp16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Filter16Regular,
  FilterDismiss24Regular,
  Search20Regular,
} from "@fluentui/react-icons";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { CellRef, Finding, Severity } from "../../core/findings/finding";
import type { RuleInfo } from "../types";
import { Lang, t } from "../i18n";
import { FindingCard, severityColour } from "./FindingCard";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "6px", minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "4px", margin: 0, padding: 0, listStyle: "none" },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "4px", rowGap: "4px" },
  search: { flex: "1 1 100%", minWidth: 0 },
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  sevs: { display: "flex", flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, position: "relative" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", listStyle: "none" },
  groupHead: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightSemibold,
    background: tokens.colorNeutralBackground2,
    borderRadius: 0,
  },
  groupExtra: { padding: "0 8px" },
  empty: { display: "flex", flexDirection: "column", alignItems: "center", rowGap: "6px", padding: "16px 8px", textAlign: "center" },
  position: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2, padding: "0 4px" },
});

export interface FindingsViewProps {
  findings: Finding[];
  lang: Lang;
  rules: RuleInfo[];
  ignored: Set<string>;
  onGo(sheet: string, cell: string, related?: CellRef[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
  /** The read-only cell view, drawn inside the card last opened (narrow panes); null to leave it elsewhere. */
  cellView?: React.ReactNode;
  /** Extra actions under a finding (fixes), given by the host. */
  renderExtra?(f: Finding): React.ReactNode;
  /** Actions on a whole rule's findings ("Perbaiki semua"), under the rule's group and above a list filtered to one rule. */
  renderRuleExtra?(rule: string, findings: Finding[]): React.ReactNode;
  /** Where focus goes when no card is left to take it. */
  onNoCardLeft?(): void;
}

/** A callback whose identity never changes but always calls the latest function. */
function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = React.useRef(fn);
  ref.current = fn;
  return React.useCallback((...args: A) => ref.current(...args), []);
}

const keyOf = (f: Finding) => `${f.fingerprint}\u0000${f.cell}`;

type Row = { type: "group"; key: string; label: string; count: number; open: boolean; rule?: string; findings: Finding[] } | { type: "card"; key: string; f: Finding; card: number };

export function FindingsView(props: FindingsViewProps) {
  const { findings, lang, rules, ignored, cellView, renderExtra, renderRuleExtra } = props;
  const s = useStyles();
  const onIgnoreP = useStable(props.onIgnore);
  const onUnignoreP = useStable(props.onUnignore);
  const onGoP = useStable(props.onGo);
  const [sevOn, setSevOn] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [rule, setRule] = React.useState<string>("");
  const [groupBy, setGroupBy] = React.useState<"sheet" | "rule">("sheet");
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [query, setQuery] = React.useState("");
  const deferredQuery = React.useDeferredValue(query);
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  // Groups the reader closed (all open by default: one scroll reaches every finding).
  const [closed, setClosed] = React.useState<Set<string>>(new Set());
  const [currentKey, setCurrentKey] = React.useState<string | null>(null);
  const [viewKey, setViewKey] = React.useState<string | null>(null);
  const focusAfter = React.useRef<{ key?: string; index?: number; button?: "cell" | "ignore" | "unignore" } | null>(null);
  const listRef = React.useRef<HTMLUListElement>(null);

  const title = React.useCallback(
    (code: string) => {
      const r = rules.find((x) => x.code === code);
      return r ? `${code} — ${lang === "en" ? r.title.en : r.title.id}` : code;
    },
    [rules, lang],
  );

  // Lowercased text to search per finding, built once per result.
  const searching = deferredQuery.trim() !== "";
  const haystack = React.useMemo(() => {
    const m = new Map<Finding, string>();
    if (!searching) return m;
    for (const f of findings) {
      m.set(f, [f.message, f.messageEn, `${f.sheet}!${f.cell}`, f.rule, f.expected ?? "", f.actual ?? "", f.suggestion ?? ""].join(" \u0001 ").toLowerCase());
    }
    return m;
  }, [findings, searching]);

  const ignoredCount = React.useMemo(() => findings.reduce((n, f) => n + (ignored.has(f.fingerprint) ? 1 : 0), 0), [findings, ignored]);
  // The switch turns itself off once nothing is ignored any more.
  React.useEffect(() => {
    if (ignoredCount === 0 && showIgnored) setShowIgnored(false);
  }, [ignoredCount, showIgnored]);

  // The controls paint at once; the list follows as a transition (React yields to the next frame meanwhile).
  const sevOnD = React.useDeferredValue(sevOn);
  const ruleD = React.useDeferredValue(rule);
  const groupByD = React.useDeferredValue(groupBy);
  const closedD = React.useDeferredValue(closed);
  const q = deferredQuery.trim().toLowerCase();
  const { visible, sevCounts, ruleCounts, codes } = React.useMemo(() => {
    const base = showIgnored ? findings : findings.filter((f) => !ignored.has(f.fingerprint));
    const matchesQ = (f: Finding) => !q || haystack.get(f)!.includes(q);
    const sevCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const ruleCounts = new Map<string, number>();
    const visible: Finding[] = [];
    for (const f of base) {
      if (!matchesQ(f)) continue;
      const sevOk = sevOnD[f.severity];
      const ruleOk = !ruleD || f.rule === ruleD;
      if (ruleOk) sevCounts[f.severity]++;
      if (sevOk) ruleCounts.set(f.rule, (ruleCounts.get(f.rule) ?? 0) + 1);
      if (sevOk && ruleOk) visible.push(f);
    }
    const codes = [...new Set(findings.map((f) => f.rule))];
    return { visible, sevCounts, ruleCounts, codes };
  }, [findings, ignored, showIgnored, q, sevOnD, ruleD, haystack]);

  const { rows, cards, groupKeys } = React.useMemo(() => {
    const groups = new Map<string, Finding[]>();
    const groupBy = groupByD;
    const closed = closedD;
    for (const f of visible) {
      const k = groupBy === "sheet" ? f.sheet : f.rule;
      const g = groups.get(k);
      if (g) g.push(f);
      else groups.set(k, [f]);
    }
    const rows: Row[] = [];
    const cards: Finding[] = [];
    for (const [k, list] of groups) {
      const open = !closed.has(`${groupBy}:${k}`);
      rows.push({ type: "group", key: `${groupBy}:${k}`, label: groupBy === "rule" ? title(k) : k, count: list.length, open, rule: groupBy === "rule" ? k : undefined, findings: list });
      for (const f of list) {
        cards.push(f);
        if (open) rows.push({ type: "card", key: keyOf(f), f, card: cards.length - 1 });
      }
    }
    return { rows, cards, groupKeys: [...groups.keys()].map((k) => `${groupBy}:${k}`) };
  }, [visible, groupByD, closedD, title]);

  const rowIndexOfKey = React.useMemo(() => {
    const m = new Map<string, number>();
    rows.forEach((r, i) => m.set(r.key, i));
    return m;
  }, [rows]);

  // The list scrolls with the page: its offset from the top of the document is the virtualiser's margin.
  const [margin, setMargin] = React.useState(0);
  React.useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.type === "group" ? 34 : 150),
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]?.key ?? i,
  });

  const focusCard = (key: string, button: "cell" | "ignore" | "unignore" = "cell") => {
    const idx = rowIndexOfKey.get(key);
    if (idx === undefined) return false;
    virtualizer.scrollToIndex(idx, { align: "auto" });
    const tryFocus = (attempt: number) => {
      const row = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-row-key]") ?? [])].find((x) => x.dataset.rowKey === key);
      const el = row?.querySelector<HTMLElement>(`[data-testid="finding-${button}"]`);
      if (el) el.focus({ preventScroll: attempt > 0 });
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    requestAnimationFrame(() => tryFocus(0));
    return true;
  };

  // After Abaikan / Tampilkan lagi the card list changes: move focus to the card that took the place.
  React.useEffect(() => {
    const want = focusAfter.current;
    if (!want) return;
    focusAfter.current = null;
    if (want.key && rowIndexOfKey.has(want.key)) {
      focusCard(want.key, want.button);
      return;
    }
    if (want.index !== undefined && cards.length > 0) {
      const f = cards[Math.min(want.index, cards.length - 1)];
      setCurrentKey(keyOf(f));
      focusCard(keyOf(f), "cell");
      return;
    }
    props.onNoCardLeft?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cards, rowIndexOfKey]);

  const onIgnore = React.useCallback(
    (f: Finding) => {
      const index = cards.indexOf(f);
      focusAfter.current = showIgnored ? { key: keyOf(f), button: "unignore" } : { index: Math.max(0, index) };
      onIgnoreP(f);
    },
    [cards, showIgnored, onIgnoreP],
  );
  const onUnignore = React.useCallback(
    (f: Finding) => {
      focusAfter.current = { key: keyOf(f), button: "ignore" };
      onUnignoreP(f);
    },
    [onUnignoreP],
  );
  const onGo = React.useCallback(
    (f: Finding, target?: CellRef) => {
      setCurrentKey(keyOf(f));
      setViewKey(keyOf(f));
      if (target) onGoP(target.sheet, target.cell);
      else onGoP(f.sheet, f.cell, f.related);
    },
    [onGoP],
  );

  // Position of each card, built once per list (not a search through every finding on each render).
  const cardIndexOfKey = React.useMemo(() => {
    const m = new Map<string, number>();
    cards.forEach((f, i) => m.set(keyOf(f), i));
    return m;
  }, [cards]);
  const currentIndex = currentKey ? cardIndexOfKey.get(currentKey) ?? -1 : -1;
  const step = (dir: 1 | -1) => {
    if (cards.length === 0) return;
    const next = currentIndex < 0 ? (dir === 1 ? 0 : cards.length - 1) : (currentIndex + dir + cards.length) % cards.length;
    const f = cards[next];
    const group = `${groupBy}:${groupBy === "sheet" ? f.sheet : f.rule}`;
    if (closed.has(group)) {
      const c = new Set(closed);
      c.delete(group);
      setClosed(c);
    }
    onGo(f);
    focusAfter.current = { key: keyOf(f), button: "cell" };
    // The list may not change: focus now as well.
    requestAnimationFrame(() => {
      if (focusAfter.current?.key === keyOf(f)) {
        focusAfter.current = null;
        focusCard(keyOf(f));
      }
    });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      step(e.key === "ArrowDown" ? 1 : -1);
    }
  };

  const resetFilters = () => {
    setSevOn({ error: true, warning: true, info: true });
    setRule("");
    setQuery("");
  };
  const activeFilters = (SEVERITIES.some((x) => !sevOn[x]) ? 1 : 0) + (rule ? 1 : 0) + (showIgnored ? 1 : 0);
  const toggleGroup = (key: string) => {
    const c = new Set(closed);
    if (c.has(key)) c.delete(key);
    else c.add(key);
    setClosed(c);
  };
  const allOpen = groupKeys.every((k) => !closed.has(k));
  const items = virtualizer.getVirtualItems();

  return (
    <section aria-label={t(lang, "tabFindings")} className={s.root} onKeyDown={onKeyDown} data-testid="findings">
      <ul className={s.counts} aria-label={t(lang, "countsLabel")} data-testid="counts">
        {SEVERITIES.map((sev) => (
          <li key={sev}>
            <Badge appearance="tint" color={severityColour[sev]} data-testid={`count-${sev}`}>
              {t(lang, `count_${sev}`, { n: sevCounts[sev] })}
            </Badge>
          </li>
        ))}
      </ul>
      <div className={s.toolbar}>
        <Input
          className={s.search}
          type="search"
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          contentBefore={<Search20Regular />}
          placeholder={t(lang, "searchPlaceholder")}
          aria-label={t(lang, "search")}
          data-testid="search"
        />
        <Button
          size="small"
          icon={<Filter16Regular />}
          aria-expanded={filtersOpen}
          aria-controls="sakip-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
          data-testid="filters-toggle"
        >
          {t(lang, "filters")}
          {activeFilters ? ` (${activeFilters})` : ""}
        </Button>
        <Button size="small" icon={<ArrowUp16Regular />} aria-label={t(lang, "prevFinding")} title={t(lang, "prevFinding")} onClick={() => step(-1)} disabled={!cards.length} data-testid="prev" />
        <span className={s.position} data-testid="position">
          {cards.length ? t(lang, "position", { i: currentIndex >= 0 ? currentIndex + 1 : "–", n: cards.length }) : ""}
        </span>
        <Button size="small" icon={<ArrowDown16Regular />} aria-label={t(lang, "nextFinding")} title={t(lang, "nextFinding")} onClick={() => step(1)} disabled={!cards.length} data-testid="next" />
        <Button
          size="small"
          appearance="subtle"
          icon={allOpen ? <ChevronDoubleUp16Regular /> : <ChevronDoubleDown16Regular />}
          onClick={() => setClosed(allOpen ? new Set(groupKeys) : new Set())}
          aria-label={allOpen ? t(lang, "collapseAll") : t(lang, "expandAll")}
          title={allOpen ? t(lang, "collapseAll") : t(lang, "expandAll")}
          data-testid="expand-all"
        />
      </div>
      {filtersOpen && (
      <fieldset className={s.filters} id="sakip-filters" data-testid="filters">
        <legend>{t(lang, "filters")}</legend>
        <div className={s.sevs} role="group" aria-label={t(lang, "severity")}>
          {SEVERITIES.map((sev) => (
            <Checkbox
              key={sev}
              label={`${t(lang, sev)} (${sevCounts[sev]})`}
              checked={sevOn[sev]}
              onChange={(_, d) => setSevOn({ ...sevOn, [sev]: d.checked === true })}
            />
          ))}
        </div>
        <Field label={t(lang, "rule")} style={{ minWidth: 0 }}>
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
                {`${title(c)} (${ruleCounts.get(c) ?? 0})`}
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
      )}
      {cards.length === 0 && findings.length > 0 && (
        <div className={s.empty} data-testid="no-match">
          <FilterDismiss24Regular aria-hidden="true" />
          <Text weight="semibold">{t(lang, "noMatchTitle")}</Text>
          <Text size={200}>{t(lang, "noMatch")}</Text>
          <Button size="small" onClick={resetFilters}>
            {t(lang, "resetFilters")}
          </Button>
        </div>
      )}
      {ruleD && groupByD === "sheet" && renderRuleExtra && visible.length > 0 && <div>{renderRuleExtra(ruleD, visible)}</div>}
      <ul ref={listRef} className={s.list} style={{ height: virtualizer.getTotalSize() }} data-testid="finding-list">
        {items.map((item) => {
          const r = rows[item.index];
          if (!r) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              data-row-key={r.key}
              ref={virtualizer.measureElement}
              className={s.row}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              data-testid={r.type === "group" ? "group" : undefined}
            >
              {r.type === "group" ? (
                <>
                  <Button
                    appearance="subtle"
                    className={s.groupHead}
                    icon={r.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                    aria-expanded={r.open}
                    onClick={() => toggleGroup(r.key)}
                  >
                    {`${r.label} (${r.count})`}
                  </Button>
                  {r.rule && renderRuleExtra && <div className={s.groupExtra}>{renderRuleExtra(r.rule, r.findings)}</div>}
                </>
              ) : (
                <ul style={{ margin: 0, padding: 0 }}>
                  <FindingCard
                    finding={r.f}
                    lang={lang}
                    ignored={ignored.has(r.f.fingerprint)}
                    current={currentKey === r.key}
                    cellView={viewKey === r.key ? cellView : undefined}
                    extra={renderExtra?.(r.f)}
                    onGo={onGo}
                    onIgnore={onIgnore}
                    onUnignore={onUnignore}
                  />
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {ignoredCount > 0 && !showIgnored && <Text size={200}>{t(lang, "ignoredCount", { n: ignoredCount })}</Text>}
    </section>
  );
}
