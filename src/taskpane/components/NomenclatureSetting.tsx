// Pengaturan › Nomenklatur resmi: the planner opens the Kepmendagri list (.xlsx); it is read here, kept for the
// session, and every run checks codes and names against it. Nothing is saved with the workbook or uploaded.
import * as React from "react";
import { Button, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BookDatabase16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import type { Said } from "../../excel/port";
import { localeOf } from "../../presenters/format";
import { Lang, said, t } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "6px", margin: "0 0 12px 0", padding: 0, border: "none", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "4px", overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface NomenclatureSettingProps {
  lang: Lang;
  /** The list in use, if any. */
  current?: { source: string; size: number } | null;
  error?: Said | null;
  busy?: boolean;
  onPick(file: File): void;
  onClear(): void;
}

export function NomenclatureSetting({ lang, current, error, busy, onPick, onClear }: NomenclatureSettingProps) {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <section className={s.box} aria-labelledby="sakip-nom-title" data-testid="nomenclature-setting">
      <Field label={{ children: t(lang, "nomTitle"), id: "sakip-nom-title" }} hint={t(lang, "nomHint")}>
        <div className={s.row}>
          <Button size="small" icon={<BookDatabase16Regular />} disabled={busy} onClick={() => input.current?.click()}>
            {t(lang, "nomPick")}
          </Button>
        </div>
      </Field>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t(lang, "nomPick")}
        data-testid="nomenclature-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) onPick(f);
        }}
      />
      <div className={s.row} role="status" aria-live="polite" data-testid="nomenclature-status">
        {current ? (
          <>
            <Text size={200}>{t(lang, "nomOn", { name: current.source, size: t(lang, "nomCodes", { n: localeOf(lang).number(current.size) }) })}</Text>
            <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} onClick={onClear}>
              {t(lang, "nomRemove")}
            </Button>
          </>
        ) : (
          <Text size={200} className={s.hint}>
            {t(lang, "nomOff")}
          </Text>
        )}
      </div>
      {error && (
        <Text size={200} role="alert" className={s.error} data-testid="nomenclature-error">
          {said(lang, error)}
        </Text>
      )}
    </section>
  );
}
