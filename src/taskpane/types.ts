// What the pane is given: the engine (src/core/validate.ts) and the rule catalogue, injected so the
// components depend only on their shapes.
import type { ValidationResult } from "../core/validate";
import type { ValidationSettings } from "../core/settings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/** The engine's result as the pane uses it; `coverage` may be absent from engines that predate it. */
export type PaneResult = Omit<ValidationResult, "coverage"> & Partial<Pick<ValidationResult, "coverage">>;

export type ValidateFn = (
  wb: WorkbookSnapshot,
  settings?: Partial<ValidationSettings>,
  onProgress?: (done: number, total: number) => void,
) => PaneResult;

export interface RuleInfo {
  code: string;
  title: { id: string; en: string };
  /** What the rule checks, where the catalogue has it. */
  help?: { id: string; en: string };
}
