// "Bandingkan dengan file lain…": picks other .xlsx files to validate beside the open workbook, and an official
// nomenclature list. Everything comes through props: the parent reads the files (src/excel/document-set.ts) and
// passes the names back; nothing here touches the workbook, the files, or the network.
import * as React from "react";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { DocumentMultiple16Regular } from "@fluentui/react-icons";
import { Lang, t } from "../i18n";
import type { Said } from "../../excel/port";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "6px" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: "18px" },
  note: { color: "#605e5c" },
  error: { color: "#a4262c" },
});


export interface CompareFilesProps {
  lang: Lang;
  /** Names of the files opened beside the workbook. */
  files: string[];
  /** Files that could not be read, with the reader's message. */
  failed?: Array<{ name: string; reason: Said }>;
  /** The nomenclature in use, if any. */
  nomenclature?: { name: string; size: number };
  busy?: boolean;
  onPick(files: File[]): void;
  onRemove(name: string): void;
  /** Without these, the nomenclature is picked elsewhere (the pane has it in Pengaturan). */
  onPickNomenclature?(file: File): void;
  onClearNomenclature?(): void;
}

export function CompareFiles(p: CompareFilesProps) {
  const s = useStyles();
  const filesInput = React.useRef<HTMLInputElement>(null);
  const nomInput = React.useRef<HTMLInputElement>(null);
  const take = (e: React.ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(e.target.files ?? []);
    e.target.value = ""; // the same file can be picked again after removing it
    return list;
  };
  return (
    <section className={s.box} aria-label={t(p.lang, "compare")}>
      <div className={s.row}>
        <Button size="small" disabled={p.busy} icon={<DocumentMultiple16Regular />} onClick={() => filesInput.current?.click()}>{t(p.lang, "compare")}</Button>
        {p.onPickNomenclature && (
          <Button size="small" disabled={p.busy} appearance="subtle" onClick={() => nomInput.current?.click()}>{t(p.lang, "compareNomenclature")}</Button>
        )}
      </div>
      <input ref={filesInput} data-testid="compare-files-input" aria-label={t(p.lang, "compare")} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple hidden
        onChange={(e) => { const l = take(e); if (l.length) p.onPick(l); }} />
      <input ref={nomInput} data-testid="nomenclature-input" aria-label={t(p.lang, "compareNomenclature")} type="file" accept=".xlsx" hidden
        onChange={(e) => { const l = take(e); if (l[0]) p.onPickNomenclature?.(l[0]); }} />
      {p.busy && <Text>{t(p.lang, "compareReading")}</Text>}
      {p.files.length > 0 && (
        <>
          <ul className={s.list}>
            {p.files.map((name) => (
              <li key={name} className={s.row}>
                <Text>{name}</Text>
                <Button size="small" appearance="subtle" aria-label={`${t(p.lang, "compareRemove")} ${name}`} onClick={() => p.onRemove(name)}>{t(p.lang, "compareRemove")}</Button>
              </li>
            ))}
          </ul>
          <Text size={200} className={s.note}>{t(p.lang, "compareReadOnly")}</Text>
        </>
      )}
      {(p.failed ?? []).map((f) => (
        <Text key={f.name} role="alert" className={s.error}>{f.name}: {f.reason[p.lang]}</Text>
      ))}
      {p.nomenclature && p.onClearNomenclature && (
        <div className={s.row}>
          <Text size={200}>{t(p.lang, "compareNomenclatureOn", { name: p.nomenclature.name, size: p.nomenclature.size.toLocaleString(p.lang === "id" ? "id-ID" : "en-US") })}</Text>
          <Button size="small" appearance="subtle" onClick={p.onClearNomenclature}>{t(p.lang, "compareRemove")}</Button>
        </div>
      )}
    </section>
  );
}
