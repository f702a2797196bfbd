import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Save16Regular } from "@fluentui/react-icons";
import { formatNumberId } from "../../core/numbers/money";
import { Polarity, resolveSettings, ValidationSettings } from "../../core/settings";
import type { Capability, StoredSettings } from "../../excel/port";
import type { RuleInfo } from "../types";
import { Lang, said, t } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "12px" },
  rules: { display: "flex", flexDirection: "column", rowGap: "2px", border: "none", padding: 0, margin: 0, minWidth: 0 },
  ruleRow: { display: "flex", flexDirection: "column" },
  help: { color: tokens.colorNeutralForeground2, paddingLeft: "44px", marginTop: "-4px" },
  allNone: { display: "flex", columnGap: "6px", flexWrap: "wrap", alignItems: "center", margin: "4px 0" },
  // Save stays reachable however long the list of rules is.
  footer: {
    position: "sticky",
    bottom: 0,
    background: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "8px 0",
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    zIndex: 2,
  },
});

export interface SettingsPanelProps {
  lang: Lang;
  value: StoredSettings;
  rules: RuleInfo[];
  watch: Capability;
  persist: Capability;
  onSave(next: StoredSettings): Promise<void>;
  /** Told whenever the form starts or stops differing from what is saved. */
  onDirtyChange?(dirty: boolean): void;
  /** Shown after a save when results exist: validate again with the new settings. */
  onRevalidate?(): void;
}

/** "1.000" and "1.000,5" (Indonesian), "0,5", "0.5", "1000": a number >= 0, or null. */
export function numberOrNull(text: string): number | null {
  let t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, ""); // dots that group thousands
  if (!/^\d*\.?\d+$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

export function SettingsPanel({ lang, value, rules, watch, persist, onSave, onDirtyChange, onRevalidate }: SettingsPanelProps) {
  const s = useStyles();
  const v: ValidationSettings = resolveSettings(value.validation);
  const [money, setMoney] = React.useState(formatNumberId(v.moneyTolerance));
  const [percent, setPercent] = React.useState(String(v.percentTolerance).replace(".", ","));
  const [preset, setPreset] = React.useState(v.meritWeightPreset);
  const [polarity, setPolarity] = React.useState<Polarity>(v.defaultPolarity);
  const [disabled, setDisabled] = React.useState<Set<string>>(new Set(v.disabledRules));
  const [auto, setAuto] = React.useState(value.autoValidate && watch.ok);
  const [status, setStatus] = React.useState("");
  const [savedOnce, setSavedOnce] = React.useState(false);
  const moneyN = numberOrNull(money);
  const percentN = numberOrNull(percent);
  const dirty =
    moneyN !== v.moneyTolerance ||
    percentN !== v.percentTolerance ||
    preset !== v.meritWeightPreset ||
    polarity !== v.defaultPolarity ||
    [...disabled].sort().join() !== [...v.disabledRules].sort().join() ||
    auto !== (value.autoValidate && watch.ok);
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (moneyN === null || percentN === null) return;
    await onSave({
      validation: {
        ...value.validation,
        moneyTolerance: moneyN,
        percentTolerance: percentN,
        meritWeightPreset: preset,
        defaultPolarity: polarity,
        disabledRules: [...disabled].sort(),
      },
      autoValidate: auto,
    });
    setStatus(persist.ok ? t(lang, "saved") : t(lang, "savedSession"));
    setSavedOnce(true);
  };

  return (
    <form className={s.form} onSubmit={save} aria-label={t(lang, "settingsTitle")}>
      <Field
        label={t(lang, "moneyTolerance")}
        hint={t(lang, "moneyToleranceHint")}
        validationMessage={moneyN === null ? t(lang, "invalidNumber") : undefined}
      >
        <Input
          inputMode="decimal"
          value={money}
          onChange={(_, d) => setMoney(d.value)}
          onBlur={() => moneyN !== null && setMoney(formatNumberId(moneyN, Number.isInteger(moneyN) ? 0 : 2))}
          contentBefore="Rp"
        />
      </Field>
      <Field
        label={t(lang, "percentTolerance")}
        hint={t(lang, "percentToleranceHint")}
        validationMessage={percentN === null ? t(lang, "invalidNumber") : undefined}
      >
        <Input inputMode="decimal" value={percent} onChange={(_, d) => setPercent(d.value)} />
      </Field>
      <Field label={t(lang, "meritPreset")}>
        <RadioGroup value={preset} onChange={(_, d) => setPreset(d.value as "iku" | "teks")}>
          <Radio value="iku" label={t(lang, "meritIku")} />
          <Radio value="teks" label={t(lang, "meritTeks")} />
        </RadioGroup>
      </Field>
      <Field label={t(lang, "polarity")}>
        <Select value={polarity} onChange={(_, d) => setPolarity(d.value as Polarity)}>
          <option value="positif">{t(lang, "polPositif")}</option>
          <option value="negatif">{t(lang, "polNegatif")}</option>
          <option value="negatif_rasio">{t(lang, "polNegatifRasio")}</option>
        </Select>
      </Field>
      {rules.length > 0 && (
        <fieldset className={s.rules}>
          <legend>{t(lang, "rulesOnOff")}</legend>
          <div className={s.allNone}>
            <Text size={200} data-testid="rules-active">
              {t(lang, "rulesActive", { n: rules.filter((r) => !disabled.has(r.code)).length, total: rules.length })}
            </Text>
            <Button size="small" onClick={() => setDisabled(new Set())}>
              {t(lang, "allOn")}
            </Button>
            <Button size="small" onClick={() => setDisabled(new Set(rules.map((r) => r.code)))}>
              {t(lang, "allOff")}
            </Button>
          </div>
          {rules.map((r) => {
            const help = r.help ? (lang === "en" ? r.help.en : r.help.id) : null;
            const helpId = `rule-help-${r.code}`;
            return (
              <div key={r.code} className={s.ruleRow}>
                <Switch
                  checked={!disabled.has(r.code)}
                  label={`${r.code} — ${lang === "en" ? r.title.en : r.title.id}`}
                  aria-describedby={help ? helpId : undefined}
                  onChange={(_, d) => {
                    const next = new Set(disabled);
                    if (d.checked) next.delete(r.code);
                    else next.add(r.code);
                    setDisabled(next);
                  }}
                />
                {help && (
                  <Text size={200} id={helpId} className={s.help}>
                    {help}
                  </Text>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <Switch
        checked={auto}
        disabled={!watch.ok}
        onChange={(_, d) => setAuto(d.checked)}
        label={t(lang, "autoValidate")}
      />
      {!watch.ok && watch.reason && <Text size={200}>{said(lang, watch.reason)}</Text>}
      <div className={s.footer} data-testid="settings-footer">
        <div>
          <Button type="submit" appearance="primary" icon={<Save16Regular />} disabled={moneyN === null || percentN === null}>
            {t(lang, "save")}
          </Button>
        </div>
        {dirty && <Text size={200}>{t(lang, "unsavedSettings")}</Text>}
        <div role="status" aria-live="polite">
          {!dirty && status}
        </div>
        {savedOnce && !dirty && onRevalidate && (
          <div>
            <Button size="small" onClick={onRevalidate}>
              {t(lang, "revalidate")}
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
