// What the pane is given: the engine (src/core/validate.ts) and the rule catalogue, injected so the
// components depend only on their shapes.
import type { ValidationSettings } from "../core/settings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { ValidationResult } from "../core/validate";

export type ValidateFn = (
  wb: WorkbookSnapshot,
  settings?: Partial<ValidationSettings>,
  onProgress?: (done: number, total: number) => void,
) => ValidationResult;

export interface RuleInfo {
  code: string;
  title: { id: string; en: string };
}
