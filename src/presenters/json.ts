// JSON presenter: one document per file, `{ file, sheets, findings: [...] }`; an array for several files.
import { orderedFindings, publicFinding, type FileReport, type PublicFinding } from "./common";
import { coverageJson } from "./coverage";
import type { Coverage } from "../core/coverage";

export interface JsonFileReport {
  file: string;
  sheets: number;
  findings: PublicFinding[];
  /** What was checked and what was not (beside the findings; present when the engine gave it). */
  coverage?: Coverage;
}

export function toJsonReport(report: FileReport): JsonFileReport {
  const doc: JsonFileReport = { file: report.file, sheets: report.sheets, findings: orderedFindings(report).map(publicFinding) };
  if (report.coverage) doc.coverage = coverageJson(report.coverage);
  return doc;
}

/** The CLI's JSON text: a single object for one file, an array for several. */
export function renderJson(reports: FileReport[], opts: { forceArray?: boolean } = {}): string {
  const docs = reports.map(toJsonReport);
  const value = docs.length === 1 && !opts.forceArray ? docs[0] : docs;
  return JSON.stringify(value, null, 2) + "\n";
}
