// Where are we running? Inside Excel (Office.js answers with host Excel) or in a plain browser (preview).

export type HostMode = { mode: "excel" } | { mode: "preview"; officeFailed: boolean };

/**
 * Office.js missing (no network, blocked, test page) -> preview at once.
 * Office.js present but onReady reports no host -> preview.
 * onReady never answering (Office.js blocked half-way) -> preview after `timeoutMs`, with a note.
 */
export function detectHost(timeoutMs = 8000): Promise<HostMode> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ mode: "preview", officeFailed: true });
  return new Promise<HostMode>((resolve) => {
    const timer = setTimeout(() => resolve({ mode: "preview", officeFailed: true }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        // HostType.Excel is "Excel"; compare the string so a partial office.js cannot break us.
        resolve(info && String(info.host) === "Excel" ? { mode: "excel" } : { mode: "preview", officeFailed: false });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ mode: "preview", officeFailed: true });
      });
  });
}
