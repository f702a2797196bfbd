// The preview's export: download the report as .xlsx or CSV (the presenters make the bytes; nothing leaves the page).
import * as React from "react";
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../presenters/format";

const TEXT = {
  id: { menu: "Unduh laporan", xlsx: "Unduh laporan .xlsx", csv: "Unduh laporan CSV", failed: "Laporan tidak dapat dibuat: {msg}" },
  en: { menu: "Download report", xlsx: "Download report (.xlsx)", csv: "Download report (CSV)", failed: "The report could not be made: {msg}" },
};

export interface ExportButtonsProps {
  findings: Finding[];
  lang: Lang;
  workbookName: string;
  sheetNames?: string[];
  disabled?: boolean;
  onError(message: string): void;
  /** Saves the bytes; injectable for tests (the default clicks a temporary download link). */
  save?(name: string, bytes: Uint8Array | string, type: string): void;
}

function download(name: string, bytes: Uint8Array | string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ findings, lang, workbookName, sheetNames, disabled, onError, save = download }: ExportButtonsProps) {
  const [busy, setBusy] = React.useState(false);
  const t = TEXT[lang];
  const run = async (kind: "xlsx" | "csv") => {
    setBusy(true);
    try {
      // The exporter (and exceljs) load on first use, not with the pane.
      const mod = await import(/* webpackChunkName: "export" */ "../../presenters/export");
      const meta = { workbookName, generatedAt: new Date(), sheetNames };
      const name = mod.exportFileName(workbookName, kind, lang);
      if (kind === "xlsx") save(name, await mod.reportXlsx(findings, lang, meta), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      else save(name, mod.reportCsv(findings, lang, meta), "text/csv;charset=utf-8");
    } catch (e) {
      onError(t.failed.replace("{msg}", String((e as Error)?.message ?? e)));
    } finally {
      setBusy(false);
    }
  };
  // One menu: a narrow pane keeps its first finding above the fold.
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" icon={<ArrowDownload16Regular />} disabled={disabled || busy} data-testid="export-menu">
          {t.menu}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => void run("xlsx")} data-testid="export-xlsx">
            {t.xlsx}
          </MenuItem>
          <MenuItem onClick={() => void run("csv")} data-testid="export-csv">
            {t.csv}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
