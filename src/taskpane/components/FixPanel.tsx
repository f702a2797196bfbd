// Fix, not only find: before and after for one finding, "Perbaiki" (the value), "Jadikan rumus" (a SAKIP function or
// a plain Excel formula) and "Batalkan"; and the whole rule at once with the list of changes shown first.
// Nothing is written unless the user clicks; every change goes through the port, which journals it for undo.
import * as React from "react";
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import type { FixMode } from "../../core/findings/fix";
import { changeFor, changesFor, type FixBatch, type FixChange, type UndoResult, type WorkbookPort } from "../../port";
import { countText, formulaText, localeOf, shownValue, type Lang } from "../../presenters/format";
import { PortError } from "../../port";

const TEXT = {
  id: {
    before: "Sekarang",
    after: "Menjadi",
    wasBefore: "Sebelumnya",
    isNow: "Sekarang",
    fix: "Perbaiki",
    fixLabel: "Perbaiki sel {cell}: tulis {value}",
    toFormula: "Jadikan rumus",
    sakip: "Fungsi SAKIP",
    plain: "Rumus Excel biasa",
    sakipHint: "Di Excel tanpa add-in SAKIP, sel ini tampil #NAME?.",
    plainHint: "Berfungsi juga di Excel tanpa add-in (rekan di Bappeda atau Inspektorat).",
    undo: "Batalkan",
    undoLabel: "Batalkan perbaikan sel {cell}",
    fixed: "Sel {cell} diperbaiki. \"Batalkan\" memulihkan isi dan formatnya persis.",
    undone: "Perbaikan dibatalkan: {n} sel dipulihkan persis.",
    kept: " {n} sel diubah sesudah perbaikan dan dibiarkan.",
    skipped: " {n} sel dilewati: {why}",
    fixAll: "Perbaiki semua ({n})",
    fixAllLabel: "Perbaiki semua ({n}): {rule}",
    fixedMany: "{n} diperbaiki dalam satu langkah. \"Batalkan semua\" memulihkan isi dan formatnya persis.",
    allFixed: "{n} diperbaiki.",
    undoAll: "Batalkan semua ({n})",
    undoAllLabel: "Batalkan semua ({n}): {rule}",
    listTitle: "Perubahan yang akan ditulis ({n})",
    confirm: "Tulis {n} perubahan",
    cancel: "Batal",
    formulaOf: "rumus {formula}",
  },
  en: {
    before: "Now",
    after: "Becomes",
    wasBefore: "Before",
    isNow: "Now",
    fix: "Fix",
    fixLabel: "Fix cell {cell}: write {value}",
    toFormula: "Make it a formula",
    sakip: "SAKIP function",
    plain: "Plain Excel formula",
    sakipHint: "In an Excel without the SAKIP add-in, this cell shows #NAME?.",
    plainHint: "Works in any Excel, without the add-in (colleagues at Bappeda or the Inspectorate).",
    undo: "Undo",
    undoLabel: "Undo the fix of cell {cell}",
    fixed: "Cell {cell} fixed. \"Undo\" restores its content and format exactly.",
    undone: "Fix undone: {n} cells restored exactly.",
    kept: " {n} cells changed after the fix were left alone.",
    skipped: " {n} cells skipped: {why}",
    fixAll: "Fix all ({n})",
    fixAllLabel: "Fix all ({n}): {rule}",
    fixedMany: "{n} fixed in one step. \"Undo all\" restores their content and format exactly.",
    allFixed: "{n} fixed.",
    undoAll: "Undo all ({n})",
    undoAllLabel: "Undo all ({n}): {rule}",
    listTitle: "Changes to be written ({n})",
    confirm: "Write {n} changes",
    cancel: "Cancel",
    formulaOf: "formula {formula}",
  },
} as const;

type Key = keyof (typeof TEXT)["id"];
export function fixText(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "4px", padding: "6px 8px", borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "4px", alignItems: "center" },
  list: { margin: 0, paddingLeft: "18px", maxHeight: "240px", overflowY: "auto" },
});

/** What a change writes, as the reader reads it: the value in their convention, or the formula in their notation. */
export function afterText(f: Finding, mode: FixMode, lang: Lang): string {
  const fix = f.fix!;
  if (mode !== "value") {
    const formula = mode === "sakip" ? fix.formula?.sakip : fix.formula?.plain;
    return formula ? formulaText(formula, lang) : "";
  }
  const percent = typeof fix.value === "number" && /%/.test(fix.numberFormat ?? "");
  if (typeof fix.value === "number") {
    const shown = shownValue(f.expected, lang);
    if (shown) return shown;
    return percent ? localeOf(lang).percent(fix.value) : localeOf(lang).number(fix.value);
  }
  return String(fix.value);
}

export interface FixPanelProps {
  finding: Finding;
  lang: Lang;
  /** This finding's fix is in the journal and can be undone. */
  applied: boolean;
  busy?: boolean;
  onApply(change: FixChange): void;
  onUndo(): void;
}

/** Before and after for one finding, and the buttons that act on it. Renders nothing for a finding without a fix. */
export function FixPanel({ finding: f, lang, applied, busy, onApply, onUndo }: FixPanelProps) {
  const s = useStyles();
  const [formulaMode, setFormulaMode] = React.useState<"plain" | "sakip">("plain");
  const [choosing, setChoosing] = React.useState(false);
  if (!f.fix) return null;
  const where = f.fix.cell;
  const value = changeFor(f, "value");
  const formula = changeFor(f, formulaMode);
  const hasFormula = !!f.fix.formula;
  return (
    <div className={s.box} data-testid="fix-panel">
      <dl className={s.facts}>
        {/* Once written, the cell holds the new figure: the labels say what was and what is. */}
        <dt className={s.dt}>{fixText(lang, applied ? "wasBefore" : "before")}</dt>
        <dd className={s.dd} data-testid="fix-before">{shownValue(f.actual, lang) ?? "—"}</dd>
        <dt className={s.dt}>{fixText(lang, applied ? "isNow" : "after")}</dt>
        <dd className={s.dd} data-testid="fix-after">
          {choosing && hasFormula ? afterText(f, formulaMode, lang) : afterText(f, "value", lang)}
        </dd>
      </dl>
      {choosing && hasFormula && (
        <RadioGroup value={formulaMode} onChange={(_, d) => setFormulaMode(d.value as "plain" | "sakip")} aria-label={fixText(lang, "toFormula")}>
          <Radio value="plain" label={`${fixText(lang, "plain")}: ${formulaText(f.fix.formula!.plain, lang)}`} />
          <Radio value="sakip" label={`${fixText(lang, "sakip")}: ${formulaText(f.fix.formula!.sakip, lang)}`} />
          <Text size={200}>{fixText(lang, formulaMode === "plain" ? "plainHint" : "sakipHint")}</Text>
        </RadioGroup>
      )}
      <div className={s.row}>
        {applied ? (
          <Button size="small" disabled={busy} onClick={onUndo} aria-label={fixText(lang, "undoLabel", { cell: where })}>
            {fixText(lang, "undo")}
          </Button>
        ) : choosing && formula ? (
          <>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => onApply(formula)}>
              {fixText(lang, "toFormula")}
            </Button>
            <Button size="small" disabled={busy} onClick={() => setChoosing(false)}>
              {fixText(lang, "cancel")}
            </Button>
          </>
        ) : (
          <>
            {value && (
              <Button size="small" appearance="primary" disabled={busy} onClick={() => onApply(value)} aria-label={fixText(lang, "fixLabel", { cell: where, value: afterText(f, "value", lang) })}>
                {fixText(lang, "fix")}
              </Button>
            )}
            {hasFormula && (
              <Button size="small" disabled={busy} onClick={() => setChoosing(true)}>
                {fixText(lang, "toFormula")}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

export interface RuleFixPanelProps {
  /** The rule's code and title, as the list of findings names it. */
  rule: string;
  /** The findings of one rule (those without a fix are left out). */
  findings: Finding[];
  lang: Lang;
  busy?: boolean;
  /** The batch this panel wrote, while it can still be undone. */
  applied?: FixBatch;
  onApply(changes: FixChange[]): void;
  onUndo(batch: FixBatch): void;
}

/** "Perbaiki semua": the list of changes first, then one confirmed write, undone in one step. */
export function RuleFixPanel({ rule, findings, lang, busy, applied, onApply, onUndo }: RuleFixPanelProps) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const fixable = React.useMemo(() => findings.filter((f) => f.fix), [findings]);
  const changes = React.useMemo(() => changesFor(fixable, "value"), [fixable]);
  if (applied) {
    return (
      <div className={s.row} data-testid="fix-all-applied">
        <Text size={200}>{fixText(lang, "allFixed", { n: countText(applied.changes.length, "cell", lang) })}</Text>
        <Button size="small" disabled={busy} onClick={() => onUndo(applied)} aria-label={fixText(lang, "undoAllLabel", { n: applied.changes.length, rule })}>
          {fixText(lang, "undoAll", { n: applied.changes.length })}
        </Button>
      </div>
    );
  }
  if (changes.length < 2) return null;
  if (!open) {
    return (
      <div className={s.row}>
        <Button size="small" onClick={() => setOpen(true)} data-testid="fix-all" aria-label={fixText(lang, "fixAllLabel", { n: changes.length, rule })}>
          {fixText(lang, "fixAll", { n: changes.length })}
        </Button>
      </div>
    );
  }
  const wanted = new Set(changes.map((c) => c.fingerprint));
  return (
    <div className={s.box} data-testid="fix-all-list" role="group" aria-label={fixText(lang, "listTitle", { n: changes.length })}>
      <Text weight="semibold">{fixText(lang, "listTitle", { n: changes.length })}</Text>
      <ol className={s.list} tabIndex={0} aria-label={fixText(lang, "listTitle", { n: changes.length })}>
        {fixable
          .filter((f) => wanted.has(f.fingerprint))
          .map((f) => (
            <li key={f.fingerprint} data-testid="fix-all-item">
              {f.sheet}!{f.fix!.cell}: {shownValue(f.actual, lang) ?? "—"} → {afterText(f, "value", lang)}
            </li>
          ))}
      </ol>
      <div className={s.row}>
        <Button
          size="small"
          appearance="primary"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            onApply(changes);
          }}
        >
          {fixText(lang, "confirm", { n: changes.length })}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {fixText(lang, "cancel")}
        </Button>
      </div>
    </div>
  );
}

/** Status text after a batch was applied. */
export function appliedText(batch: FixBatch, lang: Lang): string {
  let out =
    batch.changes.length > 3
      ? fixText(lang, "fixedMany", { n: countText(batch.changes.length, "cell", lang) })
      : fixText(lang, "fixed", { cell: batch.changes.map((c) => c.cell).join(", ") });
  if (batch.skipped.length) out += fixText(lang, "skipped", { n: batch.skipped.length, why: lang === "en" ? batch.skipped[0].reason.en : batch.skipped[0].reason.id });
  return out;
}

export function undoneText(r: UndoResult, lang: Lang): string {
  return fixText(lang, "undone", { n: r.restored }) + (r.kept.length ? fixText(lang, "kept", { n: r.kept.length }) : "");
}

/**
 * The fix actions of a pane over its port: apply, undo (the batch holding a finding, else the last), and which
 * findings have a fix that can be undone (the journal survives a reload, so this is read from the port).
 */
export function useFixes(port: WorkbookPort, lang: Lang, report: (status: string | null, error: string | null) => void) {
  const [history, setHistory] = React.useState<FixBatch[]>([]);
  const [busy, setBusy] = React.useState(false);
  const can = !!port.applyFixes && port.capabilities().fix?.ok === true;
  React.useEffect(() => {
    if (!can || !port.fixHistory) return;
    let live = true;
    void port.fixHistory().then((h) => live && setHistory(h), () => undefined);
    return () => {
      live = false;
    };
  }, [port, can]);
  const run = async <T,>(fn: () => Promise<[string, T]>): Promise<T | undefined> => {
    setBusy(true);
    try {
      const [msg, out] = await fn();
      report(msg, null);
      if (port.fixHistory) setHistory(await port.fixHistory());
      return out;
    } catch (e) {
      report(null, e instanceof PortError ? (lang === "en" ? e.said.en : e.said.id) : String((e as Error)?.message ?? e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  /** Writes the changes as one batch (one undo); resolves to the batch, or undefined when it failed. */
  const apply = (changes: FixChange[]) =>
    run(async () => {
      const batch = await port.applyFixes!(changes);
      return [appliedText(batch, lang), batch] as [string, FixBatch];
    });
  /** Undoes the batch `id`, else the one holding `fingerprint`, else the last. */
  const undo = (fingerprint?: string, id?: string) =>
    run(async () => {
      const batch = id ? history.find((b) => b.id === id) : fingerprint ? [...history].reverse().find((b) => b.changes.some((c) => c.fingerprint === fingerprint)) : undefined;
      const r = await port.undoFixes!(batch?.id ?? id);
      return [undoneText(r, lang), r] as [string, UndoResult];
    });
  const applied = (f: Finding) => history.some((b) => b.changes.some((c) => c.fingerprint === f.fingerprint));
  return { can, busy, history, apply, undo, applied };
}
