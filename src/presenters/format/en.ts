// English: "Rp 3,195,000,000" (the rupiah keeps its symbol), "90.39%", "0.14 percentage points", "1 finding".
import { autoDecimals, groupDigits, moneyWith, type Locale, type Noun } from "./locale";

const NOUN: Record<Noun, [string, string]> = {
  finding: ["finding", "findings"],
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
  sheet: ["sheet", "sheets"],
  cell: ["cell", "cells"],
  file: ["file", "files"],
  table: ["table", "tables"],
  rule: ["rule", "rules"],
  change: ["change", "changes"],
};

const num = (n: number, decimals?: number) => groupDigits(n, decimals ?? autoDecimals(n), ",", ".");

export const en: Locale = {
  lang: "en",
  number: num,
  money: moneyWith(num),
  percent: (f, decimals = 2) => num(f * 100, decimals) + "%",
  points: (d) => {
    const v = num(d * 100, 2);
    return `${v} ${v === "1.00" || v === "-1.00" ? "percentage point" : "percentage points"}`;
  },
  count: (n, noun) => `${num(n, 0)} ${NOUN[noun][n === 1 ? 0 : 1]}`,
  severity: { error: "Error", warning: "Warning", info: "Info" },
  tooHigh: "too high",
  tooLow: "too low",
  decimal: ".",
  group: ",",
};
