// The rule contract. One rule per file, src/core/rules/<family>/<slug>.ts, exporting `rule`; its golden cases are
// test/cases/<family>/<slug>-fires/ and -holds/, its docs entry docs/rules.md#<slug>. Rules declare what they read;
// the engine (src/core/validate.ts) drives them and turns their drafts into findings.
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { Hierarchy, RecognizedTable, RecognizedWorkbook, TableKind } from "../tables/table";
import type { SheetGrid } from "../tables/cells";
import type { ValidationSettings } from "../settings";
import type { CellRef, Severity } from "../findings/finding";
import type { Bilingual } from "../text";
import type { Fix } from "../findings/fix";

export type RuleFamily = "totals" | "hierarchy" | "conflicts" | "budget" | "derived" | "skm" | "merit" | "people" | "numbers" | "nomenclature" | "relations" | "formulas";

export interface RuleContext {
  workbook: WorkbookSnapshot;
  recognized: RecognizedWorkbook;
  /** Program > Kegiatan > Sub Kegiatan links, always built by recognition. */
  hierarchy: Hierarchy;
  settings: ValidationSettings;
  /**
   * True when `code` is in this rule's `defersTo` and that rule runs: the cases both would report are left to it.
   * Throws for a code the rule did not declare.
   */
  defersTo(code: string): boolean;
}

/** What a rule reports; the engine adds the messages (from the rule's templates) and the fingerprint. */
export interface FindingDraft {
  severity?: Severity; // defaults to the rule's severity
  sheet: string;
  cell: string; // A1 or A1:B2
  related?: CellRef[];
  /** Related cells the rule left out of `related` (it bounded the list itself). */
  relatedMore?: number;
  /** Values for the rule's message templates: "{item}" in a template is params.item. */
  params: Record<string, string | number>;
  expected?: string | null;
  actual?: string | null;
  difference?: number | null;
  /** Picks one of the rule's message variants; default "default". */
  variant?: string;
  /** Content that identifies this problem without addresses (labels, codes, values): makes the fingerprint. */
  key: string;
  /** The value (and formula) that would resolve it, where the rule knows it. */
  fix?: Fix;
}

/** One message variant: "{name}" placeholders are filled from the draft's params. */
export interface MessageTemplate extends Bilingual {
  /** What to do about it. */
  suggestion?: Bilingual;
}

/** The rule's entry in docs/rules.md and in the pane's help, in both languages. */
export interface RuleHelp {
  /** What the rule checks, and when it stays silent. */
  checks: Bilingual;
  /** Why it matters to a planner or a reviewer. */
  why: Bilingual;
  /** How to fix what it finds. */
  fix: Bilingual;
  /** The regulation (or, where none applies, the source) behind it. */
  regulation: Bilingual;
}

interface RuleMeta {
  /** Stable code, e.g. "SAKIP-TOTAL-001". Never reuse or renumber. */
  code: string;
  /** Kebab-case name: the rule's file, golden cases and docs anchor ("total-sum"). */
  slug: string;
  family: RuleFamily;
  title: Bilingual;
  severity: Severity;
  /** Message templates by variant; "default" is required. */
  messages: Record<string, MessageTemplate> & { default: MessageTemplate };
  help: RuleHelp;
  /** Codes of rules that report the cases this rule shares with them; while they run, this rule skips those. */
  defersTo?: readonly string[];
}

/** A rule that reads one recognised table at a time: the engine calls it for each table of the kinds it reads. */
export interface TableRule extends RuleMeta {
  /** Table kinds read; every kind when absent. */
  tables?: readonly TableKind[];
  checkTable(table: RecognizedTable, grid: SheetGrid, ctx: RuleContext): FindingDraft[];
  checkWorkbook?: never;
}

/** A rule that needs the whole workbook (several sheets, the hierarchy, cells outside tables). */
export interface WorkbookRule extends RuleMeta {
  checkWorkbook(ctx: RuleContext): FindingDraft[];
  checkTable?: never;
  tables?: never;
}

export type Rule = TableRule | WorkbookRule;
