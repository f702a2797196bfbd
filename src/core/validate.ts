// The engine entry: recognise tables, run every enabled rule, turn drafts into findings.
import type { WorkbookSnapshot } from "./workbook/snapshot";
import type { Finding } from "./findings/finding";
import { resolveSettings, type ValidationSettings } from "./settings";
import type { FindingDraft, Rule, RuleContext } from "./rules/rule";
import type { RecognizedWorkbook } from "./tables/table";
import { RULES } from "./rules/catalogue";
import { recognizeWorkbook, emptyRecognition } from "./tables/recognize";
import { gridOf, parseA1Range, sheetByName } from "./tables/cells";
import { coverageOf, type Coverage } from "./coverage";
import { withoutUnknownFigures } from "./unknown";
import { boundText, firstOf } from "./findings/bounds";
import { performanceChart, type PerformanceChart } from "./charts/performance";

export interface ValidationResult {
  findings: Finding[];
  sheetCount: number;
  tableCount: number;
  /** Codes of the rules that ran (enabled ones), in catalogue order. */
  rulesRun: string[];
  /** What was checked and what was not: recognised tables, and figures no table claimed. */
  coverage: Coverage;
  /** Capaian kinerja against serapan anggaran per sasaran or program, where the measurement tables give both. */
  chart?: PerformanceChart | null;
}

/** Code of the info finding that reports a rule that failed (crashed) instead of stopping the run. */
export const RULE_FAILURE_CODE = "SAKIP-ENGINE-001";

/** Recognised tables, PK headers and hierarchy of a workbook (what rules see). */
export function recognize(wb: WorkbookSnapshot, mappings?: ValidationSettings["mappings"]): RecognizedWorkbook {
  return recognizeWorkbook(wb, mappings);
}

export function validateWorkbook(
  wb: WorkbookSnapshot,
  settings?: Partial<ValidationSettings>,
  onProgress?: (done: number, total: number) => void,
  rules: Rule[] = RULES,
): ValidationResult {
  // Settings may come from a workbook written by anyone: malformed fields fall back to their defaults.
  const s: ValidationSettings = resolveSettings(settings);
  const disabled = new Set(s.disabledRules ?? []);
  const enabled = rules.filter((r) => !disabled.has(r.code));
  const total = enabled.length + 1;
  let recognized: RecognizedWorkbook;
  const findings: Finding[] = [];
  try {
    recognized = recognize(wb, s.mappings);
  } catch (e) {
    recognized = emptyRecognition();
    findings.push(failure("(pengenalan tabel)", "(table recognition)", wb.sheets[0]?.name ?? "", e));
  }
  for (const e of recognized.errors ?? []) findings.push(failure(`(pengenalan tabel lembar "${e.sheet}")`, `(table recognition of sheet "${e.sheet}")`, e.sheet, new Error(e.message)));
  onProgress?.(1, total);
  const running = new Set(enabled.map((r) => r.code));
  const rulesRun: string[] = [];
  enabled.forEach((rule, i) => {
    rulesRun.push(rule.code);
    const ctx = contextFor(rule, wb, recognized, s, running);
    let drafts: FindingDraft[] = [];
    try {
      drafts = runRule(rule, ctx);
    } catch (e) {
      findings.push(failure(rule.code, rule.code, wb.sheets[0]?.name ?? "", e));
    }
    const seen = new Set<string>();
    for (const d of drafts) {
      try {
        const f = toFinding(rule, d);
        // One finding per problem: a rule that reports the same thing twice is deduplicated.
        if (seen.has(f.fingerprint)) continue;
        seen.add(f.fingerprint);
        findings.push(f);
      } catch (e) {
        findings.push(failure(rule.code, rule.code, d?.sheet ?? "", e));
      }
    }
    onProgress?.(i + 2, total);
  });
  sortFindings(findings, wb);
  const coverage = coverageOf(wb, recognized);
  return { findings: withoutUnknownFigures(findings, wb, coverage), sheetCount: wb.sheets.length, tableCount: recognized.tables.length, rulesRun, coverage, chart: chartOf(wb, recognized) };
}

/** The chart is an extra: a workbook it cannot read still validates. */
function chartOf(wb: WorkbookSnapshot, recognized: RecognizedWorkbook): PerformanceChart | null {
  try {
    return performanceChart(wb, recognized);
  } catch {
    return null;
  }
}

/** The context one rule runs in: `defersTo` answers from the set of codes that run. */
export function contextFor(rule: Rule, workbook: WorkbookSnapshot, recognized: RecognizedWorkbook, settings: ValidationSettings, running: Set<string>): RuleContext {
  const declared = new Set(rule.defersTo ?? []);
  return {
    workbook,
    recognized,
    hierarchy: recognized.hierarchy,
    settings,
    defersTo(code: string): boolean {
      if (!declared.has(code)) throw new Error(`${rule.code} does not declare defersTo ${code}`);
      return running.has(code);
    },
  };
}

/** A table rule sees each table of its kinds with the grid of its sheet, in recognition order. */
export function runRule(rule: Rule, ctx: RuleContext): FindingDraft[] {
  if (rule.checkWorkbook) return rule.checkWorkbook(ctx) ?? [];
  const out: FindingDraft[] = [];
  const kinds = rule.tables ? new Set(rule.tables) : undefined;
  for (const t of ctx.recognized.tables) {
    if (kinds && !kinds.has(t.kind)) continue;
    const sheet = sheetByName(ctx.workbook, t.sheet);
    if (!sheet) continue;
    const drafts = rule.checkTable!(t, gridOf(sheet), ctx);
    for (const d of drafts ?? []) out.push(d);
  }
  return out;
}

/** "{name}" placeholders -> params (missing params stay visible as "{name}"). */
export function fillTemplate(tpl: string, params: Record<string, string | number>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k) => (params[k] !== undefined && params[k] !== null ? String(params[k]) : m));
}

function toFinding(rule: Rule, d: FindingDraft): Finding {
  const variant = d.variant && rule.messages[d.variant] ? d.variant : "default";
  const tpl = rule.messages[variant];
  // Quoted text and related cells are bounded here, once for every rule (src/core/findings/bounds.ts).
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d.params ?? {})) params[k] = typeof v === "string" ? boundText(v) : v;
  const related = firstOf(d.related ?? []);
  const more = related.more + (d.relatedMore ?? 0);
  return {
    rule: rule.code,
    severity: d.severity ?? rule.severity,
    sheet: d.sheet,
    cell: d.cell,
    related: related.shown,
    ...(more > 0 ? { relatedMore: more } : {}),
    message: fillTemplate(tpl.id, params),
    messageEn: fillTemplate(tpl.en, params),
    expected: d.expected == null ? null : boundText(d.expected),
    actual: d.actual == null ? null : boundText(d.actual),
    difference: d.difference ?? null,
    suggestion: tpl.suggestion ? fillTemplate(tpl.suggestion.id, params) : null,
    suggestionEn: tpl.suggestion ? fillTemplate(tpl.suggestion.en, params) : null,
    fingerprint: fingerprint(rule.code, d.sheet, d.key ?? ""),
    ...(d.fix ? { fix: d.fix } : {}),
  };
}

function failure(codeId: string, codeEn: string, sheet: string, e: unknown): Finding {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    rule: RULE_FAILURE_CODE,
    severity: "info",
    sheet,
    cell: "A1",
    related: [],
    message: `Aturan ${codeId} gagal dijalankan dan dilewati (${msg}). Temuan lain tetap berlaku.`,
    messageEn: `Rule ${codeEn} failed and was skipped (${msg}). Other findings still apply.`,
    expected: null,
    actual: null,
    difference: null,
    suggestion: "Laporkan masalah ini beserta berkasnya kepada pengembang.",
    suggestionEn: "Report this problem to the developers, with the file.",
    fingerprint: fingerprint(RULE_FAILURE_CODE, sheet, codeEn),
  };
}

/** Stable hash of rule + sheet + content key (FNV-1a, 64 bits as two 32-bit halves, hex). */
export function fingerprint(rule: string, sheet: string, key: string): string {
  const s = `${rule}\u0000${sheet}\u0000${key}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** Sheet order, then row, then column (of the top-left cell); stable for ties. */
function sortFindings(findings: Finding[], wb: WorkbookSnapshot): void {
  const order = new Map<string, number>();
  wb.sheets.forEach((s, i) => order.set(s.name, i));
  const keyed = findings.map((f, i) => {
    const r = parseA1Range(f.cell);
    return { f, i, s: order.get(f.sheet) ?? wb.sheets.length, row: r?.top ?? 0, col: r?.left ?? 0 };
  });
  keyed.sort((a, b) => a.s - b.s || a.row - b.row || a.col - b.col || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
}
