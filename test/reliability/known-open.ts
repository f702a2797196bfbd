// Failures these tests found in other parts of the product that were still open at the end of the session.
// Each key marks one test as `test.failing`: it keeps running, stays green while the bug is there, and turns RED the
// day the bug is fixed ("Failing test passed even though it was expected to fail") so the entry gets removed.
// SAKIP_STRICT=1 runs them as ordinary tests (shows the real state). Details and fixes: docs/reliability.md,
// "What did not hold".
export const KNOWN_OPEN: Record<string, string> = {
};

export function knownOpen(key: string): boolean {
  return !process.env.SAKIP_STRICT && key in KNOWN_OPEN;
}

/** `test`, or `test.failing` while `key` is a known open failure. */
export function testUnlessKnown(key: string): typeof test | typeof test.failing {
  return knownOpen(key) ? test.failing : test;
}
