// Task pane entry: find the host, pick the port (Excel adapter or preview), render.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { validateWorkbook } from "../core/validate";
import { RULES } from "../core/rules/catalogue";
import { createOfficeAdapter } from "../excel/office-adapter";
import { PreviewPort } from "../excel/preview-port";
import { App } from "./components/App";
import { detectHost } from "./host";
import type { RuleInfo } from "./types";

declare const __SAKIP_SAMPLES__: string[] | undefined;

const rules: RuleInfo[] = RULES.map((r) => ({ code: r.code, title: r.title, help: r.help.checks }));
const samples: string[] = typeof __SAKIP_SAMPLES__ !== "undefined" ? __SAKIP_SAMPLES__ : [];

async function main() {
  const el = document.getElementById("root");
  if (!el) return;
  const host = await detectHost();
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      {host.mode === "excel" ? (
        <App validate={validateWorkbook} rules={rules} port={createOfficeAdapter()} />
      ) : (
        <App validate={validateWorkbook} rules={rules} preview={new PreviewPort()} samples={samples} officeFailed={host.officeFailed} />
      )}
    </FluentProvider>,
  );
}

void main();
