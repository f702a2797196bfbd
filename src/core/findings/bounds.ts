// Bounded output: a finding quotes at most MAX_QUOTE characters of any text (an ellipsis says it was cut) and lists
// at most MAX_RELATED related cells (the finding says how many more). The engine applies both where findings are
// built, whatever the rule, so a 5 MB cell or 100.000 repeats cannot blow up a report.

/** Longest quoted text in a message or a field, in characters. */
export const MAX_QUOTE = 200;

/** Most related cells a finding lists. */
export const MAX_RELATED = 50;

/** Text cut to `max` characters with an ellipsis, never inside a surrogate pair. */
export function boundText(s: string, max = MAX_QUOTE): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end) + "…";
}

/** The first `max` items and how many were left out: for rules that would otherwise copy a long list per finding. */
export function firstOf<T>(list: readonly T[], max = MAX_RELATED): { shown: T[]; more: number } {
  return list.length <= max ? { shown: list.slice(), more: 0 } : { shown: list.slice(0, max), more: list.length - max };
}
