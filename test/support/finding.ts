// A finding as the engine makes it, for presenter and adapter tests: a wrong JUMLAH unless told otherwise.
import type { Finding } from "../../src/core/findings/finding";

export function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: "SAKIP-TOTAL-001",
    severity: "error",
    sheet: "PK Kepala",
    cell: "C29",
    related: [],
    message: "JUMLAH tidak sama dengan rinciannya.",
    messageEn: "The total does not equal its items.",
    expected: null,
    actual: null,
    difference: null,
    suggestion: null,
    suggestionEn: null,
    fingerprint: "fp",
    ...p,
  };
}
