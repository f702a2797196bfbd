// Going to a finding's cell, and hearing about the user's changes.
import type { CellRef } from "../../core/findings/finding";
import { PortError } from "../../port";
import type { OfficeHost } from "./host";

export async function selectCell(host: OfficeHost, sheet: string, address: string, related: CellRef[], multiArea: boolean): Promise<void> {
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      const same = related.filter((r) => r.sheet === sheet && r.cell !== address).map((r) => r.cell);
      // Main cell first so it becomes the active cell.
      if (same.length && multiArea) ws.getRanges([address, ...same].join(",")).select();
      else ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    // A hidden sheet cannot be activated; a renamed or deleted one cannot be found: say which.
    const state = await host
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("visibility");
        await context.sync();
        return ws.isNullObject ? "missing" : ws.visibility;
      })
      .catch(() => "unknown");
    if (state === "missing") throw new PortError({ id: `Sheet "${sheet}" tidak ditemukan; validasi ulang workbook.`, en: `Sheet "${sheet}" was not found; validate the workbook again.` });
    if (state === "Hidden" || state === "VeryHidden") {
      throw new PortError({
        id: `Sheet "${sheet}" tersembunyi. Tampilkan dulu (klik kanan tab sheet > Unhide) untuk membuka sel ${address}.`,
        en: `Sheet "${sheet}" is hidden. Unhide it first to go to cell ${address}.`,
      });
    }
    throw e;
  }
}

/** Debounced change events; the add-in's own writes are ignored (by trigger source where known, else by time). */
export async function watchChanges(host: OfficeHost, listener: () => void, debounceMs: number, ownWritesUntil: () => number): Promise<() => void> {
  const precise = host.isSetSupported("ExcelApi", "1.14");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handler = async (e: Excel.WorksheetChangedEventArgs) => {
    if (precise ? e.triggerSource === "ThisLocalAddin" : Date.now() < ownWritesUntil()) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(listener, debounceMs);
  };
  const registration = await host.run(async (context) => {
    const h = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return h;
  });
  return () => {
    if (timer) clearTimeout(timer);
    // A handler is removed in the context it was added in.
    registration.remove();
    void registration.context.sync().catch(() => undefined);
  };
}
