import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Eye16Regular, EyeOff16Regular, LocationArrow16Regular } from "@fluentui/react-icons";
import type { CellRef, Finding } from "../../core/findings/finding";
import { Lang, t } from "../i18n";
import { formatDifference, localiseFigures } from "../format";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    padding: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    listStyle: "none",
  },
  current: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "4px" },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  // The formula as written beside the one expected: monospace, wrapped anywhere (formulas have no spaces).
  formulas: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", columnGap: "8px", rowGap: "4px", margin: 0 },
  formula: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0, margin: 0 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    wordBreak: "break-all",
    padding: "2px 4px",
    borderRadius: tokens.borderRadiusSmall,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "4px" },
  // Ignored cards stay readable (no opacity): a muted background and a badge say it.
  ignored: { background: tokens.colorNeutralBackground3 },
  ignoredTag: { color: tokens.colorNeutralForeground1, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall, padding: "0 4px" },
});

const FORMULA_RULE = /^SAKIP-FORMULA-/;

export const severityColour = { error: "danger", warning: "warning", info: "informative" } as const;

/** A finding with the extra text the catalogue may add (English suggestion). */
type CardFinding = Finding & { suggestionEn?: string | null };

export interface FindingCardProps {
  finding: CardFinding;
  lang: Lang;
  ignored: boolean;
  /** The finding the reader is on (next / previous, last click). */
  current?: boolean;
  /** Shown inside the card, below its facts: the read-only cell view on narrow panes. */
  cellView?: React.ReactNode;
  /** Extra actions for this finding (fix, make formula), given by the host. */
  extra?: React.ReactNode;
  onGo(f: Finding, target?: CellRef): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
}

function FindingCardView({ finding: f, lang, ignored, current, cellView, extra, onGo, onIgnore, onUnignore }: FindingCardProps) {
  const s = useStyles();
  const diff = formatDifference(f, lang);
  const where = `${f.sheet}!${f.cell}`;
  const fig = (v: string) => localiseFigures(v, lang);
  const suggestion = lang === "en" ? f.suggestionEn ?? null : f.suggestion;
  // Until the catalogue has an English suggestion, English mode shows the Indonesian one, marked as such.
  const suggestionFallback = lang === "en" && !f.suggestionEn && f.suggestion ? f.suggestion : null;
  const cls = [s.card, ignored ? s.ignored : "", current ? s.current : ""].join(" ");
  // Formula findings carry the formula as written (actual) and the one expected, in the workbook's notation.
  const formulas = FORMULA_RULE.test(f.rule) && f.actual !== null && f.expected !== null && (/^=/.test(f.actual) || /^=/.test(f.expected));
  return (
    <li className={cls} data-testid="finding" data-rule={f.rule} data-fingerprint={f.fingerprint} data-current={current ? "true" : undefined}>
      <div className={s.head}>
        <Badge appearance="filled" color={severityColour[f.severity]} size="small">
          {t(lang, f.severity)}
        </Badge>
        <Button
          appearance="transparent"
          size="small"
          icon={<LocationArrow16Regular />}
          onClick={() => onGo(f)}
          aria-label={t(lang, "goTo", { cell: where })}
          data-testid="finding-cell"
        >
          {where}
        </Button>
        <Text size={200} font="monospace">
          {f.rule}
        </Text>
        {ignored && (
          <Text size={200} weight="semibold" className={s.ignoredTag}>
            {t(lang, "ignoredBadge")}
          </Text>
        )}
      </div>
      <Text as="p" style={{ margin: 0 }} data-testid="finding-message">
        {lang === "en" ? f.messageEn : f.message}
      </Text>
      {formulas && (
        <div className={s.formulas} data-testid="finding-formulas">
          <figure className={s.formula}>
            <figcaption className={s.dt}>{t(lang, /^=/.test(f.actual!) ? "formulaWritten" : "actual")}</figcaption>
            <code className={s.code} data-testid="formula-written">
              {f.actual}
            </code>
          </figure>
          <figure className={s.formula}>
            <figcaption className={s.dt}>{t(lang, /^=/.test(f.expected!) ? "formulaExpected" : "expected")}</figcaption>
            <code className={s.code} data-testid="formula-expected">
              {f.expected}
            </code>
          </figure>
        </div>
      )}
      {formulas && diff !== null && (
        <dl className={s.facts}>
          <dt className={s.dt}>{t(lang, "difference")}</dt>
          <dd className={s.dd} data-testid="finding-difference">
            {diff.text}
            {diff.direction ? ` (${diff.direction})` : ""}
          </dd>
        </dl>
      )}
      {!formulas && (f.expected !== null || f.actual !== null || diff !== null) && (
        <dl className={s.facts}>
          {f.expected !== null && (
            <>
              <dt className={s.dt}>{t(lang, "expected")}</dt>
              <dd className={s.dd} data-testid="finding-expected">{fig(f.expected)}</dd>
            </>
          )}
          {f.actual !== null && (
            <>
              <dt className={s.dt}>{t(lang, "actual")}</dt>
              <dd className={s.dd} data-testid="finding-actual">{fig(f.actual)}</dd>
            </>
          )}
          {diff !== null && (
            <>
              <dt className={s.dt}>{t(lang, "difference")}</dt>
              <dd className={s.dd} data-testid="finding-difference">
                {diff.text}
                {diff.direction ? ` (${diff.direction})` : ""}
              </dd>
            </>
          )}
        </dl>
      )}
      {suggestion && (
        <Text size={200} data-testid="finding-suggestion">
          {t(lang, "suggestion")}: {suggestion}
        </Text>
      )}
      {suggestionFallback && (
        <Text size={200} data-testid="finding-suggestion">
          {t(lang, "suggestionIdOnly")}: <span lang="id">{suggestionFallback}</span>
        </Text>
      )}
      {cellView}
      {extra}
      <div className={s.actions}>
        {f.related.length > 0 && (
          <>
            <Text size={200}>{t(lang, "related")}:</Text>
            {f.related.map((r) => (
              <Button
                key={`${r.sheet}!${r.cell}`}
                size="small"
                appearance="subtle"
                onClick={() => onGo(f, r)}
                aria-label={t(lang, "goTo", { cell: `${r.sheet}!${r.cell}` })}
              >
                {r.sheet === f.sheet ? r.cell : `${r.sheet}!${r.cell}`}
              </Button>
            ))}
          </>
        )}
        {ignored ? (
          <Button size="small" icon={<Eye16Regular />} onClick={() => onUnignore(f)} data-testid="finding-unignore">
            {t(lang, "unignore")}
          </Button>
        ) : (
          <Button
            size="small"
            icon={<EyeOff16Regular />}
            onClick={() => onIgnore(f)}
            aria-label={t(lang, "ignoreLabel", { rule: f.rule, cell: where })}
            data-testid="finding-ignore"
          >
            {t(lang, "ignore")}
          </Button>
        )}
      </div>
    </li>
  );
}

/** Memoised: with thousands of findings, a filter re-renders only the cards that changed. */
export const FindingCard = React.memo(FindingCardView);
