// Indonesian: "Rp 3.195.000.000", "90,39%", "0,14 poin persen", "25 galat".
import { autoDecimals, groupDigits, type Locale, type Noun } from "./locale";

const NOUN: Record<Noun, string> = {
  finding: "temuan",
  error: "galat",
  warning: "peringatan",
  info: "info",
  sheet: "sheet",
  cell: "sel",
  file: "berkas",
  table: "tabel",
  rule: "aturan",
  change: "perubahan",
};

const num = (n: number, decimals?: number) => groupDigits(n, decimals ?? autoDecimals(n), ".", ",");

export const id: Locale = {
  lang: "id",
  number: num,
  money: (n) => {
    const body = num(Math.abs(n), Number.isInteger(Math.round(n * 100) / 100) ? 0 : 2);
    return (n < 0 && /[1-9]/.test(body) ? "-" : "") + "Rp " + body;
  },
  percent: (f, decimals = 2) => num(f * 100, decimals) + "%",
  points: (d) => `${num(d * 100, 2)} poin persen`,
  count: (n, noun) => `${num(n, 0)} ${NOUN[noun]}`,
  severity: { error: "Galat", warning: "Peringatan", info: "Info" },
  tooHigh: "lebih tinggi",
  tooLow: "lebih rendah",
  decimal: ",",
  group: ".",
};
