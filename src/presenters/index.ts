export * from "./common";
export { renderJson, toJsonReport } from "./json";
export { renderText, renderTextFile, summaryLineId } from "./text";
export { renderHtml, escapeHtml } from "./html";
