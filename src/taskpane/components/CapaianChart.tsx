// Capaian kinerja against serapan anggaran, as horizontal bar pairs that fit a 320 px pane. Hand-written SVG:
// two bars per row need no chart library, and the chunk stays a few KB (loaded only when the summary shows it).
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartData } from "../chart-data";
import { formatPercent } from "../format";
import { Lang, t } from "../i18n";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", rowGap: "4px" },
  legend: { display: "flex", columnGap: "12px", flexWrap: "wrap", fontSize: tokens.fontSizeBase200, margin: 0, padding: 0, listStyle: "none" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", borderRadius: "2px" },
  more: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: { fontSize: tokens.fontSizeBase200, borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: "1px 4px" } },
});

const KINERJA = "#0f6cbd";
const ANGGARAN = "#8a3707";
const ROW = 44;
const LABEL = 14;
const BAR = 11;

export interface CapaianChartProps {
  data: ChartData;
  lang: Lang;
  onGo?(sheet: string, cell: string): void;
}

export default function CapaianChart({ data, lang, onGo }: CapaianChartProps) {
  const s = useStyles();
  const width = 280;
  const valueSpace = 52;
  const max = Math.max(100, ...data.points.flatMap((p) => [p.kinerja ?? 0, p.anggaran ?? 0]));
  const scale = (v: number) => Math.max(0, (Math.min(v, max) / max) * (width - valueSpace));
  const height = data.points.length * ROW + 4;
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v / 100, lang));
  return (
    <figure className={s.wrap} style={{ margin: 0 }} data-testid="chart">
      <figcaption style={{ fontWeight: 600 }}>{t(lang, "chartTitle")}</figcaption>
      <ul className={s.legend}>
        <li>
          <span className={s.swatch} style={{ background: KINERJA }} aria-hidden="true" />
          {t(lang, "chartKinerja")}
        </li>
        <li>
          <span className={s.swatch} style={{ background: ANGGARAN }} aria-hidden="true" />
          {t(lang, "chartAnggaran")}
        </li>
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t(lang, "chartTitle")} style={{ maxWidth: 480 }}>
        {/* 100 % guide */}
        <line x1={scale(100)} x2={scale(100)} y1={0} y2={height} stroke={tokens.colorNeutralStroke1} strokeDasharray="3 3" />
        {data.points.map((p, i) => {
          const y = i * ROW;
          return (
            <g key={i}>
              <text x={0} y={y + 11} fontSize={11} fill="#242424">
                {p.label.length > 44 ? p.label.slice(0, 43) + "…" : p.label}
              </text>
              <rect x={0} y={y + LABEL} width={scale(p.kinerja ?? 0)} height={BAR} fill={KINERJA} rx={2} />
              <text x={scale(p.kinerja ?? 0) + 4} y={y + LABEL + 9} fontSize={10} fill="#242424">
                {pct(p.kinerja)}
              </text>
              <rect x={0} y={y + LABEL + BAR + 2} width={scale(p.anggaran ?? 0)} height={BAR} fill={ANGGARAN} rx={2} />
              <text x={scale(p.anggaran ?? 0) + 4} y={y + LABEL + BAR + 11} fontSize={10} fill="#242424">
                {pct(p.anggaran)}
              </text>
            </g>
          );
        })}
      </svg>
      {data.more > 0 && <span className={s.more}>{t(lang, "chartMore", { n: data.more })}</span>}
      <details>
        <summary>{lang === "en" ? "As a table" : "Sebagai tabel"}</summary>
        <table className={s.table}>
          <thead>
            <tr>
              <th scope="col">{lang === "en" ? "Item" : "Uraian"}</th>
              <th scope="col">{t(lang, "chartKinerja")}</th>
              <th scope="col">{t(lang, "chartAnggaran")}</th>
            </tr>
          </thead>
          <tbody>
            {data.points.map((p, i) => (
              <tr key={i}>
                <td>
                  {onGo ? (
                    <Button size="small" appearance="transparent" onClick={() => onGo(p.sheet, p.cell)}>
                      {p.label}
                    </Button>
                  ) : (
                    p.label
                  )}
                </td>
                <td>{pct(p.kinerja)}</td>
                <td>{pct(p.anggaran)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
