// "Petakan tabel ini…": where recognition fails, the planner says what a table is (header row, kind, each column's
// role). The mapping is saved with the workbook's settings (settings.mappings) and validation uses it there.
import * as React from "react";
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Save16Regular } from "@fluentui/react-icons";
import type { TableMapping } from "../../core/settings";
import type { ColumnRole, TableKind } from "../../core/tables/table";
import type { SheetSnapshot } from "../../core/workbook/snapshot";
import { columnLetters } from "../../excel/a1";
import { kindLabel, roleLabel } from "../../presenters/coverage";
import { Lang, t } from "../i18n";

const KINDS: TableKind[] = ["indicator", "budget", "measurement", "efficiency", "skm", "merit", "staff"];
const ROLES: ColumnRole[] = [
  "no", "kode", "sasaran", "indikator", "program", "kegiatan", "subkegiatan", "uraian", "satuan", "polaritas", "target",
  "realisasi", "capaian", "capaian_kinerja", "anggaran", "pagu", "realisasi_anggaran", "capaian_anggaran", "serapan", "sisa",
  "efisiensi", "share", "unsur", "jumlah_nilai", "responden", "nrr", "nrr_tertimbang", "ikm", "mutu", "jawaban", "aspek",
  "bobot", "skor", "nilai", "nilai_maks", "kategori", "nama", "nip", "jabatan", "pangkat", "ket",
];
/** Columns offered: enough for the widest planning form, a bounded form however wide the sheet's used range. */
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "8px", padding: "8px", border: `1px solid ${tokens.colorBrandStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  cols: { display: "flex", flexDirection: "column", rowGap: "4px", border: "none", margin: 0, padding: 0, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "4px", alignItems: "center" },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

const cellText = (sheet: SheetSnapshot, row: number, col: number): string => {
  const c = sheet.cells.find((x) => x.row === row && x.col === col);
  if (!c || c.value === null || c.value === undefined) return "";
  return (c.text ?? String(c.value)).replace(/\s+/g, " ").trim();
};

/** The first row holding two or more text cells: a likely header (1-based). */
function guessHeaderRow(sheet: SheetSnapshot): number {
  const texts = new Map<number, number>();
  for (const c of sheet.cells) {
    if (c.type !== "string" || !String(c.value).trim()) continue;
    const n = (texts.get(c.row) ?? 0) + 1;
    texts.set(c.row, n);
    if (n >= 2) return c.row + 1;
  }
  return 1;
}

export interface MappingEditorProps {
  lang: Lang;
  sheet: SheetSnapshot;
  /** A mapping already saved for this sheet, to edit. */
  existing?: TableMapping;
  onSave(m: TableMapping): Promise<void>;
  onCancel(): void;
}

export function MappingEditor({ lang, sheet, existing, onSave, onCancel }: MappingEditorProps) {
  const s = useStyles();
  const [headerRow, setHeaderRow] = React.useState(String(existing?.headerRow ?? guessHeaderRow(sheet)));
  const [lastRow, setLastRow] = React.useState(existing?.lastRow ? String(existing.lastRow) : "");
  const [kind, setKind] = React.useState<TableKind>(existing?.kind ?? "measurement");
  const [roles, setRoles] = React.useState<Record<string, ColumnRole>>(existing?.columns ?? {});
  const [saving, setSaving] = React.useState(false);
  const titleRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => titleRef.current?.focus(), []);

  const width = Math.min(MAX_COLUMNS, Math.max(1, sheet.colCount, ...sheet.cells.map((c) => c.col + 1)));
  const header = Number(headerRow);
  const headerOk = Number.isInteger(header) && header >= 1 && header <= Math.max(1, sheet.rowCount);
  const last = lastRow.trim() === "" ? undefined : Number(lastRow);
  const lastOk = last === undefined || (Number.isInteger(last) && headerOk && last > header);
  const chosen = Object.keys(roles).length > 0;
  const id = (what: string) => `sakip-map-${what}-${sheet.name.replace(/[^A-Za-z0-9]/g, "_")}`;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!headerOk || !lastOk || !chosen) return;
    setSaving(true);
    try {
      await onSave({ sheet: sheet.name, headerRow: header, kind, columns: roles, ...(last !== undefined ? { lastRow: last } : {}) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={s.form} onSubmit={save} aria-labelledby={id("title")} data-testid="mapping-editor">
      <h3 id={id("title")} ref={titleRef} tabIndex={-1} className={s.title}>
        {t(lang, "mapTitle", { sheet: sheet.name })}
      </h3>
      <Text size={200}>{t(lang, "mapIntro")}</Text>
      <Field label={t(lang, "mapHeaderRow")} validationMessage={headerOk ? undefined : t(lang, "invalidNumber")}>
        <Input type="number" min={1} value={headerRow} onChange={(_, d) => setHeaderRow(d.value)} data-testid="map-header-row" />
      </Field>
      <Field label={t(lang, "mapLastRow")} validationMessage={lastOk ? undefined : t(lang, "invalidNumber")}>
        <Input type="number" min={1} value={lastRow} onChange={(_, d) => setLastRow(d.value)} data-testid="map-last-row" />
      </Field>
      <Field label={t(lang, "mapKind")}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as TableKind)} data-testid="map-kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={s.cols}>
        <legend>{t(lang, "mapColumns")}</legend>
        {Array.from({ length: width }, (_, col) => {
          const letter = columnLetters(col);
          const text = headerOk ? cellText(sheet, header - 1, col) : "";
          return (
            <Field key={letter} label={t(lang, "mapColumn", { col: letter, header: text || "—" })} style={{ minWidth: 0 }}>
              <Select
                value={roles[letter] ?? ""}
                data-testid={`map-col-${letter}`}
                onChange={(_, d) => {
                  const next = { ...roles };
                  if (d.value) next[letter] = d.value as ColumnRole;
                  else delete next[letter];
                  setRoles(next);
                }}
              >
                <option value="">{t(lang, "mapNone")}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r, lang)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </fieldset>
      {!chosen && <Text size={200}>{t(lang, "mapNeedColumn")}</Text>}
      <div className={s.row}>
        <Button type="submit" appearance="primary" size="small" icon={<Save16Regular />} disabled={saving || !headerOk || !lastOk || !chosen}>
          {t(lang, "mapSave")}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t(lang, "cancel")}
        </Button>
      </div>
    </form>
  );
}
