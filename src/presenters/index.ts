export * from "./common";
export * from "./format";
export { renderJson, toJsonReport } from "./json";
export { renderText, renderTextFile, summaryLine, summaryLineId, LABELS, type ReportLanguage } from "./text";
export { renderHtml, escapeHtml } from "./html";
export { reportRows, type ReportSheet, type ReportValue } from "./report";
export { reportCsv, reportXlsx, exportFileName, csvSeparator } from "./export";
export { neutralizeFormula } from "./escape";
