// What the Office adapter needs from the host, and what this Excel can do. The real host comes from the Office
// globals (createOfficeAdapter); tests pass the in-memory Excel of test/support/fake-excel.
import type { Capabilities, Capability } from "../../port";

export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;
  /** Workbook name for reports (Office.context.document.url's last segment). */
  documentName?: string;
}

function need(ok: boolean, version: string, whatId: string, whatEn: string): Capability {
  return ok
    ? { ok: true }
    : {
        ok: false,
        reason: {
          id: `${whatId} membutuhkan Excel dengan ExcelApi ${version} (Microsoft 365, Excel 2021 atau lebih baru, Excel di web).`,
          en: `${whatEn} needs Excel with ExcelApi ${version} (Microsoft 365, Excel 2021 or later, Excel on the web).`,
        },
      };
}

export function officeCapabilities(host: OfficeHost): Capabilities {
  const v = (n: string) => host.isSetSupported("ExcelApi", n);
  return {
    read: need(v("1.4"), "1.4", "Membaca workbook", "Reading the workbook"),
    select: { ok: true },
    selectRelated: need(v("1.9"), "1.9", "Memilih sel terkait sekaligus", "Selecting related cells together"),
    highlight: need(v("1.9"), "1.9", "Menandai sel dan memulihkan formatnya persis", "Marking cells and restoring their exact format"),
    report: { ok: true },
    reportLinks: need(v("1.7"), "1.7", "Tautan dari laporan ke sel", "Links from the report to the cells"),
    merges: need(v("1.13"), "1.13", "Membaca sel gabungan (merge)", "Reading merged cells"),
    watch: need(v("1.9"), "1.9", "Validasi ulang otomatis saat workbook berubah", "Re-validating when the workbook changes"),
    persist: { ok: true },
    fix: need(v("1.4"), "1.4", "Memperbaiki sel", "Fixing cells"),
    chart: need(v("1.7"), "1.7", "Grafik di sheet baru", "A chart on a new sheet"),
  };
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  const msg = (e as { message?: string })?.message ?? "";
  return /PayloadSizeLimitExceeded/i.test(code) || /PayloadSizeLimitExceeded/i.test(msg);
}
