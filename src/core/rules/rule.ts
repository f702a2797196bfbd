// The rule contract. One rule per file in src/core/rules/<family>/, with its cases beside it.
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { RecognizedWorkbook } from "../tables/table";
import type { ValidationSettings } from "../settings";
import type { CellRef, Severity } from "../findings/finding";

export interface RuleContext {
  workbook: WorkbookSnapshot;
  recognized: RecognizedWorkbook;
  settings: ValidationSettings;
}

/** What a rule reports; the engine adds the messages (from the rule's templates) and the fingerprint. */
export interface FindingDraft {
  severity?: Severity; // defaults to the rule's severity
  sheet: string;
  cell: string; // A1 or A1:B2
  related?: CellRef[];
  /** Values for the rule's message templates: "{item}" in a template is params.item. */
  params: Record<string, string | number>;
  expected?: string | null;
  actual?: string | null;
  difference?: number | null;
  /** Picks one of the rule's message variants; default "default". */
  variant?: string;
  /** Content that identifies this problem without addresses (labels, codes, values): makes the fingerprint. */
  key: string;
}

export interface MessageTemplate {
  id: string;
  en: string;
  /** Indonesian suggestion template, optional. */
  suggestion?: string;
}

export interface Rule {
  /** Stable code, e.g. "SAKIP-TOTAL-001". Never reuse or renumber. */
  code: string;
  title: { id: string; en: string };
  severity: Severity;
  /** Message templates by variant; "default" is required. */
  messages: Record<string, MessageTemplate>;
  run(ctx: RuleContext): FindingDraft[];
}
