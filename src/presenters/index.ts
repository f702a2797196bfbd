export * from "./common";
export { renderJson, toJsonReport } from "./json";
export { renderText, renderTextFile, summaryLine, summaryLineId, differenceText, LABELS, type ReportLanguage } from "./text";
export { renderHtml, escapeHtml } from "./html";
