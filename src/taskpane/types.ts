// What the pane is given: the engine (src/core/validate.ts) and the rule catalogue, injected so the
// components depend only on their shapes.
import type { Finding } from "../core/findings/finding";
import type { ValidationSettings } from "../core/settings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

export interface ValidationOutcome {
  findings: Finding[];
  sheetCount: number;
  tableCount: number;
  rulesRun: string[];
}

export type ValidateFn = (
  wb: WorkbookSnapshot,
  settings?: Partial<ValidationSettings>,
  onProgress?: (done: number, total: number) => void,
) => ValidationOutcome;

export interface RuleInfo {
  code: string;
  title: { id: string; en: string };
}
