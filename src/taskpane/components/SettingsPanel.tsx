import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Switch, Text, makeStyles } from "@fluentui/react-components";
import { Polarity, resolveSettings, ValidationSettings } from "../../core/settings";
import type { Capability, StoredSettings } from "../../excel/port";
import type { RuleInfo } from "../types";
import { Lang, said, t } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "12px" },
  rules: { display: "flex", flexDirection: "column", rowGap: "2px", border: "none", padding: 0, margin: 0 },
});

export interface SettingsPanelProps {
  lang: Lang;
  value: StoredSettings;
  rules: RuleInfo[];
  watch: Capability;
  persist: Capability;
  onSave(next: StoredSettings): Promise<void>;
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

export function SettingsPanel({ lang, value, rules, watch, persist, onSave }: SettingsPanelProps) {
  const s = useStyles();
  const v: ValidationSettings = resolveSettings(value.validation);
  const [money, setMoney] = React.useState(String(v.moneyTolerance));
  const [percent, setPercent] = React.useState(String(v.percentTolerance).replace(".", ","));
  const [preset, setPreset] = React.useState(v.meritWeightPreset);
  const [polarity, setPolarity] = React.useState<Polarity>(v.defaultPolarity);
  const [disabled, setDisabled] = React.useState<Set<string>>(new Set(v.disabledRules));
  const [auto, setAuto] = React.useState(value.autoValidate && watch.ok);
  const [status, setStatus] = React.useState("");
  const moneyN = numberOrNull(money);
  const percentN = numberOrNull(percent);

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
  };

  return (
    <form className={s.form} onSubmit={save} aria-label={t(lang, "settingsTitle")}>
      <Field
        label={t(lang, "moneyTolerance")}
        hint={t(lang, "moneyToleranceHint")}
        validationMessage={moneyN === null ? t(lang, "invalidNumber") : undefined}
      >
        <Input inputMode="decimal" value={money} onChange={(_, d) => setMoney(d.value)} contentBefore="Rp" />
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
          {rules.map((r) => (
            <Switch
              key={r.code}
              checked={!disabled.has(r.code)}
              label={`${r.code} — ${lang === "en" ? r.title.en : r.title.id}`}
              onChange={(_, d) => {
                const next = new Set(disabled);
                if (d.checked) next.delete(r.code);
                else next.add(r.code);
                setDisabled(next);
              }}
            />
          ))}
        </fieldset>
      )}
      <Switch
        checked={auto}
        disabled={!watch.ok}
        onChange={(_, d) => setAuto(d.checked)}
        label={t(lang, "autoValidate")}
      />
      {!watch.ok && watch.reason && <Text size={200}>{said(lang, watch.reason)}</Text>}
      <div>
        <Button type="submit" appearance="primary" disabled={moneyN === null || percentN === null}>
          {t(lang, "save")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {status}
      </div>
    </form>
  );
}
