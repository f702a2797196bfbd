import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellRef, Finding } from "../../core/findings/finding";
import { Lang, t } from "../i18n";
import { formatDifference, shownValue, suggestionOf } from "../format";
import type { FixChange } from "../../port";
import { FixPanel } from "./FixPanel";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    padding: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "4px" },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "4px" },
  ignored: { opacity: 0.6 },
});

export const severityColour = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingCardProps {
  finding: Finding;
  lang: Lang;
  ignored: boolean;
  onGo(sheet: string, cell: string, related?: CellRef[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
  /** Fixes: offered only where the port can write and the finding proposes one. */
  canFix?: boolean;
  fixApplied?: boolean;
  fixBusy?: boolean;
  onFix?(change: FixChange): void;
  onUndoFix?(f: Finding): void;
}

function FindingCardView({ finding: f, lang, ignored, onGo, onIgnore, onUnignore, canFix, fixApplied, fixBusy, onFix, onUndoFix }: FindingCardProps) {
  const s = useStyles();
  const diff = formatDifference(f, lang);
  const suggestion = suggestionOf(f, lang);
  const where = `${f.sheet}!${f.cell}`;
  return (
    <li className={ignored ? `${s.card} ${s.ignored}` : s.card} data-testid="finding" data-rule={f.rule} data-fingerprint={f.fingerprint}>
      <div className={s.head}>
        <Badge appearance="filled" color={severityColour[f.severity]} size="small">
          {t(lang, f.severity)}
        </Badge>
        <Button
          appearance="transparent"
          size="small"
          onClick={() => onGo(f.sheet, f.cell, f.related)}
          aria-label={t(lang, "goTo", { cell: where })}
          data-testid="finding-cell"
        >
          {where}
        </Button>
        <Text size={200} font="monospace">
          {f.rule}
        </Text>
        {ignored && (
          <Badge appearance="outline" size="small">
            {t(lang, "ignoredBadge")}
          </Badge>
        )}
      </div>
      <Text as="p" style={{ margin: 0 }} data-testid="finding-message">
        {lang === "en" ? f.messageEn : f.message}
      </Text>
      {(f.expected !== null || f.actual !== null || diff !== null) && (
        <dl className={s.facts}>
          {f.expected !== null && (
            <>
              <dt className={s.dt}>{t(lang, "expected")}</dt>
              <dd className={s.dd}>{shownValue(f.expected, lang)}</dd>
            </>
          )}
          {f.actual !== null && (
            <>
              <dt className={s.dt}>{t(lang, "actual")}</dt>
              <dd className={s.dd}>{shownValue(f.actual, lang)}</dd>
            </>
          )}
          {diff !== null && (
            <>
              <dt className={s.dt}>{t(lang, "difference")}</dt>
              <dd className={s.dd} data-testid="finding-difference">
                {diff}
              </dd>
            </>
          )}
        </dl>
      )}
      {suggestion && (
        <Text size={200}>
          {t(lang, "suggestion")}: {suggestion}
        </Text>
      )}
      {canFix && f.fix && onFix && onUndoFix && (
        <FixPanel finding={f} lang={lang} applied={!!fixApplied} busy={fixBusy} onApply={onFix} onUndo={() => onUndoFix(f)} />
      )}
      <div className={s.actions}>
        {f.related.length > 0 && (
          <>
            <Text size={200}>{t(lang, "related")}:</Text>
            {f.related.map((r) => (
              <Button
                key={`${r.sheet}!${r.cell}`}
                size="small"
                appearance="subtle"
                onClick={() => onGo(r.sheet, r.cell)}
                aria-label={t(lang, "goTo", { cell: `${r.sheet}!${r.cell}` })}
              >
                {r.sheet === f.sheet ? r.cell : `${r.sheet}!${r.cell}`}
              </Button>
            ))}
          </>
        )}
        {ignored ? (
          <Button size="small" onClick={() => onUnignore(f)}>
            {t(lang, "unignore")}
          </Button>
        ) : (
          <Button size="small" onClick={() => onIgnore(f)} aria-label={t(lang, "ignoreLabel", { rule: f.rule, cell: where })}>
            {t(lang, "ignore")}
          </Button>
        )}
      </div>
    </li>
  );
}

/** Memoised: with thousands of findings, a filter or "show more" re-renders only the cards that changed. */
export const FindingCard = React.memo(FindingCardView);
