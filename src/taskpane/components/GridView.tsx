import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { SheetSnapshot } from "../../core/workbook/snapshot";
import type { PreviewPort, PreviewView } from "../../excel/preview-port";
import { Area, areaToA1, columnLetters, parseArea } from "../../excel/a1";
import { MARK_COLOURS } from "../../excel/office-adapter";
import { Lang, t } from "../i18n";

/** Rows and columns drawn around the selected cell: enough context, a small DOM. */
const ROWS_AROUND = 12;
const COLS_AROUND = 5;

const useStyles = makeStyles({
  wrap: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "6px" },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: "6px", flexWrap: "wrap" },
  scroller: { overflow: "auto", maxHeight: "320px", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: "12px", fontVariantNumeric: "tabular-nums" },
  th: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  // Row numbers stay in view when the grid scrolls sideways.
  rowHead: { position: "sticky", left: 0, zIndex: 1, whiteSpace: "nowrap", textAlign: "right" },
  corner: { position: "sticky", left: 0, top: 0, zIndex: 2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "180px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: "bold" },
  related: { outline: `2px dashed ${tokens.colorBrandStroke2}`, outlineOffset: "-2px" },
});

function inArea(a: Area | null, r: number, c: number) {
  return !!a && r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
}

/** A read-only window of the sheet around the selected cell (preview mode only). */
export function GridView({ port, lang }: { port: PreviewPort; lang: Lang }) {
  const s = useStyles();
  const [view, setView] = React.useState<PreviewView | null>(port.getView());
  const [, setTick] = React.useState(0);
  React.useEffect(
    () =>
      port.subscribe(() => {
        setView(port.getView());
        setTick((n) => n + 1);
      }),
    [port],
  );
  const selRef = React.useRef<HTMLTableCellElement>(null);
  const scrollerRef = React.useRef<HTMLDivElement>(null);
  // Centre the selected cell inside the grid's own scroller; never scroll the page (the reader stays on the card).
  React.useLayoutEffect(() => {
    const cell = selRef.current;
    const box = scrollerRef.current;
    if (!cell || !box) return;
    const c = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTop = Math.max(0, box.scrollTop + c.top - b.top - (box.clientHeight - c.height) / 2);
    box.scrollLeft = Math.max(0, box.scrollLeft + c.left - b.left - (box.clientWidth - c.width) / 2);
  }, [view]);
  if (!view) return null;
  const sheet: SheetSnapshot | undefined = port.getSnapshot()?.sheets.find((x) => x.name === view.sheet);
  const target = parseArea(view.address);
  if (!sheet || !target) {
    return <Text role="alert">{t(lang, "sheetMissing", { sheet: view.sheet })}</Text>;
  }
  const related = view.related.map(parseArea);
  const top = Math.max(0, target.top - ROWS_AROUND);
  const bottom = Math.min(Math.max(sheet.rowCount - 1, target.bottom), target.bottom + ROWS_AROUND);
  const left = Math.max(0, target.left - COLS_AROUND);
  const right = Math.min(Math.max(sheet.colCount - 1, target.right), target.right + COLS_AROUND);
  const byPos = new Map<number, string>();
  for (const c of sheet.cells) {
    if (c.row < top || c.row > bottom || c.col < left || c.col > right) continue;
    byPos.set(c.row * 16384 + c.col, c.text ?? (c.value === null ? "" : String(c.value)));
  }
  const cols: number[] = [];
  for (let c = left; c <= right; c++) cols.push(c);
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const caption = t(lang, "gridCaption", { sheet: view.sheet, cell: view.address });

  return (
    <section className={s.wrap} aria-label={t(lang, "gridTitle")} data-testid="grid">
      <div className={s.head}>
        <Text weight="semibold" data-testid="grid-caption">
          {caption}
        </Text>
        <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} onClick={() => port.closeView()} aria-label={t(lang, "closeGrid")} data-testid="grid-close">
          {t(lang, "close")}
        </Button>
      </div>
      <div className={s.scroller} tabIndex={0} role="region" aria-label={caption} ref={scrollerRef} data-testid="grid-scroller">
        <table className={s.table}>
          <caption style={{ position: "absolute", left: -9999 }}>{caption}</caption>
          <thead>
            <tr>
              <th className={`${s.th} ${s.corner}`} scope="col">
                <span className={s.hidden}>{t(lang, "rowNumbers")}</span>
              </th>
              {cols.map((c) => (
                <th key={c} className={s.th} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={`${s.th} ${s.rowHead}`} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const selected = inArea(target, r, c);
                  const rel = !selected && related.some((a) => inArea(a, r, c));
                  const addr = areaToA1({ top: r, left: c, bottom: r, right: c });
                  const markCell = port.markOf(view.sheet, addr);
                  const first = selected && r === target.top && c === target.left;
                  return (
                    <td
                      key={c}
                      ref={first ? selRef : undefined}
                      className={`${s.td} ${selected ? s.selected : rel ? s.related : ""}`}
                      style={markCell ? { background: MARK_COLOURS[markCell] } : undefined}
                      data-address={addr}
                      data-selected={selected ? "true" : undefined}
                      aria-current={first ? "true" : undefined}
                      title={byPos.get(r * 16384 + c)}
                    >
                      {byPos.get(r * 16384 + c) ?? ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
