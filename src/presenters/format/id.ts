// Indonesian: "Rp 3.195.000.000", "90,39%", "0,14 poin persen", "25 galat".
import { autoDecimals, groupDigits, moneyWith, type Locale, type Noun } from "./locale";

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
  money: moneyWith(num),
  percent: (f, decimals = 2) => num(f * 100, decimals) + "%",
  points: (d) => `${num(d * 100, 2)} poin persen`,
  count: (n, noun) => `${num(n, 0)} ${NOUN[noun]}`,
  severity: { error: "Galat", warning: "Peringatan", info: "Info" },
  tooHigh: "lebih tinggi",
  tooLow: "lebih rendah",
  decimal: ",",
  group: ".",
};
